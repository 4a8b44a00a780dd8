package id.kim.rules.engine;

import id.kim.rules.explain.Citation;
import id.kim.rules.explain.Evidence;
import id.kim.rules.explain.Finding;
import id.kim.rules.explain.Message;
import id.kim.rules.explain.Outcome;
import id.kim.rules.explain.RuleId;
import id.kim.rules.explain.Severity;
import io.vavr.collection.Array;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * An ordering rule between rules of one set: the {@linkplain #guarded() guarded} rules are evaluated
 * only once the {@linkplain #prerequisites() prerequisites} pass (as the {@link #policy()} defines
 * "pass"); otherwise each guarded rule answers {@link Outcome#NOT_EVALUATED}, naming the gate and
 * the prerequisites that held it back. The juknis' example is QUAL-ORDER: the qualifications
 * (QUAL-1..7) are assessed "setelah memenuhi syarat legal dan administratif" (PARTNER-LEGAL-*,
 * PARTNER-ADMIN-*).
 *
 * <p>A gate names rules by ID, so it survives {@link RuleSet#replacing} and ignores IDs a derived
 * set {@linkplain RuleSet#without disabled}. Any rule family can use gates (termination, mapping,
 * evaluation), not only eligibility.
 */
@Value.Immutable
public abstract class Gate {
  static final String BUNDLE = "id.kim.rules.engine.Messages";

  /** @return the ordering rule's own RULES.md ID, e.g. {@code QUAL-ORDER} */
  public abstract RuleId id();

  /** @return where the ordering comes from */
  public abstract Citation citation();

  /** @return the rules that must pass first */
  public abstract Seq<RuleId> prerequisites();

  /** @return the rules held back until they do */
  public abstract Seq<RuleId> guarded();

  /** @return what "pass" means */
  @Value.Default
  public GatePolicy policy() {
    return GatePolicy.REQUIRE_SATISFIED;
  }

  /**
   * @param id the gate's ID
   * @param citation its source
   * @param prerequisites rules that must pass first
   * @param guarded rules held back until then
   * @return the gate, with the default policy {@link GatePolicy#REQUIRE_SATISFIED}
   */
  public static Gate of(RuleId id, Citation citation, Seq<RuleId> prerequisites, Seq<RuleId> guarded) {
    return ImmutableGate.builder().id(id).citation(citation).prerequisites(prerequisites).guarded(guarded).build();
  }

  /**
   * @param policy another policy
   * @return this gate under that policy
   */
  public Gate withPolicy(GatePolicy policy) {
    return ImmutableGate.copyOf(this).withPolicy(policy);
  }

  /** A rule cannot wait for itself, and a gate must guard something. */
  @Value.Check
  protected void check() {
    if (guarded().isEmpty()) {
      throw new IllegalArgumentException("gate " + id() + " guards no rule");
    }
    prerequisites().find(guarded()::contains).forEach(both -> {
      throw new IllegalArgumentException("gate " + id() + " lists rule " + both
          + " both as prerequisite and as guarded");
    });
  }

  /**
   * @param blockers the prerequisites that held a rule back
   * @return their IDs as the text findings show, e.g. {@code "PARTNER-LEGAL-1, PARTNER-ADMIN-2"}
   */
  static String blockedBy(Seq<RuleId> blockers) {
    return blockers.map(RuleId::value).mkString(", ");
  }

  /**
   * @param rule the guarded rule held back
   * @param blockedBy the prerequisites that held it back, as {@link #blockedBy(Seq)} writes them
   * @return the {@code NOT_EVALUATED} finding for that rule
   */
  Finding heldBack(Rule<?> rule, String blockedBy) {
    return Finding.of(rule.id(), rule.citation(), Outcome.NOT_EVALUATED, Severity.REQUIREMENT,
        Array.of(Evidence.of("gate", id()), Evidence.of("gate.blockedBy", blockedBy)),
        Message.of(BUNDLE, messageKey(), id(), citation().section(), blockedBy), Option.none());
  }

  /** @return the key of the held-back message under this gate's policy */
  @Value.Lazy
  String messageKey() {
    return "gate.notEvaluated." + policy().name();
  }

  @Override
  public String toString() {
    return "Gate[" + id() + " (" + policy() + "): " + guarded().mkString(", ") + " after "
        + prerequisites().mkString(", ") + "]";
  }
}
