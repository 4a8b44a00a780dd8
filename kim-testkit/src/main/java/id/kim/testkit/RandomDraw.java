package id.kim.testkit;

import java.util.random.RandomGenerator;

/**
 * Choices drawn from a plain {@link RandomGenerator} ({@link Draw#from(RandomGenerator)}). A range of
 * at most 2<sup>32</sup> values — every range the samplers use — is drawn from one 32-bit number by
 * Lemire's multiply-and-shift method, which is exactly uniform (a biased remainder is redrawn) and
 * needs a division only in that rare case; wider ranges fall back to the generator's own bounded
 * {@code nextLong}. The samplers draw about 170 choices per KIM record, so this is most of what
 * generating a record costs.
 *
 * <p>Not thread-safe, like the generator it reads: one per thread, as with any {@code Sampler.from}.
 */
final class RandomDraw implements Draw {
  private static final long INT_MASK = 0xFFFF_FFFFL;
  private final RandomGenerator random;

  RandomDraw(RandomGenerator random) {
    this.random = random;
  }

  @Override
  public long between(long min, long max) {
    if (min > max) {
      throw new IllegalArgumentException("empty range [" + min + ", " + max + "]");
    }
    long span = max - min;
    if (span >= 0 && span <= INT_MASK) {
      return min + bounded(span + 1);
    }
    if (max < Long.MAX_VALUE) {
      return random.nextLong(min, max + 1);
    }
    return min > Long.MIN_VALUE ? random.nextLong(min - 1, max) + 1 : random.nextLong();
  }

  /** @return a uniform value in {@code [0, n)}, for {@code 1 <= n <= 2^32} */
  private long bounded(long n) {
    long product = (random.nextInt() & INT_MASK) * n;
    long low = product & INT_MASK;
    if (low < n) {
      long threshold = ((1L << 32) - n) % n;
      while (low < threshold) {
        product = (random.nextInt() & INT_MASK) * n;
        low = product & INT_MASK;
      }
    }
    return product >>> 32;
  }
}
