package id.kim.rules.eligibility;

import id.kim.rules.engine.Rule;
import id.kim.rules.explain.Citation;
import id.kim.rules.explain.Evidence;
import id.kim.rules.explain.Finding;
import id.kim.rules.explain.Outcome;
import id.kim.rules.explain.RuleId;
import id.kim.rules.explain.Severity;
import io.vavr.collection.Seq;
import io.vavr.control.Option;

/**
 * Base of the eligibility rules, and of a region's own: a rule ID, its citation, and helpers that
 * turn an outcome, a {@link FindingKey} and the evidence used into a {@link Finding}. Subclasses are
 * stateless and read no clock.
 */
public abstract class EligibilityRule implements Rule<EligibilityFacts> {
  private final RuleId id;
  private final Citation citation;

  /**
   * @param id the rule's RULES.md ID
   * @param citation where it comes from
   */
  protected EligibilityRule(RuleId id, Citation citation) {
    this.id = id;
    this.citation = citation;
  }

  @Override
  public final RuleId id() {
    return id;
  }

  @Override
  public final Citation citation() {
    return citation;
  }

  /**
   * @param key the message
   * @param evidence the facts used
   * @param args message arguments
   * @return a satisfied finding, without remedy
   */
  protected final Finding satisfied(FindingKey key, Seq<Evidence> evidence, Object... args) {
    return finding(Outcome.SATISFIED, Severity.REQUIREMENT, citation, key, evidence, args);
  }

  /**
   * @param key the message and remedy
   * @param evidence the facts used
   * @param args message arguments
   * @return a finding that the requirement is not met
   */
  protected final Finding notSatisfied(FindingKey key, Seq<Evidence> evidence, Object... args) {
    return finding(Outcome.NOT_SATISFIED, Severity.REQUIREMENT, citation, key, evidence, args);
  }

  /**
   * @param source the citation of the reading that fails, e.g. a {@link Citation#proposed proposed} one
   *     chosen by a policy
   * @param key the message and remedy
   * @param evidence the facts used
   * @param args message arguments
   * @return a finding that the requirement is not met, under this rule's ID and that citation
   */
  protected final Finding notSatisfied(Citation source, FindingKey key, Seq<Evidence> evidence, Object... args) {
    return finding(Outcome.NOT_SATISFIED, Severity.REQUIREMENT, source, key, evidence, args);
  }

  /**
   * @param key the message and remedy (what evidence to bring)
   * @param evidence the facts used
   * @param args message arguments
   * @return a finding that the requirement cannot be judged yet
   */
  protected final Finding unknown(FindingKey key, Seq<Evidence> evidence, Object... args) {
    return finding(Outcome.UNKNOWN, Severity.REQUIREMENT, citation, key, evidence, args);
  }

  /**
   * @param source the warning's own citation, usually {@link Citation#proposed proposed} with its gap
   * @param key the message
   * @param evidence the facts used
   * @param args message arguments
   * @return a data-quality warning under this rule's ID; it never changes a decision
   */
  protected final Finding warning(Citation source, FindingKey key, Seq<Evidence> evidence, Object... args) {
    return finding(Outcome.NOT_SATISFIED, Severity.WARNING, source, key, evidence, args);
  }

  private Finding finding(Outcome outcome, Severity severity, Citation source, FindingKey key,
      Seq<Evidence> evidence, Object... args) {
    return Finding.of(
        id,
        source,
        outcome,
        severity,
        evidence,
        key.message(args),
        outcome == Outcome.SATISFIED ? Option.none() : key.remedy(args));
  }

  @Override
  public String toString() {
    return id + " (" + citation + ")";
  }
}
