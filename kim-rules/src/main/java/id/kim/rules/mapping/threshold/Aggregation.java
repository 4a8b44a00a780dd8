package id.kim.rules.mapping.threshold;

/**
 * How the figures of a KIM's several media are combined into one number (GAP-16: the juknis counts
 * reach and responses per medium and says nothing of combining them). PROPOSED; both are
 * homogeneous (scaling every count by a factor scales the result by it) and monotone (raising a
 * count never lowers the result).
 */
public enum Aggregation {
  /** Jumlah — the sum over media (the default): a KIM's total reach. */
  SUM,
  /** Terbesar — the largest single medium: a KIM's strongest channel. */
  MAX;

  /**
   * @param a one figure
   * @param b another
   * @return the two combined
   */
  public long combine(long a, long b) {
    return this == SUM ? Math.addExact(a, b) : Math.max(a, b);
  }
}
