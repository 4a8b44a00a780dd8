package id.kim.rules.evaluation;

import id.kim.core.monitoring.MonitoringRecord;
import org.immutables.value.Value;

/**
 * What the continuation rules read: one KIM's monitoring record, the period and the Dinas' policy; the
 * three measures are computed once, on first use.
 */
@Value.Immutable
public abstract class EvaluationFacts {

  /** @return the monitoring record */
  @Value.Parameter
  public abstract MonitoringRecord record();

  /** @return the period evaluated */
  @Value.Parameter
  public abstract MeasurementPeriod period();

  /** @return the Dinas' thresholds */
  @Value.Parameter
  public abstract ContinuationPolicy policy();

  /**
   * @param record the monitoring record
   * @param period the period
   * @param policy the policy
   * @return the facts
   */
  public static EvaluationFacts of(MonitoringRecord record, MeasurementPeriod period, ContinuationPolicy policy) {
    return ImmutableEvaluationFacts.of(record, period, policy);
  }

  /** @return MEASURE-1 */
  @Value.Lazy
  public OutputResult output() {
    return OutputMeasure.of(record(), period());
  }

  /** @return MEASURE-2 */
  @Value.Lazy
  public OuttakesResult outtakes() {
    return OuttakesMeasure.of(record(), period());
  }

  /** @return MEASURE-3 */
  @Value.Lazy
  public OutcomeResult outcome() {
    return OutcomeMeasure.of(record(), period());
  }
}
