package id.kim.rules.evaluation;

import id.kim.core.monitoring.MonitoringRecord;
import id.kim.core.validation.MissingValueException;
import id.kim.rules.engine.RuleSet;
import java.time.LocalDate;

/**
 * Evaluates whether to continue the collaboration with a KIM (MONITOR-PURPOSE), from its monitoring
 * record over one period, under the Dinas' {@link ContinuationPolicy}, as of a day. Pure: no clock,
 * no state; the answer does not depend on the order of the record's lists.
 *
 * <pre>{@code
 * CollaborationEvaluation e = ContinuationEvaluator.evaluate(record,
 *     MeasurementPeriod.month(YearMonth.of(2026, 3)), ContinuationPolicy.standard(), LocalDate.of(2026, 4, 2));
 * System.out.println(e.explain(Lang.ID));
 * }</pre>
 */
public final class ContinuationEvaluator {
  private ContinuationEvaluator() {}

  /**
   * @param record the KIM's monitoring record
   * @param period the period evaluated
   * @param policy the Dinas' thresholds
   * @param asOf the day of the evaluation
   * @return the evaluation under {@link EvaluationRules#juknis2022()}
   */
  public static CollaborationEvaluation evaluate(MonitoringRecord record, MeasurementPeriod period,
      ContinuationPolicy policy, LocalDate asOf) {
    return evaluate(EvaluationRules.juknis2022(), record, period, policy, asOf);
  }

  /**
   * @param rules the rule set to apply
   * @param record the KIM's monitoring record
   * @param period the period evaluated
   * @param policy the Dinas' thresholds
   * @param asOf the day of the evaluation
   * @return the evaluation
   */
  public static CollaborationEvaluation evaluate(RuleSet<EvaluationFacts> rules, MonitoringRecord record,
      MeasurementPeriod period, ContinuationPolicy policy, LocalDate asOf) {
    require(rules, "rules");
    require(record, "record");
    require(period, "period");
    require(policy, "policy");
    require(asOf, "asOf");
    EvaluationFacts facts = EvaluationFacts.of(record, period, policy);
    return CollaborationEvaluation.builder().kim(record.kim()).period(period).asOf(asOf).policy(policy)
        .ruleSet(rules.ref()).findings(rules.evaluateAll(facts, asOf))
        .output(facts.output()).outtakes(facts.outtakes()).outcome(facts.outcome()).build();
  }

  private static void require(Object value, String name) {
    if (value == null) {
      throw new MissingValueException(name);
    }
  }
}
