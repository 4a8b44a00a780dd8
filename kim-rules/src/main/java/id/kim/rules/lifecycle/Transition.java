package id.kim.rules.lifecycle;

import id.kim.rules.explain.Citation;
import id.kim.rules.explain.RuleId;
import id.kim.rules.explain.RuleSetRef;
import io.vavr.collection.Seq;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * One accepted step: the state before and after, the event, the as-of day it was judged on, the step
 * (T1–T9) and the rules its guards applied (with the grounds under review or proven, for T5/T6), under
 * which rule set and policy. Made only by {@link Lifecycle#apply}.
 */
@Value.Immutable
public abstract class Transition {

  /** @return the state before */
  public abstract LifecycleState before();

  /** @return the state after */
  public abstract LifecycleState after();

  /** @return the event applied */
  public abstract LifecycleEvent event();

  /** @return the day as of which the event was judged */
  public abstract LocalDate asOf();

  /** @return the step taken */
  public abstract Step step();

  /** @return the rules the guards applied, and the grounds concerned (TERM-x) */
  public abstract Seq<RuleId> rules();

  /** @return the lifecycle rule set */
  public abstract RuleSetRef ruleSet();

  /** @return the policy applied */
  public abstract LifecyclePolicy policy();

  /** @return where the step comes from */
  public Citation citation() {
    return step().citation();
  }

  @Override
  public String toString() {
    return "Transition[" + step() + " " + before().status() + " → " + after().status() + " as of " + asOf() + ", "
        + event()
        + ", rules " + rules().mkString(", ") + ", " + ruleSet() + "]";
  }
}
