package id.kim.rules.lifecycle;

import id.kim.core.agency.Officer;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * T9 — a KIM that is not a partner leaves the register because it dissolved itself or moved to
 * another regency/city (PROPOSED; the juknis only addresses partners). The record is closed and kept.
 * It needs evidence or a document. For a partner the same facts are termination grounds (TERM-5,
 * TERM-7) and go through a review instead (INV-7).
 */
@Value.Immutable
public abstract class Deregister extends LifecycleEvent {

  Deregister() {}

  /** @return why */
  public abstract DeregistrationReason reason();

  @Override
  public final EventKind kind() {
    return EventKind.DEREGISTER;
  }

  /**
   * @param by the officer
   * @param on the day
   * @param reason why
   * @return the event, still without evidence (add it with the builder)
   */
  public static Deregister of(Officer by, LocalDate on, DeregistrationReason reason) {
    return builder().by(by).on(on).reason(reason).build();
  }

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  String details() {
    return reason().name();
  }

  @Override
  public final String toString() {
    return super.toString();
  }

  /** Builds a {@link Deregister}. */
  public static final class Builder extends ImmutableDeregister.Builder {}
}
