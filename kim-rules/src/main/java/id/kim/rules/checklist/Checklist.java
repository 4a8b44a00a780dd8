package id.kim.rules.checklist;

import id.kim.rules.explain.Message;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * Which stages of an ordered process are done. Stages are ticked in order: a stage can be ticked once
 * every earlier required stage is done; an optional stage can be skipped, but not ticked after a later
 * stage. Ticking never changes this value: it returns a new one, or the reason it cannot (a
 * {@link Message} naming the stage and rule).
 *
 * @param <S> the stage type
 */
@Value.Immutable
public abstract class Checklist<S extends Enum<S> & Stage> {
  static final String BUNDLE = "id.kim.rules.checklist.Messages";

  /** @return every stage, in order */
  @Value.Parameter
  public abstract Seq<S> stages();

  /** @return the stages ticked, in order */
  @Value.Parameter
  public abstract Seq<S> done();

  /**
   * @param type an enum of stages, declared in process order
   * @param <S> the stage type
   * @return a checklist of all its stages, none done
   */
  public static <S extends Enum<S> & Stage> Checklist<S> of(Class<S> type) {
    return of(List.of(type.getEnumConstants()));
  }

  /**
   * @param stages stages in process order
   * @param <S> the stage type
   * @return a checklist of those stages, none done
   */
  public static <S extends Enum<S> & Stage> Checklist<S> of(Seq<S> stages) {
    return ImmutableChecklist.of(stages, List.empty());
  }

  /** Rejects a stage list with repeats, or ticks that are not stages of the list, in order. */
  @Value.Check
  protected void check() {
    if (stages().distinct().size() != stages().size() || stages().isEmpty()) {
      throw new IllegalArgumentException("checklist stages must be distinct and non-empty: " + stages());
    }
    Seq<Integer> positions = done().map(s -> stages().indexOf(s));
    if (positions.exists(p -> p < 0) || !positions.equals(positions.sorted().distinct())) {
      throw new IllegalArgumentException("ticked stages " + done() + " are not distinct stages of " + stages()
          + " in order");
    }
  }

  /**
   * @param stage the stage completed
   * @return the checklist with the stage ticked, or why it cannot be ticked
   */
  public Either<Message, Checklist<S>> tick(S stage) {
    int at = stages().indexOf(stage);
    if (at < 0) {
      return Either.left(Message.of(BUNDLE, "checklist.notAStage", stage.ruleId(), stage.label()));
    }
    if (done().contains(stage)) {
      return Either.left(Message.of(BUNDLE, "checklist.alreadyDone", stage.ruleId(), stage.label()));
    }
    Option<S> missing = stages().take(at).find(s -> !s.optional() && !done().contains(s));
    if (missing.isDefined()) {
      return Either.left(Message.of(BUNDLE, "checklist.outOfOrder", stage.ruleId(), stage.label(),
          missing.get().ruleId(), missing.get().label()));
    }
    if (done().exists(s -> stages().indexOf(s) > at)) {
      return Either.left(Message.of(BUNDLE, "checklist.tooLate", stage.ruleId(), stage.label()));
    }
    return Either.right(ImmutableChecklist.of(stages(), done().append(stage)));
  }

  /**
   * @param stage a stage
   * @return true if ticked
   */
  public boolean isDone(S stage) {
    return done().contains(stage);
  }

  /** @return the required stages not yet done, in order */
  public Seq<S> pending() {
    return stages().filter(s -> !s.optional() && !done().contains(s));
  }

  /** @return the next stage that can be ticked, if any: the first not done after the last ticked */
  public Option<S> next() {
    int last = done().isEmpty() ? -1 : stages().indexOf(done().last());
    return stages().drop(last + 1).headOption();
  }

  /** @return true if every required stage is done */
  public boolean isComplete() {
    return pending().isEmpty();
  }

  @Override
  public String toString() {
    return stages().map(s -> (done().contains(s) ? "[x] " : s.optional() ? "[ ] (" : "[ ] ") + s.ruleId()
        + (s.optional() && !done().contains(s) ? ")" : "")).mkString(", ");
  }
}
