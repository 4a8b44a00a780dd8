package id.kim.core.community;

import id.kim.core.organisation.Affiliation;
import id.kim.core.organisation.AffiliationKind;
import id.kim.core.organisation.Board;
import id.kim.core.organisation.BoardMember;
import id.kim.core.organisation.Member;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Set;

/**
 * Checks {@link ConsistentAbsence} on a {@link KimRecord}: a decree (MAP-ENTRY-3), a board
 * (MAP-ENTRY-4), an acknowledgement of the board, a statement letter (PARTNER-ADMIN-DECL), an open
 * affiliation with a party or NGO (PARTNER-ADMIN-3), or a person with an ASN status (board members:
 * {@code board}, members: {@code members}, TERM-3) present although recorded as none. An affiliation
 * that has ended ({@code until} given) is history, not a contradiction of "none".
 */
public final class RecordAbsenceValidator implements ConstraintValidator<ConsistentAbsence, KimRecord> {
  @Override
  public boolean isValid(KimRecord value, ConstraintValidatorContext context) {
    if (value == null || value.recordedAsNone().isEmpty()) {
      return true;
    }
    Set<KnownAbsence> none = value.recordedAsNone();
    boolean ok = true;
    ok &= holds(context, none.contains(KnownAbsence.DECREE) && value.decree().isPresent(), "decree", ok);
    ok &= holds(context, none.contains(KnownAbsence.BOARD) && value.board().isPresent(), "board", ok);
    ok &= holds(context, none.contains(KnownAbsence.BOARD_ACKNOWLEDGEMENT)
        && value.board().flatMap(Board::acknowledgement).isPresent(), "board", ok);
    ok &= holds(context, none.contains(KnownAbsence.DECLARATION) && value.declaration().isPresent(),
        "declaration", ok);
    ok &= holds(context, none.contains(KnownAbsence.AFFILIATIONS) && openPartyOrNgo(value), "affiliations", ok);
    boolean asn = none.contains(KnownAbsence.CIVIL_SERVANTS);
    ok &= holds(context, asn && boardCivilServant(value), "board", ok);
    ok &= holds(context, asn && memberCivilServant(value), "members", ok);
    return ok;
  }

  /** @return false (and reports {@code field}) if {@code contradicted}; disables the default message once */
  private static boolean holds(ConstraintValidatorContext context, boolean contradicted, String field, boolean clean) {
    if (!contradicted) {
      return true;
    }
    if (clean) {
      context.disableDefaultConstraintViolation();
    }
    Contradictions.report(context, field);
    return false;
  }

  private static boolean openPartyOrNgo(KimRecord value) {
    for (Affiliation a : value.affiliations()) {
      if (a.kind() != AffiliationKind.OTHER && a.until().isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private static boolean boardCivilServant(KimRecord value) {
    if (value.board().isEmpty()) {
      return false;
    }
    for (BoardMember m : value.board().get().members()) {
      if (m.civilServantSince().isPresent()) {
        return true;
      }
    }
    return false;
  }

  private static boolean memberCivilServant(KimRecord value) {
    for (Member m : value.members()) {
      if (m.civilServantSince().isPresent()) {
        return true;
      }
    }
    return false;
  }
}
