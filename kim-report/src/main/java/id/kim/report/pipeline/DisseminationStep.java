package id.kim.report.pipeline;

import id.kim.core.monitoring.MonitoringRecord;
import id.kim.rules.evaluation.CollaborationEvaluation;
import id.kim.rules.evaluation.ContinuationEvaluator;
import id.kim.rules.evaluation.ContinuationPolicy;
import id.kim.rules.evaluation.MeasurementPeriod;
import java.time.LocalDate;

/**
 * The evaluation family behind the pipeline (MONITOR-*, MEASURE-1..3, SOCIAL-*): Output, Outtakes and
 * Outcome of one KIM's dissemination over a period, and whether to continue the collaboration.
 */
public interface DisseminationStep {

  /** @return the evaluation, with the three measures, its findings and the recommendation they imply */
  CollaborationEvaluation evaluate(MonitoringRecord record, MeasurementPeriod period, ContinuationPolicy policy,
      LocalDate asOf);

  /** @return {@code id.kim.rules.evaluation.ContinuationEvaluator} under the juknis 2022 rule set */
  static DisseminationStep juknis2022() {
    return ContinuationEvaluator::evaluate;
  }
}
