package id.kim.rules.eligibility;

import id.kim.core.community.KnownAbsence;
import id.kim.core.contact.PersonName;
import id.kim.core.document.AdministrativeDeclaration;
import id.kim.core.organisation.Board;
import id.kim.core.organisation.BoardMember;
import id.kim.rules.explain.Citation;
import id.kim.rules.explain.Evidence;
import id.kim.rules.explain.Finding;
import id.kim.rules.explain.RuleId;
import io.vavr.collection.Array;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.LocalDate;
import java.util.Optional;

/**
 * PARTNER-ADMIN-DECL — the administrative requirements are stated in a letter signed by the board
 * (juknis II.B.4: "Syarat administratif dinyatakan dengan membuat surat pernyataan yang
 * ditandatangani oleh pengurus KIM"). Checked on the as-of day:
 * <ul>
 *   <li>no letter → unknown; the letter recorded as none ({@link KnownAbsence#DECLARATION}, tercatat
 *       tidak ada) → not satisfied, remedy: the board signs it; signed only after the as-of day → not
 *       satisfied;</li>
 *   <li>signatories, by the {@link SignatoryPolicy} (RULES.md GAP-08, PROPOSED): the chair by
 *       default, or every board member; names compared ignoring case and spacing; a board not
 *       presented (or without a chair, under the default) → unknown; a board recorded as none
 *       ({@link KnownAbsence#BOARD}) → not satisfied: no board signed the letter;</li>
 *   <li>a letter signed before the board's current composition → not satisfied: the present board
 *       has not made the statements (GAP-08, PROPOSED).</li>
 * </ul>
 */
final class PartnerAdminDeclaration extends EligibilityRule {
  static final RuleId ID = RuleId.of("PARTNER-ADMIN-DECL");
  static final Citation CITATION = Citation.of("II.B.4",
      "Syarat administratif dinyatakan dengan membuat surat pernyataan yang ditandatangani oleh pengurus KIM.");

  private static final FindingKey SATISFIED_CHAIR = Keys.plain("PARTNER-ADMIN-DECL.satisfied.CHAIR");
  private static final FindingKey SATISFIED_ALL = Keys.plain("PARTNER-ADMIN-DECL.satisfied.ALL_BOARD");
  private static final FindingKey NO_DECLARATION = Keys.failing("PARTNER-ADMIN-DECL.noDeclaration");
  private static final FindingKey NOT_YET_SIGNED = Keys.failing("PARTNER-ADMIN-DECL.notYetSigned");
  private static final FindingKey UNVERIFIABLE = Keys.failing("PARTNER-ADMIN-DECL.signatoriesUnverifiable");
  private static final FindingKey CHAIR_NOT_SIGNED = Keys.failing("PARTNER-ADMIN-DECL.chairNotSigned");
  private static final FindingKey NOT_ALL_SIGNED = Keys.failing("PARTNER-ADMIN-DECL.notAllSigned");
  private static final FindingKey RECORDED_AS_NONE = Keys.failing("PARTNER-ADMIN-DECL.recordedAsNone");
  private static final FindingKey BOARD_RECORDED_AS_NONE = Keys.failing("PARTNER-ADMIN-DECL.boardRecordedAsNone");
  private static final FindingKey PREDATES_BOARD = Keys.failing("PARTNER-ADMIN-DECL.predatesBoard");

  private final SignatoryPolicy policy;
  private final Evidence policyEvidence;

  PartnerAdminDeclaration(SignatoryPolicy policy) {
    super(ID, CITATION);
    this.policy = policy;
    this.policyEvidence = Evidence.of("policy.signatories", policy.name());
  }

  @Override
  public Finding evaluate(EligibilityFacts facts, LocalDate asOf) {
    Optional<AdministrativeDeclaration> letter = facts.record().declaration();
    if (letter.isEmpty()) {
      Evidence none = Evidence.of("declaration", "-");
      return facts.record().isRecordedAsNone(KnownAbsence.DECLARATION)
          ? notSatisfied(RECORDED_AS_NONE, Array.of(none, policyEvidence, Evidence.of("recordedAsNone", "declaration")))
          : unknown(NO_DECLARATION, Array.of(none, policyEvidence));
    }
    AdministrativeDeclaration d = letter.get();
    Optional<Board> board = facts.record().board();
    Seq<Evidence> evidence = Array.of(
        Evidence.of("declaration.signedOn", d.signedOn()),
        Evidence.of("declaration.signatories", d.signatories().size()),
        Evidence.of("board.composedOn", board.flatMap(Board::composedOn)),
        policyEvidence);
    if (d.signedOn().isAfter(asOf)) {
      return notSatisfied(NOT_YET_SIGNED, evidence, d.signedOn());
    }
    Optional<LocalDate> composedOn = board.flatMap(Board::composedOn);
    if (composedOn.map(c -> d.signedOn().isBefore(c)).orElse(false)) {
      return notSatisfied(PREDATES_BOARD, evidence, d.signedOn(), composedOn.get());
    }
    Seq<BoardMember> required = required(board);
    if (required.isEmpty()) {
      return board.isEmpty() && facts.record().isRecordedAsNone(KnownAbsence.BOARD)
          ? notSatisfied(BOARD_RECORDED_AS_NONE, evidence.append(Evidence.of("recordedAsNone", "board")))
          : unknown(UNVERIFIABLE, evidence);
    }
    Seq<BoardMember> missing = required.filter(m -> !signed(d, m.name()));
    if (missing.isEmpty()) {
      return satisfied(policy == SignatoryPolicy.CHAIR ? SATISFIED_CHAIR : SATISFIED_ALL, evidence, d.signedOn());
    }
    Seq<Evidence> withMissing = evidence.append(
        Evidence.of("declaration.notSignedBy", Texts.maskedNames(missing.map(BoardMember::name))));
    return policy == SignatoryPolicy.CHAIR
        ? notSatisfied(CHAIR_NOT_SIGNED, withMissing)
        : notSatisfied(NOT_ALL_SIGNED, withMissing, missing.size());
  }

  /** @return whose signature the policy requires: the chair, or every board member; empty if unknown */
  private Seq<BoardMember> required(Optional<Board> board) {
    if (board.isEmpty()) {
      return List.empty();
    }
    return policy == SignatoryPolicy.CHAIR
        ? board.get().chair().map(List::of).orElse(List.empty())
        : Array.ofAll(board.get().members());
  }

  private static boolean signed(AdministrativeDeclaration d, PersonName person) {
    for (PersonName signatory : d.signatories()) {
      if (Texts.sameName(signatory, person)) {
        return true;
      }
    }
    return false;
  }
}
