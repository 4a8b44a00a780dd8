package id.kim.rules.mapping.threshold;

import id.kim.core.validation.MissingValueException;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Arrays;

/**
 * The nearest-rank percentile: the smallest value such that at least p % of the values are at or
 * below it. It is always one of the values — so scaling all values by a factor scales it by the same
 * factor — and it does not depend on their order.
 */
public final class Percentile {
  private Percentile() {}

  /**
   * @param values the values, in any order
   * @param percentile 0–100
   * @return the percentile, or none for no values
   * @throws MissingValueException if {@code values} or one of them is null
   */
  public static Option<Long> nearestRank(Seq<Long> values, int percentile) {
    MissingValueException.requireNonNull(values, "values");
    if (percentile < 0 || percentile > 100) {
      throw new IllegalArgumentException("percentile must be 0..100, was " + percentile);
    }
    if (values.isEmpty()) {
      return Option.none();
    }
    long[] sorted = new long[values.size()];
    int i = 0;
    for (Long v : values) {
      sorted[i] = MissingValueException.requireNonNull(v, "values[" + i + "]");
      i++;
    }
    Arrays.sort(sorted);
    int n = sorted.length;
    int rank = Math.max(1, (int) ((percentile * (long) n + 99) / 100));
    return Option.of(sorted[rank - 1]);
  }
}
