package id.kim.bench;

import id.kim.core.assessment.AssessedCriterion;
import id.kim.core.assessment.Assessment;
import id.kim.core.assessment.AssessmentResult;
import id.kim.core.community.CommunityNumber;
import id.kim.core.community.KimProfile;
import id.kim.core.community.KimRecord;
import id.kim.core.contact.PersonName;
import id.kim.core.document.AdministrativeDeclaration;
import id.kim.core.document.VillageDecree;
import id.kim.core.organisation.Acknowledgement;
import id.kim.core.organisation.Affiliation;
import id.kim.core.organisation.AffiliationKind;
import id.kim.core.organisation.AffiliationSubject;
import id.kim.core.organisation.Board;
import id.kim.core.organisation.BoardMember;
import id.kim.rules.eligibility.EligibilityFacts;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * The partnership rules of the juknis (II.B.4–5) under the SDK's default policy, as bare predicates:
 * "is this requirement satisfied on the as-of day?", with no explanation. They are what a team would
 * write by hand, and what the hand-written baseline ({@link HandWrittenEligibility}) and the Easy
 * Rules version ({@link EasyRulesEligibility}) both evaluate, so the two compare engines, not rules.
 *
 * <p>Each predicate is true exactly when the SDK's rule of the same ID is {@code SATISFIED} under
 * {@code Juknis2022.PARTNERSHIP} (default {@code EligibilityPolicy}: ASN scope board only, affiliation
 * scope KIM and board, the chair signs); {@code EligibilityAgreementTest} checks that on generated
 * records.
 */
final class PartnershipChecks {
  private PartnershipChecks() {}

  /** PARTNER-LEGAL-1: an SK Kepala Desa/Lurah issued by the day, neither revoked nor expired. */
  static boolean legal1Decree(EligibilityFacts f, LocalDate asOf) {
    Optional<VillageDecree> presented = f.record().decree();
    if (presented.isEmpty()) {
      return false;
    }
    VillageDecree d = presented.get();
    return !d.issuedOn().isAfter(asOf) && !d.isRevokedOn(asOf) && !d.isExpiredOn(asOf);
  }

  /** PARTNER-LEGAL-2: a Nomor Induk Komunitas issued by the deciding Dinas' regency/city, by the day. */
  static boolean legal2CommunityNumber(EligibilityFacts f, LocalDate asOf) {
    Optional<CommunityNumber> recorded = f.profile().communityNumber();
    if (recorded.isEmpty()) {
      return false;
    }
    CommunityNumber n = recorded.get();
    return !CommunityNumber.looksLikePopulationNik(n.value()) && n.issuedBy().equals(f.area())
        && (n.issuedOn().isEmpty() || !n.issuedOn().get().isAfter(asOf));
  }

  /** PARTNER-LEGAL-3: a non-empty board acknowledged by the day, not before its composition. */
  static boolean legal3BoardAcknowledged(EligibilityFacts f, LocalDate asOf) {
    Optional<Board> presented = f.record().board();
    if (presented.isEmpty() || presented.get().members().isEmpty()) {
      return false;
    }
    Board board = presented.get();
    Optional<Acknowledgement> ack = board.acknowledgement();
    if (ack.isEmpty() || ack.get().on().isAfter(asOf)) {
      return false;
    }
    return board.composedOn().isEmpty() || !ack.get().on().isBefore(board.composedOn().get());
  }

  /** PARTNER-ADMIN-1: no board member ASN on the day, a board to check, and the statement made. */
  static boolean admin1NotCivilServants(EligibilityFacts f, LocalDate asOf) {
    Optional<Board> board = f.record().board();
    if (board.isPresent()) {
      for (BoardMember m : board.get().members()) {
        if (m.isCivilServantOn(asOf)) {
          return false;
        }
      }
    }
    Optional<AdministrativeDeclaration> letter = signedBy(f.record(), asOf);
    return letter.isPresent() && letter.get().boardNotCivilServants()
        && board.isPresent() && !board.get().members().isEmpty();
  }

  /** PARTNER-ADMIN-2: the statement that the board is not involved in crime. */
  static boolean admin2NoCrime(EligibilityFacts f, LocalDate asOf) {
    Optional<AdministrativeDeclaration> letter = signedBy(f.record(), asOf);
    return letter.isPresent() && letter.get().boardNotInvolvedInCrime();
  }

  /** PARTNER-ADMIN-3: no active party affiliation of the KIM or its board, and the statement made. */
  static boolean admin3NoParty(EligibilityFacts f, LocalDate asOf) {
    Optional<AdministrativeDeclaration> letter = signedBy(f.record(), asOf);
    return !affiliated(f.record(), AffiliationKind.POLITICAL_PARTY, asOf)
        && letter.isPresent() && letter.get().noPoliticalPartyAffiliation();
  }

