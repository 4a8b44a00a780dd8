package id.kim.rules.mapping.threshold;

import id.kim.core.i18n.Lang;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.TreeMap;
import io.vavr.control.Option;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * HIGH when a KIM's total reaches {@link #total()}, or its figure for any metric reaches that
 * metric's threshold in {@link #perMetric()} — e.g. power HIGH from 1,000 followers or 50 meeting
 * participants (GAP-15, PROPOSED: the numbers are the Dinas' own).
 *
 * <pre>{@code
 * AbsoluteThreshold<ReachMetric> power = AbsoluteThreshold.<ReachMetric>builder()
 *     .putPerMetric(ReachMetric.FOLLOWERS, 1000L)
 *     .putPerMetric(ReachMetric.MEETING_PARTICIPANTS, 50L)
 *     .build();
 * }</pre>
 *
 * @param <M> the metric
 */
@Value.Immutable(copy = false)
// the policy prints as its code (ThresholdPolicy.toString), the name a mapping records
@SuppressWarnings("immutables:incompat")
public abstract class AbsoluteThreshold<M extends Enum<M>> extends ThresholdPolicy<M> {

  /** @return the total from which a KIM is HIGH, if the total counts */
  public abstract Optional<Long> total();

  /** @return per metric, the figure from which a KIM is HIGH */
  public abstract Map<M, Long> perMetric();

  @Override
  @Value.Default
  public Aggregation aggregation() {
    return Aggregation.SUM;
  }

  /** @return a builder */
  public static <M extends Enum<M>> Builder<M> builder() {
    return new Builder<>();
  }

  @Override
  public Cutoff<M> resolve(Seq<MetricFigures<M>> population) {
    return Cutoff.<M>builder().total(Option.ofOptional(total()))
        .perMetric(TreeMap.ofAll(perMetric())).strict(false).policyCode(code()).populationSize(0).build();
  }

  @Override
  public String code() {
    return "absolute(" + criteria().mkString(",") + "," + aggregation() + ")";
  }

  @Override
  public String describe(Lang lang) {
    return (lang == Lang.ID ? "absolut: TINGGI bila " : "absolute: HIGH when ")
        + criteria().mkString(lang == Lang.ID ? " atau " : " or ");
  }

  private Seq<String> criteria() {
    return List.ofAll(total().stream()).map(t -> "total>=" + t)
        .appendAll(TreeMap.ofAll(perMetric()).map(e -> e._1.name() + ">=" + e._2));
  }

  /** At least one threshold, none negative. */
  @Value.Check
  protected void check() {
    if (total().isEmpty() && perMetric().isEmpty()) {
      throw new IllegalArgumentException(
          "AbsoluteThreshold needs a total or at least one perMetric threshold (GAP-15)");
    }
    if (total().filter(t -> t < 0).isPresent() || perMetric().values().stream().anyMatch(t -> t < 0)) {
      throw new IllegalArgumentException("AbsoluteThreshold thresholds must not be negative: " + code());
    }
  }

  /** Builds an {@link AbsoluteThreshold}. */
  public static final class Builder<M extends Enum<M>> extends ImmutableAbsoluteThreshold.Builder<M> {}
}
