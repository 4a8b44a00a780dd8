package id.kim.rules.evaluation;

import id.kim.rules.engine.RuleSet;
import io.vavr.collection.List;

/**
 * The rule set of the continuation evaluation (juknis V): period complete (MONITOR-PURPOSE), activities
 * logged (MONITOR-COL-3), proof of publication (MONITOR-COL-5), inactivity (MONITOR-COL-4 with GAP-40),
 * then the three measures of Tabel 5.1 (MEASURE-1..3). Derive your own with {@code with},
 * {@code without} or {@code replacing}.
 */
public final class EvaluationRules {
  /** The rule set's name. */
  public static final String NAME = "juknis-2022-evaluasi";
  /** The rule set's version: the juknis' date. */
  public static final String VERSION = "2022.08.30";

  private static final RuleSet<EvaluationFacts> JUKNIS_2022 = RuleSet.of(NAME, VERSION, List.of(
      MonitorRules.periodComplete(), MonitorRules.activity(), MonitorRules.proof(), MonitorRules.inactivity(),
      MeasureRules.output(), MeasureRules.outtakes(), MeasureRules.outcome()));

  private EvaluationRules() {}

  /** @return the rule set of the juknis of 30 August 2022 */
  public static RuleSet<EvaluationFacts> juknis2022() {
    return JUKNIS_2022;
  }
}
