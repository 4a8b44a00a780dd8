package id.kim.core.region;

import java.util.Optional;
import org.immutables.value.Generated;

@Generated(from = "District", generator = "Immutables")
@SuppressWarnings({"all"})
interface WithDistrict {

  /**
   * Copy the current immutable object by setting a value for the {@link District#name() name} attribute.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for name
   * @return A modified copy of the {@code this} object
   */
  District withName(String value);

  /**
   * Copy the current immutable object by setting a <i>present</i> value for the optional {@link District#regencyCity() regencyCity} attribute.
   * @param value The value for regencyCity
   * @return A modified copy of {@code this} object
   */
  District withRegencyCity(RegencyCity value);

  /**
   * Copy the current immutable object by setting an optional value for the {@link District#regencyCity() regencyCity} attribute.
   * A shallow reference equality check on the optional value is used to prevent copying of the same value by returning {@code this}.
   * @param optional A value for regencyCity
   * @return A modified copy of {@code this} object
   */
  District withRegencyCity(Optional<? extends RegencyCity> optional);
}
