package id.kim.rules.eligibility;

import id.kim.core.community.KnownAbsence;
import id.kim.core.organisation.Acknowledgement;
import id.kim.core.organisation.Board;
import id.kim.rules.explain.Citation;
import id.kim.rules.explain.Evidence;
import id.kim.rules.explain.Finding;
import id.kim.rules.explain.RuleId;
import io.vavr.collection.Array;
import io.vavr.collection.Seq;
import java.time.LocalDate;
import java.util.Optional;

/**
 * PARTNER-LEGAL-3 — a board composition acknowledged by the village or ward head (syarat legalitas
 * 3, juknis II.B.4: "Susunan Pengurus yang diketahui oleh Kepala Desa/Lurah"): the countersignature
 * "mengetahui" on the board list, given on or before the as-of day and not before the board's
 * current composition (an acknowledgement of an earlier board does not cover the present one).
 * A board presented without acknowledgement does not satisfy it (whether or not the acknowledgement
 * is recorded as none, {@link KnownAbsence#BOARD_ACKNOWLEDGEMENT}: the evidence says which); a board not
 * presented is unknown, a board recorded as none ({@link KnownAbsence#BOARD}) does not satisfy it.
 */
final class PartnerLegal3BoardAcknowledged extends EligibilityRule {
  static final RuleId ID = RuleId.of("PARTNER-LEGAL-3");
  static final Citation CITATION =
      Citation.of("II.B.4", "3. Susunan Pengurus yang diketahui oleh Kepala Desa/Lurah/atau sebutan lainnya.");

  private static final FindingKey SATISFIED = Keys.plain("PARTNER-LEGAL-3.satisfied");
  private static final FindingKey NO_BOARD = Keys.failing("PARTNER-LEGAL-3.noBoard");
  private static final FindingKey EMPTY_BOARD = Keys.failing("PARTNER-LEGAL-3.emptyBoard");
  private static final FindingKey NOT_ACKNOWLEDGED = Keys.failing("PARTNER-LEGAL-3.notAcknowledged");
  private static final FindingKey NOT_YET = Keys.failing("PARTNER-LEGAL-3.notYetAcknowledged");
  private static final FindingKey EARLIER_BOARD = Keys.failing("PARTNER-LEGAL-3.earlierBoard");
  private static final FindingKey RECORDED_AS_NONE = Keys.failing("PARTNER-LEGAL-3.recordedAsNone");

  PartnerLegal3BoardAcknowledged() {
    super(ID, CITATION);
  }

  @Override
  public Finding evaluate(EligibilityFacts facts, LocalDate asOf) {
    Optional<Board> presented = facts.record().board();
    if (presented.isEmpty()) {
      Evidence none = Evidence.of("board", "-");
      return facts.record().isRecordedAsNone(KnownAbsence.BOARD)
          ? notSatisfied(RECORDED_AS_NONE, Array.of(none, Evidence.of("recordedAsNone", "board")))
          : unknown(NO_BOARD, Array.of(none));
    }
    Board board = presented.get();
    if (board.members().isEmpty()) {
      return notSatisfied(EMPTY_BOARD, Array.of(Evidence.of("board.size", 0)));
    }
    Optional<Acknowledgement> ack = board.acknowledgement();
    Seq<Evidence> evidence = Array.of(
        Evidence.of("acknowledgement.by", ack.map(a -> a.byTitle().label())),
        Evidence.of("acknowledgement.on", ack.map(Acknowledgement::on)),
        Evidence.of("board.composedOn", board.composedOn()));
    if (ack.isEmpty()) {
      return notSatisfied(NOT_ACKNOWLEDGED, facts.record().isRecordedAsNone(KnownAbsence.BOARD_ACKNOWLEDGEMENT)
          ? evidence.append(Evidence.of("recordedAsNone", "boardAcknowledgement")) : evidence);
    }
    Acknowledgement a = ack.get();
    if (a.on().isAfter(asOf)) {
      return notSatisfied(NOT_YET, evidence, a.byTitle().label(), a.on());
    }
    if (board.composedOn().map(c -> a.on().isBefore(c)).orElse(false)) {
      return notSatisfied(EARLIER_BOARD, evidence, a.byTitle().label(), a.on(), board.composedOn().get());
    }
    return satisfied(SATISFIED, evidence, a.byTitle().label(), a.on());
  }
}
