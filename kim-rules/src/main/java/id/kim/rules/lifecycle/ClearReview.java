package id.kim.rules.lifecycle;

import id.kim.core.agency.Officer;
import id.kim.core.privacy.Mask;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * T7 — the review closes without proof and the partnership continues. The juknis names no outcome for
 * a review that finds nothing; the two-step wording of II.B.6 implies it (RULES.md GAP-37, PROPOSED).
 * A cleared review needs a rationale, e.g. "SK diperpanjang" for TERM-1.
 */
@Value.Immutable
public abstract class ClearReview extends LifecycleEvent {

  ClearReview() {}

  /** @return why no ground is proven (free text; printed masked) */
  public abstract String rationale();

  @Override
  public final EventKind kind() {
    return EventKind.CLEAR_REVIEW;
  }

  /**
   * @param by the officer
   * @param on the day
   * @param rationale why no ground is proven
   * @return the event
   */
  public static ClearReview of(Officer by, LocalDate on, String rationale) {
    return builder().by(by).on(on).rationale(rationale).build();
  }

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  String details() {
    return "rationale " + Mask.text(rationale());
  }

  @Override
  public final String toString() {
    return super.toString();
  }

  /** Builds a {@link ClearReview}. */
  public static final class Builder extends ImmutableClearReview.Builder {}
}
