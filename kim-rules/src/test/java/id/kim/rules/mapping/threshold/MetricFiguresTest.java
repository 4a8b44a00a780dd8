package id.kim.rules.mapping.threshold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import id.kim.core.media.KimMedium;
import id.kim.core.media.Platform;
import id.kim.core.metric.ReachMetric;
import id.kim.core.metric.ReachObservation;
import id.kim.core.metric.ResponseMetric;
import id.kim.core.metric.ResponseObservation;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.SortedMap;
import io.vavr.collection.TreeMap;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("MetricFigures — PROFILE-s and PROFILE-t aggregated per KIM as of a date (GAP-16)")
class MetricFiguresTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 3, 31);
  private static final KimMedium IG = KimMedium.of(Platform.INSTAGRAM, "@kim");
  private static final KimMedium YT = KimMedium.of(Platform.YOUTUBE, "kim channel");
  private static final KimMedium MEET = KimMedium.of(Platform.FACE_TO_FACE, "Rapat banjar");

  @Test
  @DisplayName(
      "PROFILE-s: the latest figure per medium and metric on or before the date counts; later ones are ignored; media "
          + "are summed")
  void latestPerSeriesSummed() {
    List<ReachObservation> reach = List.of(
        ReachObservation.of(IG, ReachMetric.FOLLOWERS, 1000, AS_OF.minusMonths(2)),
        ReachObservation.of(IG, ReachMetric.FOLLOWERS, 1200, AS_OF),
        ReachObservation.of(IG, ReachMetric.FOLLOWERS, 9999, AS_OF.plusDays(1)),
        ReachObservation.of(YT, ReachMetric.SUBSCRIBERS, 300, AS_OF.minusDays(3)),
        ReachObservation.of(MEET, ReachMetric.MEETING_PARTICIPANTS, 45, AS_OF.minusDays(20)));
    MetricFigures<ReachMetric> f = MetricFigures.ofReach(reach, AS_OF, Aggregation.SUM);
    assertEquals(1545L, f.total());
    assertEquals(1200L, f.perMetric().get(ReachMetric.FOLLOWERS).get());
    assertEquals(3, f.series());
    assertEquals(AS_OF, f.latestObservation().get());
    assertTrue(f.hasEvidence());
  }

  @Test
  @DisplayName("Two figures of one series on the same day: the smaller counts (the careful reading)")
  void sameDayTakesTheSmaller() {
    List<ReachObservation> reach = List.of(ReachObservation.of(IG, ReachMetric.FOLLOWERS, 500, AS_OF),
        ReachObservation.of(IG, ReachMetric.FOLLOWERS, 400, AS_OF));
    assertEquals(400L, MetricFigures.ofReach(reach, AS_OF, Aggregation.SUM).total());
    assertEquals(400L, MetricFigures.ofReach(List.of(reach.get(1), reach.get(0)), AS_OF, Aggregation.SUM).total());
  }

  @Test
  @DisplayName("Aggregation MAX takes the strongest medium; figures of two media on one metric are combined per metric")
  void maxAggregation() {
    List<ResponseObservation> responses = List.of(
        ResponseObservation.of(IG, ResponseMetric.LIKES, 800, AS_OF),
        ResponseObservation.of(YT, ResponseMetric.LIKES, 300, AS_OF),
        ResponseObservation.of(YT, ResponseMetric.COMMENTS, 90, AS_OF));
    MetricFigures<ResponseMetric> max = MetricFigures.ofResponses(responses, AS_OF, Aggregation.MAX);
    assertEquals(800L, max.total());
    MetricFigures<ResponseMetric> sum = MetricFigures.ofResponses(responses, AS_OF, Aggregation.SUM);
    assertEquals(1100L, sum.perMetric().get(ResponseMetric.LIKES).get());
    assertEquals(1190L, sum.total());
  }

  @Test
  @DisplayName("No observation on or before the date: no evidence and a total of 0")
  void noEvidence() {
    MetricFigures<ReachMetric> f = MetricFigures.ofReach(
        List.of(ReachObservation.of(IG, ReachMetric.FOLLOWERS, 10, AS_OF.plusDays(1))), AS_OF, Aggregation.SUM);
    assertFalse(f.hasEvidence());
    assertEquals(0L, f.total());
    assertTrue(f.latestObservation().isEmpty());
  }

  @Test
  @DisplayName(
      "Any observations, in any order, both aggregations: the figures equal a plain latest-per-series reading (the "
          + "former code), the one-observation path included")
  void equalToTheLatestPerSeriesReading() {
    KimMedium[] media = {IG, YT, MEET};
    qt().withExamples(5_000)
        .forAll(
            lists().of(integers().between(0, 3 * 3 * 7 * 4 - 1)).ofSizeBetween(0, 4),
            integers().between(0, 1))
        .checkAssert(
            (codes, agg) -> {
              Aggregation aggregation = Aggregation.values()[agg];
              List<ReachObservation> reach =
                  codes.stream()
                      .map(
                          c ->
                              ReachObservation.of(
                                  media[c % 3],
                                  ReachMetric.values()[c / 3 % 3],
                                  10L * (c / 9 % 7),
                                  AS_OF.plusDays(c / 63 - 2)))
                      .collect(Collectors.toList());
              MetricFigures<ReachMetric> f = MetricFigures.ofReach(reach, AS_OF, aggregation);
              Map<Tuple2<KimMedium, ReachMetric>, ReachObservation> latest = new HashMap<>();
              for (ReachObservation o : reach) {
                if (!o.observedOn().isAfter(AS_OF)) {
                  latest.merge(
                      Tuple.of(o.medium(), o.metric()),
                      o,
                      (a, b) ->
                          a.observedOn().isAfter(b.observedOn())
                              ? a
                              : b.observedOn().isAfter(a.observedOn())
                                  ? b
                                  : a.value() <= b.value() ? a : b);
                }
              }
              SortedMap<ReachMetric, Long> perMetric = TreeMap.empty();
              for (ReachObservation o : latest.values()) {
                perMetric = perMetric.put(o.metric(), o.value(), aggregation::combine);
              }
              assertEquals(perMetric, f.perMetric(), reach::toString);
              assertEquals(latest.size(), f.series());
              assertEquals(
                  latest.values().stream()
                      .map(ReachObservation::observedOn)
                      .max(LocalDate::compareTo),
                  f.latestObservation().toJavaOptional());
            });
  }
}
