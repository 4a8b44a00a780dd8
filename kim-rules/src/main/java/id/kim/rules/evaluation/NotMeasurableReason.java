package id.kim.rules.evaluation;

import id.kim.core.i18n.Bundles;
import id.kim.core.i18n.Lang;

/** Why a measure has no value (tidak terukur) for a period. */
public enum NotMeasurableReason {
  /** Nothing was recorded in the period for this measure (no post, no tally, no survey, no count). */
  NO_DATA_IN_PERIOD,
  /** A starting value is missing: no follower count before the period, no baseline survey. */
  MISSING_BASELINE,
  /** The formula divides by zero: no posts to average over, zero followers at the start, no respondents. */
  DIVISION_BY_ZERO;

  /**
   * @param lang the language
   * @return the reason in words
   */
  public String label(Lang lang) {
    return Bundles.format(EvaluationMessages.BUNDLE, "notMeasurable." + name(), lang);
  }
}
