package id.kim.rules.impact;

import id.kim.rules.explain.Decision;
import id.kim.rules.explain.Finding;
import id.kim.rules.explain.Outcome;
import id.kim.rules.explain.RuleId;
import id.kim.rules.explain.Severity;
import id.kim.rules.explain.Verdict;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * What a variant does to one KIM: its decision under the base rules and under the variant (same
 * question, same facts, same as-of date), the {@link Transition} of the verdict and the requirements
 * whose outcome changed. Warnings never count: they never change a decision.
 */
@Value.Immutable
public abstract class KimImpact {

  /** @return where the KIM is tallied */
  public abstract Area area();

  /** @return the decision under the base rules */
  public abstract Decision base();

  /** @return the decision under the variant */
  public abstract Decision variant();

  /**
   * @param area where the KIM is tallied
   * @param base the decision under the base rules
   * @param variant the decision under the variant
   * @return the impact
   */
  public static KimImpact of(Area area, Decision base, Decision variant) {
    return ImmutableKimImpact.builder().area(area).base(base).variant(variant).build();
  }

  /** Both decisions answer the same question about the same KIM as of the same day. */
  @Value.Check
  protected void check() {
    if (!base().subject().equals(variant().subject()) || !base().asOf().equals(variant().asOf())
        || !base().question().equals(variant().question())) {
      throw new IllegalArgumentException("the base and the variant decision must answer the same question about the "
          + "same KIM as of the same day");
    }
  }

  /** @return who the decisions are about (masked as in {@link Decision#subject()}) */
  public String subject() {
    return base().subject();
  }

  /** @return the verdict before and after */
  @Value.Derived
  public Transition transition() {
    return Transition.of(base().verdict(), variant().verdict());
  }

  /** @return the requirements whose outcome changed, in the base's order, then rules only the variant has */
  @Value.Derived
  public Seq<FindingChange> changedFindings() {
    Map<RuleId, Outcome> before = outcomes(base());
    Map<RuleId, Outcome> after = outcomes(variant());
    return before.keySet().toList().appendAll(after.keySet().toList().filter(id -> !before.containsKey(id)))
        .filter(id -> !before.get(id).equals(after.get(id)))
        .map(id -> FindingChange.of(id, before.get(id), after.get(id)));
  }

  /**
   * The rules that flip the verdict, among those whose outcome changed: for a worse verdict, the
   * rules that now fail ({@code NOT_SATISFIED} for NOT_ELIGIBLE, not yet known for INCOMPLETE); for a
   * better one, the rules that failed or were not known before (a removed rule included). Rules only
   * held back or released by QUAL-ORDER follow from these and are not named; if nothing else
   * changed, every changed rule is named.
   *
   * @return the rules responsible for the transition; empty if the verdict did not change
   */
  public Seq<RuleId> responsibleRules() {
    Transition t = transition();
    if (!t.changed()) {
      return List.empty();
    }
    boolean worse = rank(t.to()) > rank(t.from());
    Verdict blocking = worse ? t.to() : t.from();
    Seq<FindingChange> causes = changedFindings().filter(c -> blocks(worse ? c.after() : c.before(), blocking));
    return (causes.isEmpty() ? changedFindings() : causes).map(FindingChange::ruleId);
  }

  private static int rank(Verdict v) {
    return switch (v) {
      case ELIGIBLE -> 0;
      case INCOMPLETE -> 1;
      case NOT_ELIGIBLE -> 2;
    };
  }

  private static boolean blocks(Option<Outcome> outcome, Verdict verdict) {
    return outcome.exists(o -> verdict == Verdict.NOT_ELIGIBLE ? o == Outcome.NOT_SATISFIED : o != Outcome.SATISFIED);
  }

  private static Map<RuleId, Outcome> outcomes(Decision d) {
    Map<RuleId, Outcome> out = LinkedHashMap.empty();
    for (Finding f : d.findings()) {
      if (f.severity() == Severity.REQUIREMENT && !out.containsKey(f.ruleId())) {
        out = out.put(f.ruleId(), f.outcome());
      }
    }
    return out;
  }

  /** @return the compact form the impact's list keeps */
  public KimChange change() {
    return KimChange.of(subject(), area(), transition(), changedFindings(), responsibleRules());
  }

  @Override
  public String toString() {
    return "KimImpact[" + subject() + ", " + transition() + ", " + changedFindings().mkString("; ") + "]";
  }
}
