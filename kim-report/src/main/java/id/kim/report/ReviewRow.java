package id.kim.report;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One KIM in the termination reviews: the grounds TERM-1..7 its data indicate and those the data cannot
 * show, and — for a partner with an indication — its lifecycle: the review the indications open
 * (T5, TERM-PROC-1), or why the lifecycle refuses it. A non-partner's indications open no review (INV-7).
 */
@Value.Immutable
public abstract class ReviewRow {

  /**
   * @return the KIM's number in the report: its place in the Tabel 3.1 import, the same in every table and on the
   * grid
   */
  public abstract int number();

  /** @return the KIM's name */
  public abstract String kim();

  /** @return true if it holds a partnership period on the as-of date */
  public abstract boolean partner();

  /** @return the lifecycle status after the review step, e.g. UNDER_REVIEW; PARTNER or none for a non-partner */
  public abstract Optional<String> status();

  /** @return the status in the report's language, e.g. "dalam peninjauan" */
  public abstract Optional<String> statusLabel();

  /** @return the lifecycle step in words: the transition and its rules, or the rejection */
  public abstract Optional<String> lifecycle();

  /** @return the grounds indicated, each with the outcome label "Terindikasi" / "Indicated" */
  public abstract List<Reason> indicated();

  /** @return the grounds the data cannot show (e.g. TERM-4), each a sentence saying what data is missing */
  public abstract List<Reason> unknown();

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReviewRow}. */
  public static final class Builder extends ImmutableReviewRow.Builder {}
}
