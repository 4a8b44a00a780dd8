package id.kim.rules.lifecycle;

import id.kim.core.agency.Officer;
import id.kim.rules.explain.RuleId;
import id.kim.rules.explain.RuleSetRef;
import io.vavr.collection.Seq;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * One line of the audit trail: its position, the event (who did what, when, on which evidence), the
 * as-of day it was judged on, under which rule set and policy — and what it led to (the step, the
 * rules applied, the resulting state), recorded so that a later replay can check the trail.
 *
 * <p>Entries are made by {@link AuditTrail#record}; the public builder exists to reload a stored
 * trail, which {@link AuditTrail#of} then re-checks.
 */
@Value.Immutable
public abstract class AuditEntry {

  /** @return the 1-based position in the trail */
  public abstract int sequence();

  /** @return the event */
  public abstract LifecycleEvent event();

  /** @return the day the event was judged and recorded */
  public abstract LocalDate asOf();

  /** @return the step it took */
  public abstract Step step();

  /** @return the state it led to */
  public abstract Status status();

  /** @return the rules the guards applied, and the grounds concerned */
  public abstract Seq<RuleId> rules();

  /** @return the lifecycle rule set */
  public abstract RuleSetRef ruleSet();

  /** @return the policy applied */
  public abstract LifecyclePolicy policy();

  /** @return who acted */
  public Officer by() {
    return event().by();
  }

  /** @return the day of the act */
  public LocalDate on() {
    return event().on();
  }

  /** @return a builder, to reload a stored entry */
  public static Builder builder() {
    return new Builder();
  }

  static AuditEntry of(int sequence, Transition t) {
    return builder().sequence(sequence).event(t.event()).asOf(t.asOf()).step(t.step()).status(t.after().status())
        .rules(t.rules()).ruleSet(t.ruleSet()).policy(t.policy()).build();
  }

  @Override
  public String toString() {
    return "#" + sequence() + " " + step() + " → " + status() + " " + event() + " as of " + asOf() + " ["
        + rules().mkString(", ") + "; " + ruleSet() + "]";
  }

  /** Builds an {@link AuditEntry}. */
  public static final class Builder extends ImmutableAuditEntry.Builder {}
}
