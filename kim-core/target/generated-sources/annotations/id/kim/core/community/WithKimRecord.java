package id.kim.core.community;

import id.kim.core.assessment.Assessment;
import id.kim.core.document.AdministrativeDeclaration;
import id.kim.core.document.DissolutionNotice;
import id.kim.core.document.VillageDecree;
import id.kim.core.organisation.Affiliation;
import id.kim.core.organisation.Board;
import id.kim.core.organisation.Member;
import java.util.Optional;
import org.immutables.value.Generated;

@Generated(from = "KimRecord", generator = "Immutables")
@SuppressWarnings({"all"})
interface WithKimRecord {

  /**
   * Copy the current immutable object by setting a value for the {@link KimRecord#profile() profile} attribute.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for profile
   * @return A modified copy of the {@code this} object
   */
  KimRecord withProfile(KimProfile value);

  /**
   * Copy the current immutable object by setting a <i>present</i> value for the optional {@link KimRecord#decree() decree} attribute.
   * @param value The value for decree
   * @return A modified copy of {@code this} object
   */
  KimRecord withDecree(VillageDecree value);

  /**
   * Copy the current immutable object by setting an optional value for the {@link KimRecord#decree() decree} attribute.
   * A shallow reference equality check on the optional value is used to prevent copying of the same value by returning {@code this}.
   * @param optional A value for decree
   * @return A modified copy of {@code this} object
   */
  KimRecord withDecree(Optional<? extends VillageDecree> optional);

  /**
   * Copy the current immutable object by setting a <i>present</i> value for the optional {@link KimRecord#board() board} attribute.
   * @param value The value for board
   * @return A modified copy of {@code this} object
   */
  KimRecord withBoard(Board value);

  /**
   * Copy the current immutable object by setting an optional value for the {@link KimRecord#board() board} attribute.
   * A shallow reference equality check on the optional value is used to prevent copying of the same value by returning {@code this}.
   * @param optional A value for board
   * @return A modified copy of {@code this} object
   */
  KimRecord withBoard(Optional<? extends Board> optional);

  /**
   * Copy the current immutable object with elements that replace the content of {@link KimRecord#members() members}.
   * @param elements The elements to set
   * @return A modified copy of {@code this} object
   */
  KimRecord withMembers(Member... elements);

  /**
   * Copy the current immutable object with elements that replace the content of {@link KimRecord#members() members}.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param elements An iterable of members elements to set
   * @return A modified copy of {@code this} object
   */
  KimRecord withMembers(Iterable<? extends Member> elements);

  /**
   * Copy the current immutable object by setting a <i>present</i> value for the optional {@link KimRecord#declaration() declaration} attribute.
   * @param value The value for declaration
   * @return A modified copy of {@code this} object
   */
  KimRecord withDeclaration(AdministrativeDeclaration value);

  /**
   * Copy the current immutable object by setting an optional value for the {@link KimRecord#declaration() declaration} attribute.
   * A shallow reference equality check on the optional value is used to prevent copying of the same value by returning {@code this}.
   * @param optional A value for declaration
   * @return A modified copy of {@code this} object
   */
  KimRecord withDeclaration(Optional<? extends AdministrativeDeclaration> optional);

  /**
   * Copy the current immutable object with elements that replace the content of {@link KimRecord#affiliations() affiliations}.
   * @param elements The elements to set
   * @return A modified copy of {@code this} object
   */
  KimRecord withAffiliations(Affiliation... elements);

  /**
   * Copy the current immutable object with elements that replace the content of {@link KimRecord#affiliations() affiliations}.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param elements An iterable of affiliations elements to set
   * @return A modified copy of {@code this} object
   */
  KimRecord withAffiliations(Iterable<? extends Affiliation> elements);

  /**
   * Copy the current immutable object with elements that replace the content of {@link KimRecord#assessments() assessments}.
   * @param elements The elements to set
   * @return A modified copy of {@code this} object
   */
  KimRecord withAssessments(Assessment... elements);

  /**
   * Copy the current immutable object with elements that replace the content of {@link KimRecord#assessments() assessments}.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param elements An iterable of assessments elements to set
   * @return A modified copy of {@code this} object
   */
  KimRecord withAssessments(Iterable<? extends Assessment> elements);

  /**
   * Copy the current immutable object by setting a <i>present</i> value for the optional {@link KimRecord#dissolution() dissolution} attribute.
   * @param value The value for dissolution
   * @return A modified copy of {@code this} object
   */
  KimRecord withDissolution(DissolutionNotice value);

  /**
   * Copy the current immutable object by setting an optional value for the {@link KimRecord#dissolution() dissolution} attribute.
   * A shallow reference equality check on the optional value is used to prevent copying of the same value by returning {@code this}.
   * @param optional A value for dissolution
   * @return A modified copy of {@code this} object
   */
  KimRecord withDissolution(Optional<? extends DissolutionNotice> optional);

  /**
   * Copy the current immutable object by setting a <i>present</i> value for the optional {@link KimRecord#legacyOrigin() legacyOrigin} attribute.
   * @param value The value for legacyOrigin
   * @return A modified copy of {@code this} object
   */
  KimRecord withLegacyOrigin(LegacyStakeholderCategory value);

  /**
   * Copy the current immutable object by setting an optional value for the {@link KimRecord#legacyOrigin() legacyOrigin} attribute.
   * A shallow reference equality check on the optional value is used to prevent copying of the same value by returning {@code this}.
   * @param optional A value for legacyOrigin
   * @return A modified copy of {@code this} object
   */
  KimRecord withLegacyOrigin(Optional<? extends LegacyStakeholderCategory> optional);
}
