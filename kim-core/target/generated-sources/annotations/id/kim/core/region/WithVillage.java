package id.kim.core.region;

import java.util.Optional;
import org.immutables.value.Generated;

@Generated(from = "Village", generator = "Immutables")
@SuppressWarnings({"all"})
interface WithVillage {

  /**
   * Copy the current immutable object by setting a value for the {@link Village#name() name} attribute.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for name
   * @return A modified copy of the {@code this} object
   */
  Village withName(String value);

  /**
   * Copy the current immutable object by setting a value for the {@link Village#kind() kind} attribute.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for kind
   * @return A modified copy of the {@code this} object
   */
  Village withKind(VillageKind value);

  /**
   * Copy the current immutable object by setting a <i>present</i> value for the optional {@link Village#localKindName() localKindName} attribute.
   * @param value The value for localKindName
   * @return A modified copy of {@code this} object
   */
  Village withLocalKindName(String value);

  /**
   * Copy the current immutable object by setting an optional value for the {@link Village#localKindName() localKindName} attribute.
   * A shallow reference equality check on the optional value is used to prevent copying of the same value by returning {@code this}.
   * @param optional A value for localKindName
   * @return A modified copy of {@code this} object
   */
  Village withLocalKindName(Optional<String> optional);

  /**
   * Copy the current immutable object by setting a value for the {@link Village#district() district} attribute.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for district
   * @return A modified copy of the {@code this} object
   */
  Village withDistrict(District value);
}
