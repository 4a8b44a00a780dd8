package id.kim.core.region;

import java.util.Optional;
import org.immutables.value.Generated;

@Generated(from = "Address", generator = "Immutables")
@SuppressWarnings({"all"})
interface WithAddress {

  /**
   * Copy the current immutable object by setting a value for the {@link Address#street() street} attribute.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for street
   * @return A modified copy of the {@code this} object
   */
  Address withStreet(String value);

  /**
   * Copy the current immutable object by setting a <i>present</i> value for the optional {@link Address#rtRw() rtRw} attribute.
   * @param value The value for rtRw
   * @return A modified copy of {@code this} object
   */
  Address withRtRw(RtRw value);

  /**
   * Copy the current immutable object by setting an optional value for the {@link Address#rtRw() rtRw} attribute.
   * A shallow reference equality check on the optional value is used to prevent copying of the same value by returning {@code this}.
   * @param optional A value for rtRw
   * @return A modified copy of {@code this} object
   */
  Address withRtRw(Optional<? extends RtRw> optional);

  /**
   * Copy the current immutable object by setting a <i>present</i> value for the optional {@link Address#number() number} attribute.
   * @param value The value for number
   * @return A modified copy of {@code this} object
   */
  Address withNumber(String value);

  /**
   * Copy the current immutable object by setting an optional value for the {@link Address#number() number} attribute.
   * A shallow reference equality check on the optional value is used to prevent copying of the same value by returning {@code this}.
   * @param optional A value for number
   * @return A modified copy of {@code this} object
   */
  Address withNumber(Optional<String> optional);

  /**
   * Copy the current immutable object by setting a value for the {@link Address#secretariat() secretariat} attribute.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for secretariat
   * @return A modified copy of the {@code this} object
   */
  Address withSecretariat(SecretariatKind value);
}
