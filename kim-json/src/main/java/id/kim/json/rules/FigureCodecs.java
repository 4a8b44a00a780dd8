package id.kim.json.rules;

import id.kim.core.metric.ReachMetric;
import id.kim.core.metric.ResponseMetric;
import id.kim.json.Codec;
import id.kim.json.ComputedFields;
import id.kim.json.Field;
import id.kim.json.MapFields;
import id.kim.json.ObjectCodec;
import id.kim.json.Scalars;
import id.kim.rules.mapping.threshold.Aggregation;
import id.kim.rules.mapping.threshold.MetricFigures;
import id.kim.rules.mapping.threshold.ThresholdDecision;
import io.vavr.collection.TreeMap;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * JSON of the figures behind a power or influence level (GAP-15, GAP-16): a KIM's
 * {@link MetricFigures} of PROFILE-s ({@link ReachMetric}) or PROFILE-t ({@link ResponseMetric}) as of
 * the date, and the {@link ThresholdDecision} that compared them with the cutoff. They are parts of a
 * {@code VariableLevel}, whose variable says which metrics they count (power: PROFILE-s; influence:
 * PROFILE-t).
 */
public final class FigureCodecs {
  /** The decision on power (kekuatan), PROFILE-s. */
  public static final Codec<ThresholdDecision<ReachMetric>> POWER = decision(ReachMetric.class);
  /** The decision on influence (pengaruh), PROFILE-t. */
  public static final Codec<ThresholdDecision<ResponseMetric>> INFLUENCE = decision(ResponseMetric.class);

  private FigureCodecs() {}

  private static <M extends Enum<M>> Codec<MetricFigures<M>> figures(Class<M> metric) {
    Field<MetricFigures<M>, Map<M, Long>> perMetric = MapFields.objectMap("perMetric", FigureCodecs::perMetric,
        Enum::name,
        Scalars.code(metric), Scalars.LONG);
    Field<MetricFigures<M>, Integer> series = Field.required("series", MetricFigures::series, Scalars.INT);
    Field<MetricFigures<M>, Option<LocalDate>> latest = Field.option("latestObservation",
        MetricFigures::latestObservation, Scalars.DATE);
    Field<MetricFigures<M>, Aggregation> aggregation = Field.required("aggregation", MetricFigures::aggregation,
        Scalars.code(Aggregation.class));
    Field<MetricFigures<M>, Optional<Long>> total = ComputedFields.derived("total", MetricFigures::total, Scalars.LONG);
    return ObjectCodec.of("MetricFigures", List.of(perMetric, series, latest, aggregation, total),
        d -> MetricFigures.<M>builder().perMetric(TreeMap.ofAll(d.get(perMetric))).series(d.get(series))
            .latestObservation(d.get(latest)).aggregation(d.get(aggregation)).build());
  }

  private static <M extends Enum<M>> Codec<ThresholdDecision<M>> decision(Class<M> metric) {
    Field<ThresholdDecision<M>, Boolean> high = Field.required("high", ThresholdDecision::high, Scalars.BOOLEAN);
    Field<ThresholdDecision<M>, Boolean> evidence = Field.required("hasEvidence", ThresholdDecision::hasEvidence,
        Scalars.BOOLEAN);
    Field<ThresholdDecision<M>, MetricFigures<M>> figures = Field.required("figures", ThresholdDecision::figures,
        figures(metric));
    Field<ThresholdDecision<M>, Option<M>> which = Field.option("metric", ThresholdDecision::metric,
        Scalars.code(metric));
    Field<ThresholdDecision<M>, Long> figure = Field.required("figure", ThresholdDecision::figure, Scalars.LONG);
    Field<ThresholdDecision<M>, Option<Long>> cutoff = Field.option("cutoff", ThresholdDecision::cutoff, Scalars.LONG);
    Field<ThresholdDecision<M>, Boolean> strict = Field.required("strict", ThresholdDecision::strict, Scalars.BOOLEAN);
    Field<ThresholdDecision<M>, String> policy = Field.required("policyCode", ThresholdDecision::policyCode,
        Scalars.TEXT);
    Field<ThresholdDecision<M>, Integer> population = Field.required("populationSize",
        ThresholdDecision::populationSize, Scalars.INT);
    Field<ThresholdDecision<M>, Optional<String>> comparison = ComputedFields.derived("comparison",
        ThresholdDecision::comparison, Scalars.TEXT);
    return ObjectCodec.of("ThresholdDecision",
        List.of(high, evidence, figures, which, figure, cutoff, strict, policy, population, comparison),
        d -> ThresholdDecision.<M>builder().high(d.get(high)).hasEvidence(d.get(evidence)).figures(d.get(figures))
            .metric(d.get(which))
            .figure(d.get(figure)).cutoff(d.get(cutoff)).strict(d.get(strict)).policyCode(d.get(policy))
            .populationSize(d.get(population)).build());
  }

  private static <M extends Enum<M>> Map<M, Long> perMetric(MetricFigures<M> figures) {
    Map<M, Long> out = new LinkedHashMap<>();
    figures.perMetric().forEach((k, v) -> out.put(k, v));
    return out;
  }
}
