package id.kim.rules.evaluation;

import io.vavr.control.Option;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.immutables.value.Value;

/**
 * An exact rational number {@code numerator / denominator}, always in lowest terms with a positive
 * denominator — the value type of every measure, so that no result is ever NaN, infinite or rounded
 * before the reader asks for decimals. Counts are ratios with denominator 1.
 */
@Value.Immutable
public abstract class Ratio implements Comparable<Ratio> {

  /** Zero. */
  public static final Ratio ZERO = of(BigInteger.ZERO);

  /** @return the numerator, in lowest terms; carries the sign */
  @Value.Parameter
  public abstract BigInteger numerator();

  /** @return the denominator, in lowest terms; always positive */
  @Value.Parameter
  public abstract BigInteger denominator();

  /**
   * @param value an integer
   * @return the ratio {@code value / 1}
   */
  public static Ratio of(long value) {
    return of(BigInteger.valueOf(value));
  }

  /**
   * @param value an integer
   * @return the ratio {@code value / 1}
   */
  public static Ratio of(BigInteger value) {
    return ImmutableRatio.of(value, BigInteger.ONE);
  }

  /**
   * @param numerator the numerator
   * @param denominator the denominator, not zero
   * @return the ratio in lowest terms
   * @throws ArithmeticException if the denominator is zero (callers test for it first: a measure
   *     reports division by zero as "not measurable", see {@link Measurement#ratio})
   */
  public static Ratio of(BigInteger numerator, BigInteger denominator) {
    if (denominator.signum() == 0) {
      throw new ArithmeticException("ratio " + numerator + "/0: denominator must not be zero");
    }
    return ImmutableRatio.of(numerator, denominator);
  }

  /**
   * @param numerator the numerator
   * @param denominator the denominator
   * @return the ratio, or none if the denominator is zero
   */
  public static Option<Ratio> divide(BigInteger numerator, BigInteger denominator) {
    return denominator.signum() == 0 ? Option.none() : Option.some(of(numerator, denominator));
  }

  /** Brings the ratio to lowest terms with a positive denominator. */
  @Value.Check
  protected Ratio normalize() {
    if (denominator().signum() == 0) {
      throw new ArithmeticException("ratio " + numerator() + "/0: denominator must not be zero");
    }
    BigInteger gcd = numerator().gcd(denominator());
    BigInteger sign = BigInteger.valueOf(denominator().signum());
    if (gcd.equals(BigInteger.ONE) && sign.signum() > 0) {
      return this;
    }
    return ImmutableRatio.of(numerator().divide(gcd).multiply(sign), denominator().divide(gcd).multiply(sign));
  }

  /**
   * @param other a ratio
   * @return {@code this + other}
   */
  public Ratio plus(Ratio other) {
    return of(numerator().multiply(other.denominator()).add(other.numerator().multiply(denominator())),
        denominator().multiply(other.denominator()));
  }

  /**
   * @param other a ratio
   * @return {@code this - other}
   */
  public Ratio minus(Ratio other) {
    return plus(of(other.numerator().negate(), other.denominator()));
  }

  /**
   * @param other a ratio
   * @return {@code this × other}
   */
  public Ratio times(Ratio other) {
    return of(numerator().multiply(other.numerator()), denominator().multiply(other.denominator()));
  }

  /**
   * @param other a ratio
   * @return {@code this / other}, or none if {@code other} is zero
   */
  public Option<Ratio> dividedBy(Ratio other) {
    return divide(numerator().multiply(other.denominator()), denominator().multiply(other.numerator()));
  }

  /** @return -1, 0 or 1 */
  public int signum() {
    return numerator().signum();
  }

  /** @return true if the denominator is 1 */
  public boolean isInteger() {
    return denominator().equals(BigInteger.ONE);
  }

  /**
   * @param scale digits after the decimal point
   * @return the value rounded half-even to that scale
   */
  public BigDecimal toDecimal(int scale) {
    return new BigDecimal(numerator()).divide(new BigDecimal(denominator()), scale, RoundingMode.HALF_EVEN);
  }

  /** @return the value as a percentage with two decimals, e.g. {@code 12.50} for 1/8 */
  public BigDecimal toPercent() {
    return new BigDecimal(numerator()).multiply(BigDecimal.valueOf(100))
        .divide(new BigDecimal(denominator()), 2, RoundingMode.HALF_EVEN);
  }

  @Override
  public int compareTo(Ratio other) {
    return numerator().multiply(other.denominator()).compareTo(other.numerator().multiply(denominator()));
  }

  @Override
  public String toString() {
    return isInteger() ? numerator().toString() : numerator() + "/" + denominator();
  }
}
