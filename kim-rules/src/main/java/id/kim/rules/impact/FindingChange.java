package id.kim.rules.impact;

import id.kim.rules.explain.Outcome;
import id.kim.rules.explain.RuleId;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * A requirement whose outcome differs between the base decision and the variant's, e.g. PARTNER-ADMIN-1
 * {@code SATISFIED → NOT_SATISFIED} when members at entry count for the ASN requirement (GAP-03). A
 * rule the variant removed has no outcome after; a rule only the variant has, none before.
 */
@Value.Immutable(builder = false)
public abstract class FindingChange {

  /** @return the rule whose finding changed */
  @Value.Parameter
  public abstract RuleId ruleId();

  /** @return its outcome under the base rules; none if the base has no such rule */
  @Value.Parameter
  public abstract Option<Outcome> before();

  /** @return its outcome under the variant; none if the variant removed the rule */
  @Value.Parameter
  public abstract Option<Outcome> after();

  /**
   * @param ruleId the rule
   * @param before its outcome under the base rules, if it has one
   * @param after its outcome under the variant, if it has one
   * @return the change
   * @throws IllegalArgumentException if the outcomes are equal: nothing changed
   */
  public static FindingChange of(RuleId ruleId, Option<Outcome> before, Option<Outcome> after) {
    return ImmutableFindingChange.of(ruleId, before, after);
  }

  /** Rejects a change that changes nothing. */
  @Value.Check
  protected void check() {
    if (before().equals(after())) {
      throw new IllegalArgumentException("finding of " + ruleId() + " did not change (" + before() + ")");
    }
  }

  @Override
  public String toString() {
    return ruleId() + " " + before().map(Enum::name).getOrElse("—") + "->" + after().map(Enum::name).getOrElse("—");
  }
}
