package id.kim.rules.mapping.priority;

import id.kim.rules.explain.Citation;
import id.kim.rules.explain.Evidence;
import id.kim.rules.explain.Finding;
import id.kim.rules.explain.Message;
import id.kim.rules.explain.Outcome;
import id.kim.rules.explain.RuleId;
import id.kim.rules.mapping.grid.Approach;
import id.kim.rules.mapping.grid.GridPlacement;
import id.kim.rules.mapping.grid.Level;
import io.vavr.collection.List;
import io.vavr.control.Option;

/**
 * The two worked examples of III.D (PRIORITY-2), which look at interest and influence only:
 * (a) high interest, low influence — "tetap memberikan informasi secara lengkap": add
 * {@link Approach#KEEP_INFORMED}; (b) low interest, high influence — "menentukan pendekatan yang
 * sesuai": add {@link Approach#CUSTOM}. They refine the category's approaches, whatever the power.
 */
final class InterestInfluenceExamples {
  /** PRIORITY-2 — the two worked examples of III.D (two-dimensional: interest and influence). */
  private static final RuleId PRIORITY_2 = RuleId.of("PRIORITY-2");
  /** PRIORITY-2 (a): high interest, low influence — keep the KIM fully informed. */
  private static final Citation PRIORITY_2A_CITATION = Citation.of("III.D",
      "KIM yang dinilai memiliki kepentingan besar dengan pengaruh yang kecil. Oleh karena itu, Dinas Kominfo perlu "
          + "melakukan aktivitas untuk tetap memberikan informasi secara lengkap.");
  /** PRIORITY-2 (b): low interest, high influence — the Dinas decides a suitable approach. */
  private static final Citation PRIORITY_2B_CITATION = Citation.of("III.D",
      "apabila terdapat KIM yang dinilai memiliki kepentingan kecil namun pengaruh yang besar, Dinas Kominfo "
          + "menentukan pendekatan yang sesuai.");

  private InterestInfluenceExamples() {}

  static Option<Approach> addedApproach(GridPlacement p) {
    Level interest = p.interest().level();
    Level influence = p.influence().level();
    if (interest == Level.HIGH && influence == Level.LOW) {
      return Option.of(Approach.KEEP_INFORMED);
    }
    if (interest == Level.LOW && influence == Level.HIGH) {
      return Option.of(Approach.CUSTOM);
    }
    return Option.none();
  }

  static Option<Finding> finding(GridPlacement p) {
    return addedApproach(p).map(a -> Finding.builder().ruleId(PRIORITY_2)
        .citation(a == Approach.KEEP_INFORMED ? PRIORITY_2A_CITATION : PRIORITY_2B_CITATION)
        .outcome(Outcome.SATISFIED)
        .evidence(List.of(Evidence.of("kim", p.kim()), Evidence.of("interest", p.interest().level()),
            Evidence.of("influence", p.influence().level()), Evidence.of("approach", a)))
        .message(Message.of(PriorityRanking.BUNDLE, "PRIORITY-2." + a, p.kim()))
        .build());
  }
}
