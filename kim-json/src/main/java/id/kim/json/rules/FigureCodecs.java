package id.kim.json.rules;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import id.kim.core.i18n.Lang;
import id.kim.core.metric.ReachMetric;
import id.kim.core.metric.ResponseMetric;
import id.kim.json.Codec;
import id.kim.json.DecodeFailure;
import id.kim.json.Decoded;
import id.kim.json.Field;
import id.kim.json.JsonPath;
import id.kim.json.JsonProblem;
import id.kim.json.ObjectCodec;
import id.kim.json.Scalars;
import id.kim.rules.mapping.threshold.Aggregation;
import id.kim.rules.mapping.threshold.MetricFigures;
import id.kim.rules.mapping.threshold.ThresholdDecision;
import io.vavr.collection.TreeMap;
import io.vavr.control.Option;
import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * JSON of the figures behind a power or influence level (GAP-15, GAP-16): a KIM's
 * {@link MetricFigures} of PROFILE-s or PROFILE-t as of the date, and the {@link ThresholdDecision}
 * that compared them with the cutoff. A metric is written by its code; the codes of power
 * ({@code ReachMetric}: FOLLOWERS …) and influence ({@code ResponseMetric}: LIKES …) are disjoint, so
 * the code alone says which it is.
 */
public final class FigureCodecs {
  /** A code of {@code ReachMetric} or {@code ResponseMetric}. */
  static final Codec<Enum<?>> METRIC = new Codec<>() {
    @Override
    public String expected() {
      return "string (code of ReachMetric or ResponseMetric)";
    }

    @Override
    public void write(Enum<?> value, JsonGenerator out, Lang lang) throws IOException {
      out.writeString(value.name());
    }

    @Override
    public Enum<?> read(JsonNode node, JsonPath path) {
      if (!node.isTextual()) {
        throw Codec.wrongType(node, path, this);
      }
      for (Class<? extends Enum<?>> type : List.<Class<? extends Enum<?>>>of(ReachMetric.class, ResponseMetric.class)) {
        for (Enum<?> constant : type.getEnumConstants()) {
          if (constant.name().equals(node.textValue())) {
            return constant;
          }
        }
      }
      throw DecodeFailure.of(path, JsonProblem.Kind.INVALID_VALUE, "json.unknownCode", "ReachMetric/ResponseMetric",
          join(ReachMetric.values()) + ", " + join(ResponseMetric.values()));
    }
  };

  private static final Field<MetricFigures<?>, Map<Enum<?>, Long>> F_PER_METRIC =
      Field.objectMap("perMetric", FigureCodecs::perMetric, Enum::name, METRIC, Scalars.LONG);
  private static final Field<MetricFigures<?>, Integer> F_SERIES = Field.required("series", MetricFigures::series, Scalars.INT);
  private static final Field<MetricFigures<?>, Option<LocalDate>> F_LATEST =
      Field.option("latestObservation", MetricFigures::latestObservation, Scalars.DATE);
  private static final Field<MetricFigures<?>, Aggregation> F_AGGREGATION =
      Field.required("aggregation", MetricFigures::aggregation, Scalars.code(Aggregation.class));
  private static final Field<MetricFigures<?>, Optional<Long>> F_TOTAL = Field.derived("total", MetricFigures::total, Scalars.LONG);
  /** A KIM's latest figures per metric (summed or maximised over media), how many series, and the total. */
  public static final Codec<MetricFigures<?>> FIGURES = ObjectCodec.of("MetricFigures",
      List.of(F_PER_METRIC, F_SERIES, F_LATEST, F_AGGREGATION, F_TOTAL), FigureCodecs::figures);

