package id.kim.report;

import java.util.List;
import org.immutables.value.Value;

/**
 * One KIM in the evaluation of dissemination (juknis V): the recommendation on continuing the
 * collaboration (MONITOR-PURPOSE) and the three measures of Tabel 5.1 for the period, each a value or
 * why it cannot be measured.
 */
@Value.Immutable
public abstract class EvaluationRow {
  /** The recommendation code of a KIM that is not a partner: there is no collaboration to continue. */
  public static final String NOT_APPLICABLE = "NOT_APPLICABLE";

  /**
   * @return the KIM's number in the report: its place in the Tabel 3.1 import, the same in every table and on the
   * grid
   */
  public abstract int number();

  /** @return the KIM's name */
  public abstract String kim();

  /**
   * @return true if the KIM holds a partnership period on the as-of date; only a partner's collaboration can be
   *     continued (MONITOR-PURPOSE)
   */
  public abstract boolean partner();

  /**
   * @return the recommendation code: CONTINUE, REVIEW_AT_RENEWAL, INSUFFICIENT_DATA, or {@link #NOT_APPLICABLE} for a
   *     KIM that is not a partner
   */
  public abstract String recommendation();

  /** @return the recommendation in words */
  public abstract String recommendationLabel();

  /** @return MEASURE-1: follower growth, or why not measurable */
  public abstract String output();

  /** @return MEASURE-2: total Outtakes, or why not measurable */
  public abstract String outtakes();

  /** @return MEASURE-3: pooled change in percentage points, or why not measurable */
  public abstract String outcome();

  /** @return the requirements not met, the data missing and the warnings */
  public abstract List<Reason> reasons();

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link EvaluationRow}. */
  public static final class Builder extends ImmutableEvaluationRow.Builder {}
}
