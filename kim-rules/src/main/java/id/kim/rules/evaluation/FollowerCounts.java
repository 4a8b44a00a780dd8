package id.kim.rules.evaluation;

import id.kim.core.media.KimMedium;
import id.kim.core.metric.ReachMetric;
import id.kim.core.metric.ReachObservation;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

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
  static final Set<ReachMetric> AUDIENCE = EnumSet.of(ReachMetric.FOLLOWERS, ReachMetric.SUBSCRIBERS,
      ReachMetric.GROUP_MEMBERS);

  private FollowerCounts() {}

  /** Opening total, closing total, or why they cannot be had. */
  static Either<NotMeasurable, Tuple2<BigInteger, BigInteger>> openingAndClosing(
      Seq<ReachObservation> reach, MeasurementPeriod period) {
    Option<LocalDate> before = dayBefore(period.start());
    // one pass: per series (by name, in name order) its value on the day before and on the last day
    TreeMap<String, Series> series = new TreeMap<>();
    boolean observedInPeriod = false;
    for (ReachObservation o : reach) {
      if (!AUDIENCE.contains(o.metric()) || o.observedOn().isAfter(period.end())) {
        continue;
      }
      Series s = series.computeIfAbsent(name(o.medium(), o.metric()), n -> new Series(Latest.of(null, o)));
      s.closing = Latest.of(s.closing, o);
      if (before.isDefined() && !o.observedOn().isAfter(before.get())) {
        s.opening = Latest.of(s.opening, o);
      }
      observedInPeriod |= period.contains(o.observedOn());
    }
    if (!observedInPeriod) {
      return Either.left(NotMeasurable.of(NotMeasurableReason.NO_DATA_IN_PERIOD, "followers"));
    }
    BigInteger opening = BigInteger.ZERO;
    BigInteger closing = BigInteger.ZERO;
    for (Map.Entry<String, Series> s : series.entrySet()) {
      Latest openingOfSeries = s.getValue().opening;
      if (openingOfSeries == null) {
        return Either.left(NotMeasurable.of(NotMeasurableReason.MISSING_BASELINE, s.getKey()));
      }
      opening = opening.add(BigInteger.valueOf(openingOfSeries.value));
      closing = closing.add(BigInteger.valueOf(s.getValue().closing.value));
    }
    return Either.right(Tuple.of(opening, closing));
  }

  /** A series' value on the day before the period (null: none observed by then) and on its last day. */
  private static final class Series {
    @Nullable Latest opening;
    Latest closing;

    Series(Latest closing) {
      this.closing = closing;
    }
  }

  /** The latest count of a series by some day: its date, and the largest count of that date. */
  private static final class Latest {
    final LocalDate on;
    final long value;

    private Latest(LocalDate on, long value) {
      this.on = on;
      this.value = value;
    }

    static Latest of(@Nullable Latest current, ReachObservation o) {
      if (current == null || o.observedOn().isAfter(current.on)) {
        return new Latest(o.observedOn(), o.value());
      }
      return o.observedOn().equals(current.on) && o.value() > current.value ? new Latest(current.on, o.value())
          : current;
    }
  }

  private static Option<LocalDate> dayBefore(LocalDate day) {
    return day.equals(LocalDate.MIN) ? Option.none() : Option.some(day.minusDays(1));
  }

  static String name(KimMedium medium, ReachMetric metric) {
    return medium.platform().label() + medium.name().map(n -> " " + n).orElse("")
        + medium.url().map(u -> " " + u).orElse("") + " " + metric;
  }
}
