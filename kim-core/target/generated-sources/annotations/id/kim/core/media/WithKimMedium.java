package id.kim.core.media;

import java.util.Optional;
import org.immutables.value.Generated;

@Generated(from = "KimMedium", generator = "Immutables")
@SuppressWarnings({"all"})
interface WithKimMedium {

  /**
   * Copy the current immutable object by setting a value for the {@link KimMedium#platform() platform} attribute.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for platform
   * @return A modified copy of the {@code this} object
   */
  KimMedium withPlatform(Platform value);

  /**
   * Copy the current immutable object by setting a <i>present</i> value for the optional {@link KimMedium#name() name} attribute.
   * @param value The value for name
   * @return A modified copy of {@code this} object
   */
  KimMedium withName(String value);

  /**
   * Copy the current immutable object by setting an optional value for the {@link KimMedium#name() name} attribute.
   * A shallow reference equality check on the optional value is used to prevent copying of the same value by returning {@code this}.
   * @param optional A value for name
   * @return A modified copy of {@code this} object
   */
  KimMedium withName(Optional<String> optional);

  /**
   * Copy the current immutable object by setting a <i>present</i> value for the optional {@link KimMedium#url() url} attribute.
   * @param value The value for url
   * @return A modified copy of {@code this} object
   */
  KimMedium withUrl(String value);

  /**
   * Copy the current immutable object by setting an optional value for the {@link KimMedium#url() url} attribute.
   * A shallow reference equality check on the optional value is used to prevent copying of the same value by returning {@code this}.
   * @param optional A value for url
   * @return A modified copy of {@code this} object
   */
  KimMedium withUrl(Optional<String> optional);
}
