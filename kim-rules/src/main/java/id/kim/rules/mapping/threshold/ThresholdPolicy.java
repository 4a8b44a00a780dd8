package id.kim.rules.mapping.threshold;

import id.kim.core.i18n.Lang;
import io.vavr.collection.Seq;

/**
 * Where "high" (tinggi) begins for power or influence — a policy value, because the juknis gives no
 * threshold (GAP-15) and officials can reasonably differ. Every threshold is PROPOSED; the one in
 * force is recorded in every grid placement with the numbers it compared.
 *
 * <ul>
 *   <li>{@link RelativeThreshold} — relative to the Dinas' own population: HIGH when a KIM's total
 *       is strictly above a percentile (nearest rank) of the totals of the Dinas' KIM that have
 *       figures; {@link #median()} is the default. Invariant under reordering the KIM and under
 *       scaling every count by the same factor.</li>
 *   <li>{@link AbsoluteThreshold} — absolute numbers: HIGH when the total, or the figure of any
 *       metric given a threshold, reaches it.</li>
 * </ul>
 *
 * @param <M> the metric: {@code ReachMetric} for power, {@code ResponseMetric} for influence
 */
public abstract class ThresholdPolicy<M extends Enum<M>> {

  /** @return how a KIM's media and metrics are combined */
  public abstract Aggregation aggregation();

  /**
   * @param population the figures of every KIM of the Dinas that has evidence, in any order
   * @return the cutoff that applies to each of them
   */
  public abstract Cutoff<M> resolve(Seq<MetricFigures<M>> population);

  /** @return a stable, language-neutral code, e.g. {@code "relative(p50,SUM)"} */
  public abstract String code();

  /**
   * @param lang the language
   * @return the policy in words, for reports
   */
  public abstract String describe(Lang lang);

  /**
   * @param <M> the metric
   * @return HIGH above the median of the Dinas' own KIM (the default, PROPOSED)
   */
  public static <M extends Enum<M>> RelativeThreshold<M> median() {
    return relative(50);
  }

  /**
   * @param percentile 0–99: HIGH strictly above this percentile (nearest rank)
   * @param <M> the metric
   * @return the relative policy, figures summed
   */
  public static <M extends Enum<M>> RelativeThreshold<M> relative(int percentile) {
    return RelativeThreshold.<M>builder().percentile(percentile).build();
  }

  /**
   * @param highFrom the total from which a KIM is HIGH
   * @param <M> the metric
   * @return the absolute policy on totals, figures summed
   */
  public static <M extends Enum<M>> AbsoluteThreshold<M> absoluteTotal(long highFrom) {
    return AbsoluteThreshold.<M>builder().total(highFrom).build();
  }

  @Override
  public String toString() {
    return code();
  }
}
