package id.kim.testkit;

/** Powers of ten as exact {@code long}s, for magnitudes drawn without floating point. */
final class PowersOfTen {
  private static final long[] POWERS = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L,
      100_000_000L, 1_000_000_000L, 10_000_000_000L, 100_000_000_000L, 1_000_000_000_000L};

  private PowersOfTen() {}

  /**
   * @param exponent 0–12
   * @return 10<sup>exponent</sup>, equal to {@code (long) Math.pow(10, exponent)}
   */
  static long of(int exponent) {
    return POWERS[exponent];
  }
}
