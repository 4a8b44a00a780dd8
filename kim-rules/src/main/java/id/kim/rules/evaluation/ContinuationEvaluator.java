package id.kim.rules.evaluation;

import static id.kim.core.validation.MissingValueException.requireNonNull;

import id.kim.core.community.KimRef;
import id.kim.core.monitoring.MonitoringRecord;
import id.kim.core.validation.MissingValueException;
import id.kim.rules.engine.RuleSet;
import id.kim.rules.lifecycle.LifecycleState;
import java.time.LocalDate;

/**
 * Evaluates whether to continue the collaboration with a KIM (MONITOR-PURPOSE), from its monitoring
 * record over one period, under the Dinas' {@link ContinuationPolicy}, as of a day. Pure: no clock,
 * no state; the answer does not depend on the order of the record's lists. The recommendation concerns the
 * continuation of a collaboration, so of a partner: {@link #advise} gives it for a partner only and says why
 * not for any other KIM; {@link #evaluate} computes the measures and findings without asking.
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
    requireNonNull(rules, "rules");
    requireNonNull(record, "record");
    requireNonNull(period, "period");
    requireNonNull(policy, "policy");
    requireNonNull(asOf, "asOf");
    EvaluationFacts facts = EvaluationFacts.of(record, period, policy);
    return CollaborationEvaluation.builder().kim(record.kim()).period(period).asOf(asOf).policy(policy)
        .ruleSet(rules.ref()).findings(rules.evaluateAll(facts, asOf))
        .output(facts.output()).outtakes(facts.outtakes()).outcome(facts.outcome()).build();
  }

  /**
   * Evaluates a KIM's dissemination and gives the continuation recommendation for a partner only
   * (MONITOR-PURPOSE: "Untuk menentukan kelanjutan kolaborasi"): the lifecycle state says whether the KIM is
   * a partner on {@code asOf}.
   *
   * @param state the KIM's lifecycle state towards the Dinas on {@code asOf} (e.g. {@code trail.state()})
   * @param record the KIM's monitoring record
   * @param period the period evaluated
   * @param policy the Dinas' thresholds
   * @param asOf the day of the evaluation
   * @return the evaluation, with a recommendation for a partner and, for any other KIM, the MONITOR-PURPOSE
   *     finding that withholds it
   * @throws MissingValueException if an argument is null, naming it
   * @throws IllegalArgumentException if the state is about another KIM or was reached after {@code asOf}
   */
  public static ContinuationAdvice advise(LifecycleState state, MonitoringRecord record, MeasurementPeriod period,
      ContinuationPolicy policy, LocalDate asOf) {
    requireNonNull(state, "state");
    requireNonNull(record, "record");
    requireNonNull(asOf, "asOf");
    KimRef kim = record.kim();
    boolean sameNumber =
        (state.communityNumber().isDefined() && kim.communityNumber().isPresent())
            ? state.communityNumber().get().equals(kim.communityNumber().get())
            : state.kimName().equals(kim.name());
    if (!sameNumber) {
      throw new IllegalArgumentException("state is the lifecycle of '" + state.kimName() + "', but the monitoring "
          + "record is of '" + kim.name() + "' (MONITOR-PURPOSE)");
    }
    if (state.since().isAfter(asOf)) {
      throw new IllegalArgumentException("state was reached on " + state.since() + ", after asOf " + asOf
          + ": give the lifecycle state as of the day of the evaluation (MONITOR-PURPOSE)");
    }
    return ContinuationAdvice.of(evaluate(record, period, policy, asOf), state);
  }

}
