package id.kim.rules.evaluation;

import id.kim.core.i18n.Bundles;
import id.kim.core.i18n.Lang;
import id.kim.core.monitoring.MeasurementLevel;
import id.kim.rules.explain.Finding;
import id.kim.rules.explain.Outcome;
import id.kim.rules.explain.RuleId;
import io.vavr.collection.Seq;

/**
 * What the evaluation recommends about continuing the collaboration (kelanjutan kolaborasi,
 * MONITOR-PURPOSE). There is deliberately no "terminate": performance affects renewal only, never
 * termination (RULES.md GAP-40).
 */
public enum Recommendation {
  /** Lanjutkan — every threshold of the policy is met and there is enough data. */
  CONTINUE,
  /** Tinjau saat perpanjangan — a threshold is not met: consider it when the partnership period is renewed. */
  REVIEW_AT_RENEWAL,
  /** Data belum cukup — the log or the measures needed are missing for the period. */
  INSUFFICIENT_DATA;

  /**
   * The recommendation the findings imply: a requirement not satisfied gives
   * {@link #REVIEW_AT_RENEWAL}; else no logged activity (MONITOR-COL-3 not satisfied), no measurable
   * level at all, or a level the policy requires not measurable gives {@link #INSUFFICIENT_DATA}; else
   * {@link #CONTINUE}. Warnings never count; a rule removed from the rule set does not block (but a
   * level the policy requires must still have its measure rule).
   *
   * @param findings the evaluation's findings
   * @param policy the policy applied
   * @return the recommendation
   */
  public static Recommendation of(Seq<Finding> findings, ContinuationPolicy policy) {
    if (findings.exists(Finding::isFailure)) {
      return REVIEW_AT_RENEWAL;
    }
    boolean logged = findings.find(f -> f.ruleId().equals(MonitorRules.ACTIVITY))
        .map(f -> f.outcome() == Outcome.SATISFIED).getOrElse(true);
    boolean anyMeasureRule = false;
    boolean anyMeasured = false;
    for (MeasurementLevel level : MeasurementLevel.values()) {
      Outcome outcome = outcomeOf(findings, level);
      anyMeasureRule |= outcome != Outcome.NOT_EVALUATED;
      anyMeasured |= outcome == Outcome.SATISFIED;
      if (outcome != Outcome.SATISFIED && policy.requiredLevels().contains(level)) {
        return INSUFFICIENT_DATA;
      }
    }
    anyMeasured |= !anyMeasureRule;
    return logged && anyMeasured ? CONTINUE : INSUFFICIENT_DATA;
  }

  private static Outcome outcomeOf(Seq<Finding> findings, MeasurementLevel level) {
    return findings.find(f -> f.ruleId().equals(RuleId.of(level.ruleId()))).map(Finding::outcome)
        .getOrElse(Outcome.NOT_EVALUATED);
  }

  /**
   * @param lang the language
   * @return e.g. "LANJUTKAN KOLABORASI"
   */
  public String label(Lang lang) {
    return Bundles.format(EvaluationMessages.BUNDLE, "recommendation." + name(), lang);
  }
}
