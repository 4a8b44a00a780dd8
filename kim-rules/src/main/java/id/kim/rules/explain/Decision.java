package id.kim.rules.explain;

import id.kim.core.i18n.Lang;
import id.kim.core.privacy.Mask;
import io.vavr.collection.Seq;
import java.time.LocalDate;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The answer to one question about one KIM — "may it enter the mapping?", "may we partner with it?"
 * — as of one date, under one rule set: every finding, and the {@link Verdict} they imply. The verdict
 * is derived from the findings and cannot disagree with them.
 *
 * <p>A decision is an administrative act about a citizens' group: it can be printed for the group
 * ({@link #explain(Lang)}), stored as JSON ({@link #toTree(Lang)}) and re-checked later with the
 * recorded rule set and date.
 */
@Value.Immutable
public abstract class Decision {

  /** @return the question answered, e.g. "Kelayakan bermitra" */
  public abstract Message question();

  /**
   * @return who the decision is about, e.g. {@code "KIM Gumbrih (KIM/5101/0007)"}; personal data with
   *     a recognisable shape (a population-NIK-shaped number, a mobile number, an e-mail address) is
   *     masked when the decision is built ({@link Mask#inText}), whatever built it
   */
  public abstract String subject();

  /** @return every finding, in the rule set's order */
  public abstract Seq<Finding> findings();

  /** @return the rule set and version that produced it */
  public abstract RuleSetRef ruleSet();

  /** @return the date as of which documents, periods and assessments were judged */
  public abstract LocalDate asOf();

  /** @return the overall answer, derived from the findings */
  @Value.Derived
  public Verdict verdict() {
    return Verdict.of(findings());
  }

  /** @return this decision, its subject masked ({@link Mask#inText}) if it held personal data */
  @Value.Check
  protected Decision masked() {
    String shown = Mask.inText(subject());
    return shown.equals(subject()) ? this : builder().from(this).subject(shown).build();
  }

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the requirements not satisfied */
  public Seq<Finding> failures() {
    return findings().filter(Finding::isFailure);
  }

  /**
   * @param lang the language
   * @return a plain-text explanation, rule by rule, with citations and remedies
   */
  public String explain(Lang lang) {
    return DecisionText.render(this, lang);
  }

  /**
   * @param lang the language of the messages
   * @return a JSON-ready tree of maps, lists and strings (any JSON library can write it)
   */
  public Map<String, Object> toTree(Lang lang) {
    return ResultTree.decision(this, lang);
  }

  @Override
  public String toString() {
    return "Decision[" + verdict() + ", " + subject() + ", " + ruleSet() + ", asOf " + asOf() + ", "
        + findings().size() + " findings]";
  }

  /** Builds a {@link Decision}. */
  public static final class Builder extends ImmutableDecision.Builder {}
}
