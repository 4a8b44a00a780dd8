package id.kim.core.organisation;

import id.kim.core.contact.PersonName;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Generated;

@Generated(from = "Member", generator = "Immutables")
@SuppressWarnings({"all"})
interface WithMember {

  /**
   * Copy the current immutable object by setting a value for the {@link Member#name() name} attribute.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for name
   * @return A modified copy of the {@code this} object
   */
  Member withName(PersonName value);

  /**
   * Copy the current immutable object by setting a <i>present</i> value for the optional {@link Member#civilServantSince() civilServantSince} attribute.
   * @param value The value for civilServantSince
   * @return A modified copy of {@code this} object
   */
  Member withCivilServantSince(LocalDate value);

  /**
   * Copy the current immutable object by setting an optional value for the {@link Member#civilServantSince() civilServantSince} attribute.
   * A shallow reference equality check on the optional value is used to prevent copying of the same value by returning {@code this}.
   * @param optional A value for civilServantSince
   * @return A modified copy of {@code this} object
   */
  Member withCivilServantSince(Optional<? extends LocalDate> optional);

  /**
   * Copy the current immutable object by setting a <i>present</i> value for the optional {@link Member#joinedOn() joinedOn} attribute.
   * @param value The value for joinedOn
   * @return A modified copy of {@code this} object
   */
  Member withJoinedOn(LocalDate value);

  /**
   * Copy the current immutable object by setting an optional value for the {@link Member#joinedOn() joinedOn} attribute.
   * A shallow reference equality check on the optional value is used to prevent copying of the same value by returning {@code this}.
   * @param optional A value for joinedOn
   * @return A modified copy of {@code this} object
   */
  Member withJoinedOn(Optional<? extends LocalDate> optional);
}
