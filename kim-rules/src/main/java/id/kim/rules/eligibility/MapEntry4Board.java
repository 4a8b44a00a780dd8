package id.kim.rules.eligibility;

import id.kim.core.community.KnownAbsence;
import id.kim.core.organisation.Board;
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
 * MAP-ENTRY-4 — has a board composition (memiliki susunan pengurus, juknis II.B.3 d): presented with
 * at least one board member. A board without a chair (ketua) passes — the juknis asks only for a
 * composition — but is flagged, because the chair is the contact of Tabel 3.1 d and, by default,
 * signs the statement letter (RULES.md GAP-08, PROPOSED). Not presented → unknown; recorded as none
 * ({@link KnownAbsence#BOARD}, tercatat tidak ada) → not satisfied, remedy: form a board.
 */
final class MapEntry4Board extends EligibilityRule {
  static final RuleId ID = RuleId.of("MAP-ENTRY-4");
  static final Citation CITATION = Citation.of("II.B.3", "d. Memiliki susunan pengurus");
  private static final Citation NO_CHAIR_SOURCE = Citation.proposed("Tabel 3.1 d", "Ketua KIM/Narahubung", "GAP-08");

  private static final FindingKey SATISFIED = Keys.plain("MAP-ENTRY-4.satisfied");
  private static final FindingKey EMPTY_BOARD = Keys.failing("MAP-ENTRY-4.emptyBoard");
  private static final FindingKey NO_BOARD = Keys.failing("MAP-ENTRY-4.noBoard");
  private static final FindingKey NO_CHAIR = Keys.failing("MAP-ENTRY-4.noChair");
  private static final FindingKey RECORDED_AS_NONE = Keys.failing("MAP-ENTRY-4.recordedAsNone");

  MapEntry4Board() {
    super(ID, CITATION);
  }

  @Override
  public Finding evaluate(EligibilityFacts facts, LocalDate asOf) {
    Optional<Board> board = facts.record().board();
    if (board.isEmpty()) {
      Evidence none = Evidence.of("board", "-");
      return facts.record().isRecordedAsNone(KnownAbsence.BOARD)
          ? notSatisfied(RECORDED_AS_NONE, Array.of(none, Evidence.of("recordedAsNone", "board")))
          : unknown(NO_BOARD, Array.of(none));
    }
    int size = board.get().members().size();
    Seq<Evidence> evidence = Array.of(Evidence.of("board.size", size));
    return size == 0 ? notSatisfied(EMPTY_BOARD, evidence) : satisfied(SATISFIED, evidence, size);
  }

  @Override
  public Seq<Finding> warnings(EligibilityFacts facts, LocalDate asOf) {
    Optional<Board> board = facts.record().board();
    if (board.isPresent() && !board.get().members().isEmpty() && board.get().chair().isEmpty()) {
      return List.of(warning(NO_CHAIR_SOURCE, NO_CHAIR, Array.of(Evidence.of("board.chair", "-"))));
    }
    return List.empty();
  }
}
