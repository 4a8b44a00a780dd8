package id.kim.rules.mapping.priority;

import id.kim.rules.explain.Evidence;
import id.kim.rules.explain.Finding;
import id.kim.rules.explain.Message;
import id.kim.rules.explain.Outcome;
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
    return addedApproach(p).map(a -> Finding.builder().ruleId(PriorityRules.PRIORITY_2)
        .citation(a == Approach.KEEP_INFORMED ? PriorityRules.PRIORITY_2A_CITATION : PriorityRules.PRIORITY_2B_CITATION)
        .outcome(Outcome.SATISFIED)
        .evidence(List.of(Evidence.of("kim", p.kim()), Evidence.of("interest", p.interest().level()),
            Evidence.of("influence", p.influence().level()), Evidence.of("approach", a)))
        .message(Message.of(PriorityRules.BUNDLE, "PRIORITY-2." + a, p.kim()))
        .build());
  }
}
