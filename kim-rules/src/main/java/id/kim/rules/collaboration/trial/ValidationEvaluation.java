package id.kim.rules.collaboration.trial;

import id.kim.core.community.KimProfile;
import id.kim.core.i18n.Lang;
import id.kim.rules.collaboration.CollaborationMessages;
import id.kim.rules.collaboration.CollaborationModel;
import id.kim.rules.explain.Decision;
import id.kim.rules.explain.Finding;
import id.kim.rules.explain.RuleSetRef;
import id.kim.rules.explain.Verdict;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The reading of a {@link ValidationChecklist} as of one date, under one {@link ValidationPolicy}:
 * one finding per step of the model, in the juknis' order, followed where relevant by advisory
 * warnings (steps dated out of order; for TYPE-B, a designation period outside the running year or
 * longer than the longest example, GAP-27), and the resulting {@link Designation}.
 *
 * <p>Optional steps answer with {@code WARNING} findings and never block the designation (GAP-28);
 * the designation is the only {@code REQUIREMENT}. So {@link #designation()} is present exactly when
 * the {@link #verdict()} is {@link Verdict#ELIGIBLE}.
 */
@Value.Immutable
public abstract class ValidationEvaluation {
  /** The rule-set version: the date of the juknis. */
  public static final String VERSION = "2022.08.30";

  /** @return the KIM */
  public abstract KimProfile kim();

  /** @return the model */
  public abstract CollaborationModel model();

  /** @return the day as of which the checklist was read */
  public abstract LocalDate asOf();

  /** @return the example durations and warnings applied */
  public abstract ValidationPolicy policy();

  /** @return the findings, step by step */
  public abstract Seq<Finding> findings();

  /** @return the designation, if one is recorded by {@link #asOf()} */
  public abstract Option<Designation> designation();

  static ValidationEvaluation of(ValidationChecklist c, LocalDate asOf, ValidationPolicy policy,
      Seq<Finding> findings, Option<Designation> designation) {
    return ImmutableValidationEvaluation.builder().kim(c.kim()).model(c.model()).asOf(asOf).policy(policy)
        .findings(findings).designation(designation).build();
  }

  /** @return ELIGIBLE when designated; NOT_ELIGIBLE otherwise (warnings never count) */
  public Verdict verdict() {
    return Verdict.of(findings());
  }

  /** @return the rule set: the trial and validation steps of this model, juknis 2022 */
  public RuleSetRef ruleSet() {
    return RuleSetRef.of(model() == CollaborationModel.ACTIVE_COORDINATION
        ? "juknis-2022 IV.B MODEL-A-VAL-1..3" : "juknis-2022 IV.B MODEL-B-VAL-1..4", VERSION);
  }

  /** @return the evaluation as a {@link Decision}, for the shared text and JSON renderers */
  public Decision toDecision() {
    return Decision.builder().question(CollaborationMessages.of("question.designation")).subject(subject())
        .findings(findings()).ruleSet(ruleSet()).asOf(asOf()).build();
  }

  /**
   * @param lang the language
   * @return a plain-text explanation, step by step, with citations
   */
  public String explain(Lang lang) {
    return toDecision().explain(lang) + "  " + policy() + "\n";
  }

  /**
   * @param lang the language
   * @return a JSON-ready tree, with the policy applied and the designation
   */
  public Map<String, Object> toTree(Lang lang) {
    Map<String, Object> tree = new LinkedHashMap<>(toDecision().toTree(lang));
    tree.put("policy", policy().toString());
    designation().forEach(d -> tree.put("designation", Map.of("period", d.period().toString(),
        "programmeOrPolicy", d.programmeOrPolicy(), "designatedOn", d.designatedOn().toString(),
        "rule", d.step().ruleId().value())));
    return tree;
  }

  private String subject() {
    return kim().name() + kim().communityNumber().map(n -> " (" + n.printable() + ")").orElse("");
  }

  @Override
  public String toString() {
    return "ValidationEvaluation[" + subject() + ", " + model() + ", asOf " + asOf() + ", " + verdict() + ", "
        + findings().size() + " findings]";
  }
}
