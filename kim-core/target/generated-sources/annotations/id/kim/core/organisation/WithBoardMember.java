package id.kim.core.organisation;

import id.kim.core.contact.PersonName;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Generated;

@Generated(from = "BoardMember", generator = "Immutables")
@SuppressWarnings({"all"})
interface WithBoardMember {

  /**
   * Copy the current immutable object by setting a value for the {@link BoardMember#name() name} attribute.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for name
   * @return A modified copy of the {@code this} object
   */
  BoardMember withName(PersonName value);

  /**
   * Copy the current immutable object by setting a value for the {@link BoardMember#role() role} attribute.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for role
   * @return A modified copy of the {@code this} object
   */
  BoardMember withRole(BoardRole value);

  /**
   * Copy the current immutable object by setting a <i>present</i> value for the optional {@link BoardMember#title() title} attribute.
   * @param value The value for title
   * @return A modified copy of {@code this} object
   */
  BoardMember withTitle(String value);

  /**
   * Copy the current immutable object by setting an optional value for the {@link BoardMember#title() title} attribute.
   * A shallow reference equality check on the optional value is used to prevent copying of the same value by returning {@code this}.
   * @param optional A value for title
   * @return A modified copy of {@code this} object
   */
  BoardMember withTitle(Optional<String> optional);

  /**
   * Copy the current immutable object by setting a <i>present</i> value for the optional {@link BoardMember#civilServantSince() civilServantSince} attribute.
   * @param value The value for civilServantSince
   * @return A modified copy of {@code this} object
   */
  BoardMember withCivilServantSince(LocalDate value);

  /**
   * Copy the current immutable object by setting an optional value for the {@link BoardMember#civilServantSince() civilServantSince} attribute.
   * A shallow reference equality check on the optional value is used to prevent copying of the same value by returning {@code this}.
   * @param optional A value for civilServantSince
   * @return A modified copy of {@code this} object
   */
  BoardMember withCivilServantSince(Optional<? extends LocalDate> optional);
}