  /** PARTNER-ADMIN-4: no active NGO affiliation of the KIM or its board, and the statement made. */
  static boolean admin4NoNgo(EligibilityFacts f, LocalDate asOf) {
    Optional<AdministrativeDeclaration> letter = signedBy(f.record(), asOf);
    return !affiliated(f.record(), AffiliationKind.NGO, asOf)
        && letter.isPresent() && letter.get().noNgoAffiliation();
  }

  /** PARTNER-ADMIN-DECL: the letter signed by the day, by the chair, not before the board's composition. */
  static boolean adminDeclaration(EligibilityFacts f, LocalDate asOf) {
    Optional<AdministrativeDeclaration> letter = f.record().declaration();
    if (letter.isEmpty() || letter.get().signedOn().isAfter(asOf)) {
      return false;
    }
    AdministrativeDeclaration d = letter.get();
    Optional<Board> board = f.record().board();
    if (board.isEmpty()) {
      return false;
    }
    Optional<LocalDate> composedOn = board.get().composedOn();
    if (composedOn.isPresent() && d.signedOn().isBefore(composedOn.get())) {
      return false;
    }
    Optional<BoardMember> chair = board.get().chair();
    return chair.isPresent() && signed(d, chair.get().name());
  }

  /** QUAL-1: address, seat (at any level) and a contact recorded, and recognition by the community assessed as met. */
  static boolean qual1ClearExistence(EligibilityFacts f, LocalDate asOf) {
    KimProfile p = f.profile();
    boolean contact = p.whatsapp().isPresent() || p.fixedLine().isPresent() || p.email().isPresent();
    return p.address().isPresent() && p.seatLevel().isPresent() && contact
        && met(f.record(), AssessedCriterion.COMMUNITY_RECOGNITION, asOf);
  }

  /** QUAL-2: regular activity assessed as met. */
  static boolean qual2RegularActivity(EligibilityFacts f, LocalDate asOf) {
    return met(f.record(), AssessedCriterion.REGULAR_ACTIVITY, asOf);
  }

  /** QUAL-3: track record and reputation assessed as met. */
  static boolean qual3Reputation(EligibilityFacts f, LocalDate asOf) {
    return met(f.record(), AssessedCriterion.TRACK_RECORD_AND_REPUTATION, asOf);
  }

  /** QUAL-4: a target audience covering at least one village. */
  static boolean qual4Reach(EligibilityFacts f, LocalDate asOf) {
    return f.profile().targetAudience().map(a -> !a.villages().isEmpty()).orElse(false);
  }

  /** QUAL-5: direct understanding assessed as met. */
  static boolean qual5Understanding(EligibilityFacts f, LocalDate asOf) {
    return met(f.record(), AssessedCriterion.DIRECT_UNDERSTANDING, asOf);
  }

  /** QUAL-6: at least one medium, or other means of dissemination assessed as met. */
  static boolean qual6Media(EligibilityFacts f, LocalDate asOf) {
    return !f.profile().media().isEmpty() || met(f.record(), AssessedCriterion.OTHER_DISSEMINATION_MEANS, asOf);
  }

  /** QUAL-7: resources assessed as met. */
  static boolean qual7Resources(EligibilityFacts f, LocalDate asOf) {
    return met(f.record(), AssessedCriterion.RESOURCES, asOf);
  }

  private static Optional<AdministrativeDeclaration> signedBy(KimRecord r, LocalDate asOf) {
    Optional<AdministrativeDeclaration> letter = r.declaration();
    return letter.isPresent() && !letter.get().signedOn().isAfter(asOf) ? letter : Optional.empty();
  }

  private static boolean affiliated(KimRecord r, AffiliationKind kind, LocalDate asOf) {
    for (Affiliation a : r.affiliations()) {
      if (a.kind() == kind && a.subject() != AffiliationSubject.MEMBER && a.isActiveOn(asOf)) {
        return true;
      }
    }
    return false;
  }

  private static boolean met(KimRecord r, AssessedCriterion criterion, LocalDate asOf) {
    Optional<Assessment> latest = r.latestAssessment(criterion, asOf);
    return latest.isPresent() && latest.get().result() == AssessmentResult.MET;
  }

  private static boolean signed(AdministrativeDeclaration d, PersonName person) {
    String wanted = normalise(person.value());
    for (PersonName signatory : d.signatories()) {
      if (normalise(signatory.value()).equals(wanted)) {
        return true;
      }
    }
    return false;
  }

  /** Upper case, whitespace runs collapsed, trimmed: names compared as an officer would. */
  private static String normalise(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString().toUpperCase(Locale.ROOT);
  }
}
