package id.kim.rules.engine;

import id.kim.rules.explain.Finding;
import id.kim.rules.explain.RuleId;
import id.kim.rules.explain.RuleSetRef;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A named, versioned, ordered collection of rules over the same facts. A rule set is a value: to
 * change it, derive a new one — {@link #with(Rule)}, {@link #without(RuleId)},
 * {@link #replacing(RuleId, Rule)} — and give it a name and version of its own with
 * {@link #named(String, String)}, so a decision always records exactly which rules produced it.
 *
 * <p>{@linkplain #gates() Gates} order rules: a guarded rule is evaluated only once its
 * prerequisites pass, otherwise it answers {@code NOT_EVALUATED} (RULES.md QUAL-ORDER is the juknis'
 * example). Each rule's data-quality {@linkplain Rule#warnings warnings} follow its finding.
 *
 * @param <F> the facts its rules read
 */
@Value.Immutable
public abstract class RuleSet<F> {

  /** @return name and version */
  public abstract RuleSetRef ref();

  /** @return the rules, in evaluation order; IDs are unique */
  public abstract Seq<Rule<F>> rules();

  /** @return the ordering rules between the set's rules; none by default */
  @Value.Default
  public Seq<Gate> gates() {
    return List.empty();
  }

  /** @return the evaluation plan, computed once */
  @Value.Lazy
  GatePlan<F> plan() {
    return GatePlan.of(rules(), gates(), ref());
  }

  /**
   * @param name the rule set's name
   * @param version its version
   * @param rules its rules, in order
   * @param <F> the facts
   * @return the rule set
   * @throws IllegalArgumentException if two rules share an ID
   */
  public static <F> RuleSet<F> of(String name, String version, Seq<Rule<F>> rules) {
    return ImmutableRuleSet.<F>builder().ref(RuleSetRef.of(name, version)).rules(rules).build();
  }

  /**
   * @param name the rule set's name
   * @param version its version
   * @param rules its rules, in order
   * @param gates the ordering rules between them
   * @param <F> the facts
   * @return the rule set
   * @throws IllegalArgumentException if two rules share an ID or the gates wait for each other in a cycle
   */
  public static <F> RuleSet<F> of(String name, String version, Seq<Rule<F>> rules, Seq<Gate> gates) {
    return ImmutableRuleSet.<F>builder().ref(RuleSetRef.of(name, version)).rules(rules).gates(gates).build();
  }

  /**
   * Rejects duplicate rule IDs, which would make "replace or disable by ID" ambiguous, and gates
   * that wait for each other.
   */
  @Value.Check
  protected void checkUniqueIds() {
    Seq<RuleId> ids = rules().map(Rule::id);
    ids.groupBy(id -> id).filter(t -> t._2.size() > 1).headOption().forEach(dup -> {
      throw new IllegalArgumentException("rule set " + ref() + " has rule " + dup._1 + " more than once");
    });
    gates().map(Gate::id).groupBy(id -> id).filter(t -> t._2.size() > 1).headOption().forEach(dup -> {
      throw new IllegalArgumentException("rule set " + ref() + " has gate " + dup._1 + " more than once");
    });
    plan();
  }

  /**
   * @param id a rule ID
   * @return the rule with that ID, if present
   */
  public Option<Rule<F>> rule(RuleId id) {
    return rules().find(r -> r.id().equals(id));
  }

  /**
   * @param rule a rule whose ID is not yet in the set
   * @return a rule set with the rule added at the end
   * @throws IllegalArgumentException if the set already has a rule with that ID (use {@link #replacing})
   */
  public RuleSet<F> with(Rule<F> rule) {
    if (rule(rule.id()).isDefined()) {
      throw new IllegalArgumentException("rule set " + ref() + " already has rule " + rule.id()
          + "; use replacing(" + rule.id() + ", rule) to change it");
    }
    return ImmutableRuleSet.<F>builder().from(this).rules(rules().append(rule)).build();
  }

  /**
   * @param id the ID of a rule in the set
   * @return a rule set without that rule (a region whose policy disables it)
   * @throws IllegalArgumentException if the set has no such rule
   */
  public RuleSet<F> without(RuleId id) {
    requirePresent(id);
    return ImmutableRuleSet.<F>builder().from(this).rules(rules().filter(r -> !r.id().equals(id))).build();
  }

  /**
   * @param id the ID of a rule in the set
   * @param rule the rule to use instead, in the same position
   * @return the derived rule set
   * @throws IllegalArgumentException if the set has no such rule
   */
  public RuleSet<F> replacing(RuleId id, Rule<F> rule) {
    requirePresent(id);
    return ImmutableRuleSet.<F>builder().from(this).rules(rules().map(r -> r.id().equals(id) ? rule : r)).build();
  }

  /**
   * @param gate an ordering rule between rules of this set
   * @return a rule set with the gate added
   * @throws IllegalArgumentException if the set already has a gate with that ID, or the gates would
   *     wait for each other in a cycle
   */
  public RuleSet<F> withGate(Gate gate) {
    return ImmutableRuleSet.<F>builder().from(this).gates(gates().append(gate)).build();
  }

  /**
   * @param gate a gate replacing the one of the same ID (e.g. under another {@link GatePolicy})
   * @return the derived rule set
   * @throws IllegalArgumentException if the set has no gate with that ID
   */
  public RuleSet<F> replacingGate(Gate gate) {
    if (gates().find(g -> g.id().equals(gate.id())).isEmpty()) {
      throw new IllegalArgumentException("rule set " + ref() + " has no gate " + gate.id() + "; its gates are "
          + gates().map(g -> g.id().value()).mkString(", "));
    }
    return ImmutableRuleSet.<F>builder().from(this)
        .gates(gates().map(g -> g.id().equals(gate.id()) ? gate : g)).build();
  }

  /**
   * @param name a new name
   * @param version a new version
   * @return the same rules under another name and version
   */
  public RuleSet<F> named(String name, String version) {
    return ImmutableRuleSet.<F>builder().from(this).ref(RuleSetRef.of(name, version)).build();
  }

  /**
   * Evaluates every rule — never stopping at the first failure. A rule held back by a gate answers
   * {@code NOT_EVALUATED}; every other rule's finding is followed by its warnings.
   *
   * @param facts the facts
   * @param asOf the as-of date
   * @return one finding per rule, in the set's order, each followed by the rule's warnings
   */
  public Seq<Finding> evaluateAll(F facts, LocalDate asOf) {
    return plan().evaluate(facts, asOf);
  }

  private void requirePresent(RuleId id) {
    if (rule(id).isEmpty()) {
      throw new IllegalArgumentException("rule set " + ref() + " has no rule " + id + "; its rules are "
          + rules().map(r -> r.id().value()).mkString(", "));
    }
  }

  @Override
  public String toString() {
    return "RuleSet[" + ref() + ": " + rules().map(r -> r.id().value()).mkString(", ")
        + (gates().isEmpty() ? "" : "; " + gates().mkString(", ")) + "]";
  }
}