  private static final Field<ThresholdDecision<?>, Boolean> T_HIGH = Field.required("high", ThresholdDecision::high, Scalars.BOOLEAN);
  private static final Field<ThresholdDecision<?>, Boolean> T_EVIDENCE =
      Field.required("hasEvidence", ThresholdDecision::hasEvidence, Scalars.BOOLEAN);
  private static final Field<ThresholdDecision<?>, MetricFigures<?>> T_FIGURES = Field.required("figures", ThresholdDecision::figures, FIGURES);
  private static final Field<ThresholdDecision<?>, Option<Enum<?>>> T_METRIC = Field.option("metric", FigureCodecs::metric, METRIC);
  private static final Field<ThresholdDecision<?>, Long> T_FIGURE = Field.required("figure", ThresholdDecision::figure, Scalars.LONG);
  private static final Field<ThresholdDecision<?>, Option<Long>> T_CUTOFF = Field.option("cutoff", ThresholdDecision::cutoff, Scalars.LONG);
  private static final Field<ThresholdDecision<?>, Boolean> T_STRICT = Field.required("strict", ThresholdDecision::strict, Scalars.BOOLEAN);
  private static final Field<ThresholdDecision<?>, String> T_POLICY = Field.required("policyCode", ThresholdDecision::policyCode, Scalars.TEXT);
  private static final Field<ThresholdDecision<?>, Integer> T_POPULATION =
      Field.required("populationSize", ThresholdDecision::populationSize, Scalars.INT);
  private static final Field<ThresholdDecision<?>, Optional<String>> T_COMPARISON =
      Field.derived("comparison", ThresholdDecision::comparison, Scalars.TEXT);
  /** What the cutoff decided for one KIM, with the numbers it compared. */
  public static final Codec<ThresholdDecision<?>> DECISION = ObjectCodec.of("ThresholdDecision",
      List.of(T_HIGH, T_EVIDENCE, T_FIGURES, T_METRIC, T_FIGURE, T_CUTOFF, T_STRICT, T_POLICY, T_POPULATION, T_COMPARISON),
      FigureCodecs::decision);

  private FigureCodecs() {}

  /** @return true if every metric of the figures and the decision is of the given type (an empty set is of every type) */
  static boolean isOf(ThresholdDecision<?> decision, Class<? extends Enum<?>> type) {
    return decision.figures().perMetric().keySet().forAll(type::isInstance) && decision.metric().forAll(type::isInstance);
  }

  private static Map<Enum<?>, Long> perMetric(MetricFigures<?> figures) {
    Map<Enum<?>, Long> out = new LinkedHashMap<>();
    figures.perMetric().forEach((k, v) -> out.put(k, v));
    return out;
  }

  @SuppressWarnings("unchecked")
  private static Option<Enum<?>> metric(ThresholdDecision<?> decision) {
    return (Option<Enum<?>>) (Option<?>) decision.metric();
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static MetricFigures<?> figures(Decoded d) {
    Map<Enum<?>, Long> map = d.get(F_PER_METRIC);
    if (map.keySet().stream().map(Object::getClass).distinct().count() > 1) {
      throw DecodeFailure.of(d.path(F_PER_METRIC), JsonProblem.Kind.INVALID_VALUE, "json.figures.mixedMetrics");
    }
    return MetricFigures.builder().perMetric(TreeMap.ofAll((Map) map)).series(d.get(F_SERIES))
        .latestObservation(d.get(F_LATEST)).aggregation(d.get(F_AGGREGATION)).build();
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static ThresholdDecision<?> decision(Decoded d) {
    ThresholdDecision.Builder b = ThresholdDecision.builder();
    return b.high(d.get(T_HIGH)).hasEvidence(d.get(T_EVIDENCE)).figures((MetricFigures) d.get(T_FIGURES)).metric((Option) d.get(T_METRIC))
        .figure(d.get(T_FIGURE)).cutoff(d.get(T_CUTOFF)).strict(d.get(T_STRICT)).policyCode(d.get(T_POLICY))
        .populationSize(d.get(T_POPULATION)).build();
  }

  private static String join(Enum<?>[] values) {
    StringBuilder s = new StringBuilder();
    for (Enum<?> v : values) {
      s.append(s.length() == 0 ? "" : ", ").append(v.name());
    }
    return s.toString();
  }
}
