package id.kim.rules.mapping.threshold;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.SortedMap;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * A threshold policy resolved for one population: the numbers a KIM's figures are compared with.
 * A KIM is HIGH when its total meets the total cutoff or the figure of any metric meets that
 * metric's cutoff; "meets" is strictly above for relative policies and at-or-above for absolute
 * ones. A KIM without figures is never HIGH.
 *
 * @param <M> the metric
 */
@Value.Immutable
public abstract class Cutoff<M extends Enum<M>> {

  /** @return the cutoff for the total, if any */
  public abstract Option<Long> total();

  /** @return the cutoffs per metric */
  public abstract SortedMap<M, Long> perMetric();

  /** @return true for strictly above, false for at-or-above */
  public abstract boolean strict();

  /** @return the code of the policy that produced the cutoff */
  public abstract String policyCode();

  /** @return the number of KIM the cutoff was computed from (0 for absolute policies) */
  public abstract int populationSize();

  /** @return a builder */
  public static <M extends Enum<M>> Builder<M> builder() {
    return new Builder<>();
  }

  /**
   * @param figures a KIM's figures
   * @return the decision, naming the criterion that made the KIM HIGH, or else the first criterion
   */
  public ThresholdDecision<M> decide(MetricFigures<M> figures) {
    Seq<Tuple2<Option<M>, Long>> criteria = criteria();
    Option<Tuple2<Option<M>, Long>> met = figures.hasEvidence()
        ? criteria.find(c -> figureOf(figures, c._1).exists(f -> meets(f, c._2))) : Option.none();
    Option<Tuple2<Option<M>, Long>> shown = met.orElse(criteria.headOption());
    Option<M> metric = shown.flatMap(c -> c._1);
    return ThresholdDecision.<M>builder().high(met.isDefined()).hasEvidence(figures.hasEvidence()).figures(figures)
        .metric(metric).figure(figureOf(figures, metric).getOrElse(0L)).cutoff(shown.map(c -> c._2))
        .strict(strict()).policyCode(policyCode()).populationSize(populationSize()).build();
  }

  /**
   * @return the criteria in the order they are tried: the total's cutoff, then each metric's (none
   *     of a metric is a total); built once per cutoff, since a whole population is decided against it
   */
  @Value.Lazy
  Seq<Tuple2<Option<M>, Long>> criteria() {
    return total().map(t -> Tuple.of(Option.<M>none(), t)).toList()
        .appendAll(List.ofAll(perMetric()).map(e -> Tuple.of(Option.of(e._1), e._2)));
  }

  private boolean meets(long figure, long cutoff) {
    return strict() ? figure > cutoff : figure >= cutoff;
  }

  private static <M extends Enum<M>> Option<Long> figureOf(MetricFigures<M> figures, Option<M> metric) {
    return metric.isEmpty() ? Option.of(figures.total()) : figures.perMetric().get(metric.get());
  }

  /** Builds a {@link Cutoff}. */
  public static final class Builder<M extends Enum<M>> extends ImmutableCutoff.Builder<M> {}
}
