package id.kim.rules.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import id.kim.core.metric.ReachObservation;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.math.BigInteger;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * MEASURE-1's opening and closing follower totals, computed in one pass, equal the definition
 * written as collection operations (the former implementation, kept here as the reference):
 * totals, and which reason — and which series — makes them not measurable.
 */
class FollowerCountsReferenceTest {

  @Test
  @DisplayName("MEASURE-1 opening/closing totals equal the reference on generated monitoring records and periods")
  void sameAsTheReference() {
    qt().withExamples(400).forAll(Generators.records(), Generators.days(), integers().between(0, 200))
        .checkAssert((record, start, length) -> {
          MeasurementPeriod period = MeasurementPeriod.custom(start, start.plusDays(length));
          Seq<ReachObservation> reach = List.ofAll(record.reach());
          assertEquals(reference(reach, period), FollowerCounts.openingAndClosing(reach, period));
        });
  }

  private static Either<NotMeasurable, Tuple2<BigInteger, BigInteger>> reference(
      Seq<ReachObservation> reach, MeasurementPeriod period) {
    List<Tuple2<String, List<ReachObservation>>> series = List.ofAll(reach)
        .filter(o -> FollowerCounts.AUDIENCE.contains(o.metric()) && !o.observedOn().isAfter(period.end()))
        .groupBy(o -> FollowerCounts.name(o.medium(), o.metric())).toList().sortBy(Tuple2::_1);
    if (!series.exists(s -> s._2.exists(o -> period.contains(o.observedOn())))) {
      return Either.left(NotMeasurable.of(NotMeasurableReason.NO_DATA_IN_PERIOD, "followers"));
    }
    BigInteger opening = BigInteger.ZERO;
    BigInteger closing = BigInteger.ZERO;
    for (Tuple2<String, List<ReachObservation>> s : series) {
      Option<LocalDate> before = period.start().equals(LocalDate.MIN) ? Option.none()
          : Option.some(period.start().minusDays(1));
      Option<Long> open = before.flatMap(d -> valueOn(s._2, d));
      if (open.isEmpty()) {
        return Either.left(NotMeasurable.of(NotMeasurableReason.MISSING_BASELINE, s._1));
      }
      opening = opening.add(BigInteger.valueOf(open.get()));
      closing = closing.add(BigInteger.valueOf(valueOn(s._2, period.end()).get()));
    }
    return Either.right(Tuple.of(opening, closing));
  }

  private static Option<Long> valueOn(Seq<ReachObservation> series, LocalDate day) {
    Seq<ReachObservation> upTo = series.filter(o -> !o.observedOn().isAfter(day));
    return upTo.map(ReachObservation::observedOn).max()
        .map(latest -> upTo.filter(o -> o.observedOn().equals(latest)).map(ReachObservation::value).max().get());
  }
}
