package id.kim.rules.evaluation;

import id.kim.core.media.KimMedium;
import id.kim.core.metric.ReachMetric;
import id.kim.core.metric.ReachObservation;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * Follower growth over a period (MEASURE-1, "pertambahan jumlah followers"), from dated audience
 * counts of each medium: followers, subscribers and group members (PROPOSED: all three are the
 * audience a medium reaches by subscription; RULES.md GAP-44).
 *
 * <p>A series is one medium and one metric. Its value on day {@code d} is the latest count observed on
 * or before {@code d} (a count dated {@code d} is the count at the end of that day; two counts on the
 * same day: the larger). For a period {@code [s, e]}: opening {@code O = Σ value(s − 1)}, closing
 * {@code C = Σ value(e)} over the series observed on or before {@code e}; growth {@code C − O}; rate
 * {@code (C − O) / O}. Not measurable: no series observed inside the period (no data); a series first
 * observed inside the period (missing baseline: record its count before the period, e.g. 0 the day
 * before the account opened); rate with {@code O = 0} (division by zero). Because the opening of a
 * period is the closing of the day before, growth over adjacent periods adds up to the growth over
 * their union whenever all three are measurable.
 */
final class FollowerCounts {
  static final Set<ReachMetric> AUDIENCE = EnumSet.of(ReachMetric.FOLLOWERS, ReachMetric.SUBSCRIBERS, ReachMetric.GROUP_MEMBERS);

  private FollowerCounts() {}

  /** Opening total, closing total, or why they cannot be had. */
  static io.vavr.control.Either<NotMeasurable, Tuple2<BigInteger, BigInteger>> openingAndClosing(
      Seq<ReachObservation> reach, MeasurementPeriod period) {
    List<Tuple2<String, List<ReachObservation>>> series = List.ofAll(reach)
        .filter(o -> AUDIENCE.contains(o.metric()) && !o.observedOn().isAfter(period.end()))
        .groupBy(o -> name(o.medium(), o.metric())).toList().sortBy(Tuple2::_1);
    if (!series.exists(s -> s._2.exists(o -> period.contains(o.observedOn())))) {
      return io.vavr.control.Either.left(NotMeasurable.of(NotMeasurableReason.NO_DATA_IN_PERIOD, "followers"));
    }
    BigInteger opening = BigInteger.ZERO;
    BigInteger closing = BigInteger.ZERO;
    for (Tuple2<String, List<ReachObservation>> s : series) {
      Option<Long> open = valueOn(s._2, dayBefore(period.start()));
      if (open.isEmpty()) {
        return io.vavr.control.Either.left(NotMeasurable.of(NotMeasurableReason.MISSING_BASELINE, s._1));
      }
      opening = opening.add(BigInteger.valueOf(open.get()));
      closing = closing.add(BigInteger.valueOf(valueOn(s._2, period.end()).get()));
    }
    return io.vavr.control.Either.right(io.vavr.Tuple.of(opening, closing));
  }

  private static Option<Long> valueOn(Seq<ReachObservation> series, Option<LocalDate> day) {
    return day.flatMap(d -> valueOn(series, d));
  }

  private static Option<Long> valueOn(Seq<ReachObservation> series, LocalDate day) {
    Seq<ReachObservation> upTo = series.filter(o -> !o.observedOn().isAfter(day));
    return upTo.map(ReachObservation::observedOn).max()
        .map(latest -> upTo.filter(o -> o.observedOn().equals(latest)).map(ReachObservation::value).max().get());
  }

  private static Option<LocalDate> dayBefore(LocalDate day) {
    return day.equals(LocalDate.MIN) ? Option.none() : Option.some(day.minusDays(1));
  }

  static String name(KimMedium medium, ReachMetric metric) {
    return medium.platform().label() + medium.name().map(n -> " " + n).orElse("")
        + medium.url().map(u -> " " + u).orElse("") + " " + metric;
  }
}
