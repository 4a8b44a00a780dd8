package id.kim.rules.lifecycle;

import static id.kim.core.validation.MissingValueException.requireNonNull;

import id.kim.rules.explain.Message;
import id.kim.rules.explain.RuleId;
import id.kim.rules.explain.RuleSetRef;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;

/**
 * The life of a KIM towards one regency/city Dinas as a state machine (RULES.md §3): every step is a
 * pure function {@code (state, event, asOf) → Either<Rejection, Transition>}. An event is checked in
 * this order, and the first failing check is the answer:
 * <ol>
 *   <li>the state allows the event ({@link EventKind#allowedIn()}) — otherwise the rejection names the
 *       states that do;</li>
 *   <li>the acting officer belongs to the Dinas of this lifecycle (INV-6);</li>
 *   <li>the event is not dated after the as-of day, nor before the last recorded step;</li>
 *   <li>the guards of the step (T1–T9), which cite their rules.</li>
 * </ol>
 * The as-of day is the day the step is judged and recorded; an event may be recorded late, and every
 * date guard (periods, freshness, indications) is judged on the event's own day, so a late record gets
 * the same answer as a timely one — and a replay gets the same answer as the first run.
 *
 * <p>A rejected event changes nothing: the state passed in is a value and stays what it was. Immutable
 * and thread-safe.
 */
public final class Lifecycle {
  /** The lifecycle rules of the 2022 juknis. */
  public static final RuleSetRef JUKNIS_2022 = RuleSetRef.of("juknis-2022-lifecycle", "2022.08.30");
  private static final Lifecycle STANDARD = new Lifecycle(JUKNIS_2022, LifecyclePolicy.standard());
  private static final Seq<RuleId> ACTOR_RULES = List.of(RuleId.of("INV-6"));

  private final RuleSetRef ref;
  private final LifecyclePolicy policy;

  private Lifecycle(RuleSetRef ref, LifecyclePolicy policy) {
    this.ref = ref;
    this.policy = policy;
  }

  /** @return the lifecycle of the 2022 juknis with the default policy */
  public static Lifecycle standard() {
    return STANDARD;
  }

  /**
   * @param policy the choices where the juknis is silent
   * @return the lifecycle of the 2022 juknis under that policy
   */
  public static Lifecycle of(LifecyclePolicy policy) {
    return new Lifecycle(JUKNIS_2022, requireNonNull(policy, "policy"));
  }

  /**
   * @param ref the rule set's name and version, as recorded in a trail
   * @param policy the policy, as recorded in a trail
   * @return the lifecycle under that name and policy
   */
  public static Lifecycle of(RuleSetRef ref, LifecyclePolicy policy) {
    return new Lifecycle(requireNonNull(ref, "ref"), requireNonNull(policy, "policy"));
  }

  /** @return the rule set's name and version, recorded with every transition */
  public RuleSetRef ref() {
    return ref;
  }

  /** @return the policy, recorded with every transition */
  public LifecyclePolicy policy() {
    return policy;
  }

  /**
   * @param state the current state
   * @param event what happened
   * @param asOf the day the step is judged and recorded
   * @return the transition, or why the event was refused
   */
  public Either<Rejection, Transition> apply(LifecycleState state, LifecycleEvent event, LocalDate asOf) {
    requireNonNull(state, "state");
    requireNonNull(event, "event");
    requireNonNull(asOf, "asOf");
    EventKind kind = event.kind();
    if (!kind.isAllowedIn(state.status())) {
      return Either.left(NotAllowed.of(kind, state.status()));
    }
    if (!event.by().dinas().equals(state.dinas())) {
      return reject(kind, state, ACTOR_RULES, "guard.actorDinas", event.by().dinas().name(), state.dinas().name());
    }
    if (event.on().isAfter(asOf)) {
      return reject(kind, state, List.empty(), "guard.future", event.on(), asOf);
    }
    if (event.on().isBefore(state.since())) {
      return reject(kind, state, List.empty(), "guard.beforeLast", event.on(), state.since());
    }
    return step(state, event, asOf);
  }

  private Either<Rejection, Transition> step(LifecycleState state, LifecycleEvent event, LocalDate asOf) {
    return switch (event.kind()) {
      case REGISTER ->
          RegistrationSteps.register(new Context<>(this, state, (Register) event, asOf));
      case ENTER_MAPPING ->
          RegistrationSteps.enterMapping(new Context<>(this, state, (EnterMapping) event, asOf));
      case CATEGORISE ->
          RegistrationSteps.categorise(new Context<>(this, state, (Categorise) event, asOf));
      case DESIGNATE ->
          PartnershipSteps.designate(new Context<>(this, state, (Designate) event, asOf));
      case OPEN_REVIEW ->
          ReviewSteps.openReview(new Context<>(this, state, (OpenReview) event, asOf));
      case CLEAR_REVIEW ->
          ReviewSteps.clearReview(new Context<>(this, state, (ClearReview) event, asOf));
      case TERMINATE -> ReviewSteps.terminate(new Context<>(this, state, (Terminate) event, asOf));
      case PERIOD_ENDED ->
          PartnershipSteps.periodEnded(new Context<>(this, state, (PeriodEnded) event, asOf));
      case DEREGISTER ->
          RegistrationSteps.deregister(new Context<>(this, state, (Deregister) event, asOf));
      default -> throw new IllegalStateException("unknown event kind " + event.kind());
    };
  }

  private static Either<Rejection, Transition> reject(EventKind kind, LifecycleState state, Seq<RuleId> rules,
      String key,
      Object... args) {
    return Either.left(Rejection.of(kind, state.status(), Option.none(), rules,
        Message.of(Rejection.BUNDLE, key, args)));
  }

  @Override
  public String toString() {
    return "Lifecycle[" + ref + ", " + policy + "]";
  }
}
