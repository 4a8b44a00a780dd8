package id.kim.rules.evaluation;

import id.kim.core.community.KimRef;
import id.kim.core.i18n.Lang;
import id.kim.rules.explain.Citation;
import id.kim.rules.explain.Finding;
import id.kim.rules.explain.RuleSetRef;
import io.vavr.collection.Seq;
import java.time.LocalDate;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Whether to continue the collaboration with one KIM, judged on one period's monitoring (MONITOR-PURPOSE:
 * "Untuk menentukan kelanjutan kolaborasi"): every finding, the three measures, the policy and rule set
 * used, and the {@link Recommendation} the findings imply.
 */
@Value.Immutable
public abstract class CollaborationEvaluation {

  /** @return the KIM evaluated */
  public abstract KimRef kim();

  /** @return the period evaluated */
  public abstract MeasurementPeriod period();

  /** @return the day of the evaluation */
  public abstract LocalDate asOf();

  /** @return the Dinas' thresholds applied */
  public abstract ContinuationPolicy policy();

  /** @return the rule set and version */
  public abstract RuleSetRef ruleSet();

  /** @return every finding, in the rule set's order */
  public abstract Seq<Finding> findings();

  /** @return MEASURE-1 */
  public abstract OutputResult output();

  /** @return MEASURE-2 */
  public abstract OuttakesResult outtakes();

  /** @return MEASURE-3 */
  public abstract OutcomeResult outcome();

  /**
   * @return what the findings imply for a partner; the recommendation is given for partners only
   *     (MONITOR-PURPOSE): use {@link ContinuationEvaluator#advise}, which withholds it for any other KIM
   */
  @Value.Derived
  public Recommendation recommendation() {
    return Recommendation.of(findings(), policy());
  }

  /** @return the juknis basis of the question itself */
  public Citation citation() {
    return MonitorRules.PURPOSE_CITATION;
  }

  /** @return a builder — the SDK computes an evaluation; the builder is public to reload a stored one (kim-json) */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @param lang the language
   * @return a plain-text explanation: recommendation, then each rule with outcome, citation, evidence and remedy
   */
  public String explain(Lang lang) {
    return EvaluationText.render(this, lang);
  }

  /**
   * @param lang the language of the messages
   * @return a JSON-ready tree of maps, lists and strings
   */
  public Map<String, Object> toTree(Lang lang) {
    return EvaluationText.tree(this, lang);
  }

  @Override
  public String toString() {
    return "CollaborationEvaluation[" + recommendation() + ", " + kim() + ", " + period() + ", asOf " + asOf() + "]";
  }

  /** Builds a {@link CollaborationEvaluation}. */
  public static final class Builder extends ImmutableCollaborationEvaluation.Builder {}
}
