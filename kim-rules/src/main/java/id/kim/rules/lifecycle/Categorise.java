package id.kim.rules.lifecycle;

import static id.kim.core.validation.MissingValueException.requireNonNull;

import id.kim.core.agency.Officer;
import id.kim.core.privacy.Mask;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * T3 — categorisation (kategorisasi): the KIM is placed on the interest/power/influence grid and its
 * priority decided (MAP-STAGE-C..E). Repeated later it is a re-assessment (T3b). After a termination
 * it is the re-entry (T3r) that must carry a {@link #rationale()} (RULES.md GAP-38, PROPOSED); a
 * designation may then follow only on a fresh eligibility decision.
 */
@Value.Immutable
public abstract class Categorise extends LifecycleEvent {

  Categorise() {}

  /** @return why — required when re-entering after a termination */
  @Value.Default
  public Option<String> rationale() {
    return Option.none();
  }

  @Override
  public final EventKind kind() {
    return EventKind.CATEGORISE;
  }

  /**
   * @param by the officer
   * @param on the day
   * @return the event, without rationale
   */
  public static Categorise of(Officer by, LocalDate on) {
    return builder().by(by).on(on).build();
  }

  /**
   * @param by the officer
   * @param on the day
   * @param rationale why (required for a re-entry after termination)
   * @return the event
   */
  public static Categorise of(Officer by, LocalDate on, String rationale) {
    return builder().by(by).on(on).rationale(Option.some(requireNonNull(rationale, "rationale"))).build();
  }

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  String details() {
    return rationale().map(r -> "rationale " + Mask.text(r)).getOrElse("");
  }

  @Override
  public final String toString() {
    return super.toString();
  }

  /** Builds a {@link Categorise}. */
  public static final class Builder extends ImmutableCategorise.Builder {}
}
