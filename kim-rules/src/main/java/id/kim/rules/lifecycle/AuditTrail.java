package id.kim.rules.lifecycle;

import static id.kim.core.validation.MissingValueException.requireNonNull;

import id.kim.core.agency.Dinas;
import id.kim.rules.explain.Message;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The history of one KIM towards one Dinas: an append-only, immutable list of {@link AuditEntry}s
 * after a candidate state — who did what, when, on which evidence, under which rule set and policy.
 * Recording returns a new trail and leaves this one as it was; a rejected event adds nothing.
 *
 * <p>The current state is derived from the trail alone: {@link #replay()} applies every entry's event
 * again, from the first state, under the entry's own rule set and policy, and checks each result
 * against what the entry recorded — so a stored trail can be re-checked years later. A corrupt trail
 * answers with the first {@link Rejection}, naming the entry where it breaks.
 */
@Value.Immutable
public abstract class AuditTrail {

  /** @return the first state: the candidate */
  public abstract LifecycleState initial();

  /** @return the entries, oldest first */
  public abstract Seq<AuditEntry> entries();

  /** @return the current state, kept as entries are recorded (equal to {@link #replay()}) */
  @Value.Auxiliary
  public abstract Either<Rejection, LifecycleState> state();

  /**
   * @param kimName the group's name
   * @param dinas the regency/city Dinas
   * @param since the day the Dinas first recorded the group
   * @return an empty trail after the candidate state
   */
  public static AuditTrail start(String kimName, Dinas dinas, LocalDate since) {
    LifecycleState initial = LifecycleState.candidate(kimName, dinas, since);
    return ImmutableAuditTrail.builder().initial(initial).entries(Vector.empty()).state(Either.right(initial)).build();
  }

  /**
   * Reloads a stored trail; whether it holds is answered by {@link #state()} and {@link #replay()}.
   *
   * @param initial the stored first state (a candidate)
   * @param entries the stored entries, oldest first
   * @return the trail
   */
  public static AuditTrail of(LifecycleState initial, Seq<AuditEntry> entries) {
    Seq<AuditEntry> stored = Vector.ofAll(requireNonNull(entries, "entries"));
    return ImmutableAuditTrail.builder().initial(initial).entries(stored).state(replay(initial, stored)).build();
  }

  /** @return the number of entries */
  public int size() {
    return entries().size();
  }

  /**
   * @param lifecycle the lifecycle to judge by
   * @param event what happened
   * @param asOf the day it is judged and recorded
   * @return the longer trail, or why the event was refused (this trail is unchanged either way)
   */
  public Either<Rejection, AuditTrail> record(Lifecycle lifecycle, LifecycleEvent event, LocalDate asOf) {
    requireNonNull(lifecycle, "lifecycle");
    return state().flatMap(s -> lifecycle.apply(s, event, asOf)).map(this::appended);
  }

  /**
   * @param event what happened
   * @param asOf the day it is judged and recorded
   * @return the longer trail under {@link Lifecycle#standard()}, or why the event was refused
   */
  public Either<Rejection, AuditTrail> record(LifecycleEvent event, LocalDate asOf) {
    return record(Lifecycle.standard(), event, asOf);
  }

  /**
   * @param transition a transition made by {@link Lifecycle#apply} from this trail's current state
   * @return the longer trail, or a rejection if the transition starts from another state
   */
  public Either<Rejection, AuditTrail> append(Transition transition) {
    requireNonNull(transition, "transition");
    return state().flatMap(s -> s.equals(transition.before()) ? Either.right(appended(transition))
        : Either.left(Rejection.of(transition.event().kind(), s.status(), Option.some(transition.step()),
            transition.step().rules(),
            Message.of(Rejection.BUNDLE, "trail.notFromCurrent", transition.before().status(),
                s.status()))));
  }

  /** @return the state derived again from the first state and every entry, or the first break */
  public Either<Rejection, LifecycleState> replay() {
    return replay(initial(), entries());
  }

  private AuditTrail appended(Transition t) {
    return ImmutableAuditTrail.builder().initial(initial()).entries(entries().append(AuditEntry.of(size() + 1, t)))
        .state(Either.right(t.after())).build();
  }

  private static Either<Rejection, LifecycleState> replay(LifecycleState initial, Seq<AuditEntry> entries) {
    LifecycleState state = initial;
    int position = 0;
    for (AuditEntry e : entries) {
      position++;
      if (e.sequence() != position) {
        return Either.left(broken(e, state, "trail.sequence", position, e.sequence(), position));
      }
      Either<Rejection, Transition> t = Lifecycle.of(e.ruleSet(), e.policy()).apply(state, e.event(), e.asOf());
      if (t.isLeft()) {
        return Either.left(t.getLeft().atEntry(position));
      }
      Transition done = t.get();
      if (done.step() != e.step() || done.after().status() != e.status() || !done.rules().equals(e.rules())) {
        return Either.left(broken(e, state, "trail.mismatch", position, e.step(), e.status(), done.step(),
            done.after().status()));
      }
      state = done.after();
    }
    return Either.right(state);
  }

  private static Rejection broken(AuditEntry e, LifecycleState state, String key, int position, Object... args) {
    return Rejection.of(e.event().kind(), state.status(), Option.some(e.step()), e.step().rules(),
        Message.of(Rejection.BUNDLE, key, args)).atEntry(position);
  }

  /** A trail tells a whole life: it starts at a candidate. */
  @Value.Check
  protected void checkInitial() {
    if (initial().status() != Status.CANDIDATE) {
      throw new IllegalArgumentException("an audit trail starts at a CANDIDATE state, got " + initial().status());
    }
  }

  @Override
  public String toString() {
    return "AuditTrail[" + initial().kimName() + " → " + initial().dinas().name() + ", " + size() + " entries, "
        + state().fold(r -> "broken at entry " + r.entry().getOrElse(0), s -> s.status().name()) + "]";
  }
}
