package id.kim.rules.mapping.threshold;

import id.kim.core.media.KimMedium;
import id.kim.core.metric.ReachMetric;
import id.kim.core.metric.ReachObservation;
import id.kim.core.metric.ResponseMetric;
import id.kim.core.metric.ResponseObservation;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.SortedMap;
import io.vavr.collection.TreeMap;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Map.Entry;
import java.util.function.Function;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * One KIM's figures for power (kekuatan, PROFILE-s) or influence (pengaruh, PROFILE-t) as of a
 * date, aggregated from its dated observations (PROPOSED, GAP-16):
 *
 * <ol>
 *   <li>for each medium and metric, the latest observation made on or before the as-of date counts
 *       (two on the same day: the smaller, the careful reading); later ones are ignored;</li>
 *   <li>per metric, the media are combined by the {@link Aggregation} (default: summed);</li>
 *   <li>the {@link #total()} combines the metrics the same way.</li>
 * </ol>
 *
 * @param <M> {@link ReachMetric} or {@link ResponseMetric}
 */
@Value.Immutable
public abstract class MetricFigures<M extends Enum<M>> {

  /** @return the combined figure per metric that has at least one observation */
  public abstract SortedMap<M, Long> perMetric();

  /** @return how many (medium, metric) series were counted */
  public abstract int series();

  /** @return the day of the most recent observation counted */
  public abstract Option<LocalDate> latestObservation();

  /** @return the aggregation used */
  public abstract Aggregation aggregation();

  /** @return the metrics combined; 0 when there is no evidence */
  @Value.Derived
  public long total() {
    long total = 0L;
    for (Tuple2<M, Long> e : perMetric()) {
      total = aggregation().combine(total, e._2);
    }
    return total;
  }

  /** @return true if at least one observation was made on or before the as-of date */
  public boolean hasEvidence() {
    return series() > 0;
  }

  /**
   * @param observations PROFILE-s observations
   * @param asOf the as-of date
   * @param aggregation how media and metrics are combined
   * @return the KIM's reach figures
   */
  public static MetricFigures<ReachMetric> ofReach(Iterable<ReachObservation> observations, LocalDate asOf,
      Aggregation aggregation) {
    return of(observations, asOf, aggregation, ReachObservation::medium, ReachObservation::metric,
        ReachObservation::value, ReachObservation::observedOn);
  }

  /**
   * @param observations PROFILE-t observations
   * @param asOf the as-of date
   * @param aggregation how media and metrics are combined
   * @return the KIM's positive-response figures
   */
  public static MetricFigures<ResponseMetric> ofResponses(Iterable<ResponseObservation> observations, LocalDate asOf,
      Aggregation aggregation) {
    return of(observations, asOf, aggregation, ResponseObservation::medium, ResponseObservation::metric,
        ResponseObservation::value, ResponseObservation::observedOn);
  }

  private static <O,
      M extends Enum<M>> MetricFigures<M> of(Iterable<O> observations, LocalDate asOf, Aggregation aggregation,
      Function<O, KimMedium> medium, Function<O, M> metric, Function<O, Long> value, Function<O, LocalDate> day) {
    // Most KIM have at most one observation on or before the date: that one is its own series, and
    // the figures follow without a map. A second one switches to a map of the latest per series,
    // local to this call: the figures do not depend on the order of the observations (later() is
    // symmetric, and the aggregation is commutative and associative).
    O only = null;
    Map<Tuple2<KimMedium, M>, Tuple2<LocalDate, Long>> latest = null;
    for (O o : observations) {
      LocalDate on = day.apply(o);
      if (on.isAfter(asOf)) {
        continue;
      }
      if (latest == null) {
        if (only == null) {
          only = o;
          continue;
        }
        latest = new HashMap<>();
        merge(latest, only, medium, metric, value, day);
      }
      merge(latest, o, medium, metric, value, day);
    }
    if (latest == null) {
      return only == null
          ? MetricFigures.<M>figures(TreeMap.empty(), 0, null, aggregation)
          : MetricFigures.<M>figures(TreeMap.of(metric.apply(only), value.apply(only)), 1, day.apply(only),
              aggregation);
    }
    SortedMap<M, Long> perMetric = TreeMap.empty();
    LocalDate newest = null;
    for (Entry<Tuple2<KimMedium, M>, Tuple2<LocalDate, Long>> e : latest.entrySet()) {
      perMetric = perMetric.put(e.getKey()._2, e.getValue()._2, aggregation::combine);
      newest = newest == null || e.getValue()._1.isAfter(newest) ? e.getValue()._1 : newest;
    }
    return figures(perMetric, latest.size(), newest, aggregation);
  }

  private static <O, M extends Enum<M>> void merge(
      Map<Tuple2<KimMedium, M>, Tuple2<LocalDate, Long>> latest,
      O o,
      Function<O, KimMedium> medium,
      Function<O, M> metric,
      Function<O, Long> value,
      Function<O, LocalDate> day) {
    latest.merge(Tuple.of(medium.apply(o), metric.apply(o)), Tuple.of(day.apply(o), value.apply(o)),
        MetricFigures::later);
  }

  private static <M extends Enum<M>> MetricFigures<M> figures(SortedMap<M, Long> perMetric, int series,
      @Nullable LocalDate newest,
      Aggregation aggregation) {
    return ImmutableMetricFigures.<M>builder().perMetric(perMetric).series(series)
        .latestObservation(Option.of(newest)).aggregation(aggregation).build();
  }

  private static Tuple2<LocalDate, Long> later(Tuple2<LocalDate, Long> a, Tuple2<LocalDate, Long> b) {
    int byDay = a._1.compareTo(b._1);
    if (byDay != 0) {
      return byDay > 0 ? a : b;
    }
    return a._2 <= b._2 ? a : b;
  }

  /**
   * @param <M> the metric
   * @return a builder — the SDK computes figures with {@code ofReach}/{@code ofResponses}; the builder is
   *     public to reload a stored mapping report (kim-json)
   */
  public static <M extends Enum<M>> Builder<M> builder() {
    return new Builder<>();
  }

  @Override
  public String toString() {
    return "MetricFigures[total " + total() + " " + perMetric() + "]";
  }

  /** Builds {@link MetricFigures}. */
  public static final class Builder<M extends Enum<M>> extends ImmutableMetricFigures.Builder<M> {}
}
