package id.kim.core.organisation;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Generated;

@Generated(from = "Board", generator = "Immutables")
@SuppressWarnings({"all"})
interface WithBoard {

  /**
   * Copy the current immutable object with elements that replace the content of {@link Board#members() members}.
   * @param elements The elements to set
   * @return A modified copy of {@code this} object
   */
  Board withMembers(BoardMember... elements);

  /**
   * Copy the current immutable object with elements that replace the content of {@link Board#members() members}.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param elements An iterable of members elements to set
   * @return A modified copy of {@code this} object
   */
  Board withMembers(Iterable<? extends BoardMember> elements);

  /**
   * Copy the current immutable object by setting a <i>present</i> value for the optional {@link Board#acknowledgement() acknowledgement} attribute.
   * @param value The value for acknowledgement
   * @return A modified copy of {@code this} object
   */
  Board withAcknowledgement(Acknowledgement value);

  /**
   * Copy the current immutable object by setting an optional value for the {@link Board#acknowledgement() acknowledgement} attribute.
   * A shallow reference equality check on the optional value is used to prevent copying of the same value by returning {@code this}.
   * @param optional A value for acknowledgement
   * @return A modified copy of {@code this} object
   */
  Board withAcknowledgement(Optional<? extends Acknowledgement> optional);

  /**
   * Copy the current immutable object by setting a <i>present</i> value for the optional {@link Board#composedOn() composedOn} attribute.
   * @param value The value for composedOn
   * @return A modified copy of {@code this} object
   */
  Board withComposedOn(LocalDate value);

  /**
   * Copy the current immutable object by setting an optional value for the {@link Board#composedOn() composedOn} attribute.
   * A shallow reference equality check on the optional value is used to prevent copying of the same value by returning {@code this}.
   * @param optional A value for composedOn
   * @return A modified copy of {@code this} object
   */
  Board withComposedOn(Optional<? extends LocalDate> optional);
}
