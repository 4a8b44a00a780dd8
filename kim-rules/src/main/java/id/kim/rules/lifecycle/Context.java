package id.kim.rules.lifecycle;

import id.kim.rules.explain.Message;
import id.kim.rules.explain.RuleId;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;

/** One application of an event to a state: what the step handlers read, and how they answer. */
final class Context<E extends LifecycleEvent> {
  final Lifecycle lifecycle;
  final LifecycleState state;
  final E event;
  final LocalDate asOf;

  Context(Lifecycle lifecycle, LifecycleState state, E event, LocalDate asOf) {
    this.lifecycle = lifecycle;
    this.state = state;
    this.event = event;
    this.asOf = asOf;
  }

  /** @return a refusal by the guard of {@code step}, citing its rules and any more */
  Either<Rejection, Transition> reject(Step step, String key, Seq<RuleId> more, Object... args) {
    return Either.left(Rejection.of(event.kind(), state.status(), Option.some(step),
        step.rules().appendAll(more).distinct(),
        Message.of(Rejection.BUNDLE, key, args)));
  }

  /** @return a refusal by the guard of {@code step}, citing its rules */
  Either<Rejection, Transition> reject(Step step, String key, Object... args) {
    return reject(step, key, List.empty(), args);
  }

  /** @return the next state's builder: this state, moved to {@code status} on the event's day */
  ImmutableLifecycleState.Builder next(Status status) {
    return ImmutableLifecycleState.builder().from(state).status(status).since(event.on());
  }

  /** @return the accepted step, citing its rules and any more (e.g. the grounds concerned) */
  Either<Rejection, Transition> accept(Step step, LifecycleState to, Seq<RuleId> more) {
    return Either.right(ImmutableTransition.builder().before(state).after(to).event(event).asOf(asOf).step(step)
        .rules(step.rules().appendAll(more).distinct()).ruleSet(lifecycle.ref()).policy(lifecycle.policy()).build());
  }

  /** @return the accepted step, citing its rules */
  Either<Rejection, Transition> accept(Step step, LifecycleState to) {
    return accept(step, to, List.empty());
  }
}
