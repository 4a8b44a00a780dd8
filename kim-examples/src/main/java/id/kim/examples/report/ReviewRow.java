package id.kim.examples.report;

import java.util.List;
import org.immutables.value.Value;

/**
 * One KIM in the termination reviews: the grounds TERM-1..7 its data indicate (a partner's
 * indications open a review, TERM-PROC-1; a non-partner's do not, INV-7) and those the data cannot
 * show.
 */
@Value.Immutable
public abstract class ReviewRow {

  /** @return the KIM's name */
  public abstract String kim();

  /** @return true if it holds a partnership period on the as-of date */
  public abstract boolean partner();

  /** @return the grounds indicated */
  public abstract List<Reason> indicated();

  /** @return the grounds the data cannot show (e.g. TERM-4) */
  public abstract List<Reason> unknown();

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReviewRow}. */
  public static final class Builder extends ImmutableReviewRow.Builder {}
}
