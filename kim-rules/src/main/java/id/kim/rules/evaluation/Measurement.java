package id.kim.rules.evaluation;

import id.kim.core.i18n.Lang;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.math.BigInteger;
import java.util.Comparator;
import org.immutables.value.Value;

/**
 * The result of one measure for one period: either an exact {@link Ratio} or {@link NotMeasurable}
 * with its reason — never NaN, never infinite, never an exception. Division by zero, an empty period
 * and a missing baseline are reasons, not errors.
 */
@Value.Immutable
public abstract class Measurement {

  private static final Comparator<NotMeasurable> FIRST_REASON =
      Comparator.comparing(NotMeasurable::reason).thenComparing(n -> n.subject().getOrElse(""));

  /** @return the value (right) or why there is none (left) */
  @Value.Parameter
  public abstract Either<NotMeasurable, Ratio> result();

  /**
   * @param value a value
   * @return a measurable result
   */
  public static Measurement of(Ratio value) {
    return ImmutableMeasurement.of(Either.right(value));
  }

  /**
   * @param count a count
   * @return a measurable result
   */
  public static Measurement of(BigInteger count) {
    return of(Ratio.of(count));
  }

  /**
   * @param count a count
   * @return a measurable result
   */
  public static Measurement of(long count) {
    return of(Ratio.of(count));
  }

  /**
   * @param why the reason
   * @return a result without value
   */
  public static Measurement notMeasurable(NotMeasurable why) {
    return ImmutableMeasurement.of(Either.left(why));
  }

  /**
   * @param reason the reason
   * @return a result without value
   */
  public static Measurement notMeasurable(NotMeasurableReason reason) {
    return notMeasurable(NotMeasurable.of(reason));
  }

  /**
   * @param numerator the numerator
   * @param denominator the denominator
   * @param subject what the denominator counts, named when it is zero
   * @return {@code numerator / denominator}, or not measurable by {@code DIVISION_BY_ZERO}
   */
  public static Measurement ratio(BigInteger numerator, BigInteger denominator, String subject) {
    return Ratio.divide(numerator, denominator).map(Measurement::of)
        .getOrElse(() -> notMeasurable(NotMeasurable.of(NotMeasurableReason.DIVISION_BY_ZERO, subject)));
  }

  /** @return true if there is a value */
  public boolean isMeasurable() {
    return result().isRight();
  }

  /** @return the value, if measurable */
  public Option<Ratio> value() {
    return result().toOption();
  }

  /** @return why there is no value, if not measurable */
  public Option<NotMeasurable> whyNot() {
    return result().swap().toOption();
  }

  /**
   * Adds a count over an adjacent, disjoint period, so that the measure of a period equals the sum of
   * its parts: values add; a part with no data adds nothing; any other reason is kept (the smaller
   * reason in declaration order, so the result does not depend on the order of the parts). Only
   * meaningful for counts, never for rates.
   *
   * @param other the measure of the adjacent period
   * @return the measure of the union
   */
  public Measurement plusAdjacent(Measurement other) {
    if (isMeasurable() && other.isMeasurable()) {
      return of(value().get().plus(other.value().get()));
    }
    if (isNoData() && other.isMeasurable()) {
      return other;
    }
    if (other.isNoData() && isMeasurable()) {
      return this;
    }
    NotMeasurable a = whyNot().getOrElse(() -> other.whyNot().get());
    NotMeasurable b = other.whyNot().getOrElse(a);
    return notMeasurable(FIRST_REASON.compare(a, b) <= 0 ? a : b);
  }

  /**
   * @param earlier the same measure for an earlier period
   * @return {@code this − earlier}; not measurable if either is
   */
  public Measurement minus(Measurement earlier) {
    return both(earlier).map(p -> of(p._1.minus(p._2))).getOrElse(() -> firstReason(earlier));
  }

  /**
   * @param earlier the same measure for an earlier period
   * @return {@code (this − earlier) / earlier}; not measurable if either is, or by
   *     {@code DIVISION_BY_ZERO} when {@code earlier} is zero
   */
  public Measurement relativeTo(Measurement earlier) {
    return both(earlier).map(p -> p._1.minus(p._2).dividedBy(p._2).map(Measurement::of)
            .getOrElse(() -> notMeasurable(NotMeasurable.of(NotMeasurableReason.DIVISION_BY_ZERO, "earlier value 0"))))
        .getOrElse(() -> firstReason(earlier));
  }

  /**
   * @param threshold a minimum
   * @return whether the value reaches it; none if not measurable
   */
  public Option<Boolean> atLeast(Ratio threshold) {
    return value().map(v -> v.compareTo(threshold) >= 0);
  }

  /**
   * @param lang the language
   * @return the value in decimals (4 places when not whole) or the reason it is not measurable
   */
  public String render(Lang lang) {
    return result().fold(n -> n.render(lang), v -> v.isInteger() ? v.toString() : v.toDecimal(4).toPlainString());
  }

  private boolean isNoData() {
    return whyNot().exists(n -> n.reason() == NotMeasurableReason.NO_DATA_IN_PERIOD);
  }

  private Option<Tuple2<Ratio, Ratio>> both(Measurement other) {
    return value().flatMap(a -> other.value().map(b -> Tuple.of(a, b)));
  }

  private Measurement firstReason(Measurement other) {
    return notMeasurable(whyNot().getOrElse(() -> other.whyNot().get()));
  }

  @Override
  public String toString() {
    return result().fold(n -> "NOT_MEASURABLE(" + n + ")", Ratio::toString);
  }
}
