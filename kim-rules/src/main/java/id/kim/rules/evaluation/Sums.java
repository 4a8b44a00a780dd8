package id.kim.rules.evaluation;

import io.vavr.collection.Seq;
import java.math.BigInteger;

/** Exact sums of non-negative counts, "no data" when there is nothing to sum. */
final class Sums {
  private Sums() {}

  /**
   * @param counts the counts of the records dated in the period
   * @param subject what is counted, named when there is nothing
   * @return their exact sum, or not measurable by {@code NO_DATA_IN_PERIOD} if there are none
   */
  static Measurement of(Seq<Long> counts, String subject) {
    if (counts.isEmpty()) {
      return Measurement.notMeasurable(NotMeasurable.of(NotMeasurableReason.NO_DATA_IN_PERIOD, subject));
    }
    return Measurement.of(total(counts));
  }

  static BigInteger total(Seq<Long> counts) {
    return counts.foldLeft(BigInteger.ZERO, (sum, c) -> sum.add(BigInteger.valueOf(c)));
  }
}
