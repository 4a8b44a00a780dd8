package id.kim.rules.lifecycle;

import id.kim.core.agency.Officer;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * T8 — the Dinas records that partnership periods have ended. Judged as of the as-of day: a period is
 * over once its last day is before that day, so a period ending on the as-of day is still running and
 * cannot be recorded as ended. When every period is over the KIM returns to CATEGORISED (T8); when
 * another is still running it stays PARTNER (T8b, INV-4). Renewal is a new designation (RULES.md
 * GAP-27, PROPOSED); inactivity is never a ground for termination (GAP-40).
 */
@Value.Immutable
public abstract class PeriodEnded extends LifecycleEvent {

  PeriodEnded() {}

  @Override
  public final EventKind kind() {
    return EventKind.PERIOD_ENDED;
  }

  /**
   * @param by the officer
   * @param on the day
   * @return the event
   */
  public static PeriodEnded of(Officer by, LocalDate on) {
    return builder().by(by).on(on).build();
  }

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public final String toString() {
    return super.toString();
  }

  /** Builds a {@link PeriodEnded}. */
  public static final class Builder extends ImmutablePeriodEnded.Builder {}
}
