package id.kim.rules.evaluation;

import id.kim.core.monitoring.SocialContent;
import id.kim.core.monitoring.SocialIndicator;
import id.kim.core.monitoring.SocialMetrics;
import io.vavr.collection.TreeMap;
import io.vavr.control.Option;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The indicator counts of a period's posts (Tabel 5.3, SOCIAL-COL-4) summed in one pass: per
 * platform row (SOCIAL-IG, SOCIAL-FB …) and indicator, in {@code long}s. Used by
 * {@link OuttakesMeasure} instead of one pass per indicator with a {@code BigInteger} per count;
 * when a sum would exceed a {@code long} there is no result and the caller sums exactly with
 * {@code BigInteger} as before, so every figure stays exact.
 */
final class IndicatorSums {
  private static final int INDICATORS = SocialIndicator.values().length;
  private final Map<String, Row> rows = new HashMap<>();

  private IndicatorSums() {}

  /**
   * @param posts the posts of a period
   * @return their sums, or none if a sum exceeds {@link Long#MAX_VALUE}
   */
  static Option<IndicatorSums> of(Iterable<SocialContent> posts) {
    IndicatorSums sums = new IndicatorSums();
    try {
      for (SocialContent post : posts) {
        SocialMetrics m = post.metrics();
        long[] row = sums.rows.computeIfAbsent(m.ruleId(), id -> new Row(m.indicators())).counts;
        for (SocialIndicator indicator : m.indicators()) {
          row[indicator.ordinal()] = Math.addExact(row[indicator.ordinal()], m.count(indicator).orElseThrow());
        }
      }
    } catch (ArithmeticException overflow) {
      return Option.none();
    }
    return Option.some(sums);
  }

  /**
   * @param indicator an indicator
   * @return its sum over every platform that has it (0 when none does)
   */
  BigInteger total(SocialIndicator indicator) {
    BigInteger total = BigInteger.ZERO;
    for (Row row : rows.values()) {
      total = total.add(BigInteger.valueOf(row.counts[indicator.ordinal()]));
    }
    return total;
  }

  /** @return per platform row and indicator, e.g. {@code "SOCIAL-IG LIKE" → 160}, for every row with a post */
  TreeMap<String, BigInteger> byRow() {
    TreeMap<String, BigInteger> out = TreeMap.empty();
    for (Map.Entry<String, Row> row : rows.entrySet()) {
      for (SocialIndicator indicator : row.getValue().indicators) {
        out = out.put(row.getKey() + " " + indicator, BigInteger.valueOf(row.getValue().counts[indicator.ordinal()]));
      }
    }
    return out;
  }

  /** One platform row of Tabel 5.3: its indicators and their sums, indexed by indicator. */
  private static final class Row {
    final List<SocialIndicator> indicators;
    final long[] counts = new long[INDICATORS];

    Row(List<SocialIndicator> indicators) {
      this.indicators = indicators;
    }
  }
}
