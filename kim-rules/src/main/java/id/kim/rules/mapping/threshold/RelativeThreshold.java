package id.kim.rules.mapping.threshold;

import id.kim.core.i18n.Lang;
import io.vavr.collection.Seq;
import io.vavr.collection.TreeMap;
import org.immutables.value.Value;

/**
 * HIGH when a KIM's total is strictly above the given percentile (nearest rank) of the totals of the
 * Dinas' own KIM that have figures as of the date — "above the median of KIM in the same
 * regency/city" at 50 (GAP-15, PROPOSED). KIM without figures are not part of the population.
 *
 * <p>Because the cutoff is one of the totals and the comparison is strict: reordering the KIM
 * changes nothing; multiplying every count by the same positive factor changes nothing; when all
 * totals are equal no KIM is HIGH; a Dinas with one KIM finds it LOW (nothing to compare with —
 * choose an {@link AbsoluteThreshold} for such a Dinas).
 *
 * @param <M> the metric
 */
@Value.Immutable(copy = false)
// the policy prints as its code (ThresholdPolicy.toString), the name a mapping records
@SuppressWarnings("immutables:incompat")
public abstract class RelativeThreshold<M extends Enum<M>> extends ThresholdPolicy<M> {

  /** @return 0–99; 50 is the median */
  public abstract int percentile();

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
    Seq<MetricFigures<M>> withEvidence = population.filter(MetricFigures::hasEvidence);
    return Cutoff.<M>builder().total(Percentile.nearestRank(withEvidence.map(MetricFigures::total), percentile()))
        .perMetric(TreeMap.empty()).strict(true).policyCode(code()).populationSize(withEvidence.size()).build();
  }

  @Override
  public String code() {
    return "relative(p" + percentile() + "," + aggregation() + ")";
  }

  @Override
  public String describe(Lang lang) {
    String which = percentile() == 50 ? (lang == Lang.ID ? "median" : "the median")
        : (lang == Lang.ID ? "persentil ke-" + percentile() : "percentile " + percentile());
    String agg = aggregation() == Aggregation.SUM ? (lang == Lang.ID ? "jumlah" : "sum")
        : (lang == Lang.ID ? "terbesar" : "max");
    return lang == Lang.ID
        ? "relatif: TINGGI bila di atas " + which + " KIM Dinas yang punya data (" + agg + " semua media)"
        : "relative: HIGH when above " + which + " of the Dinas' KIM with figures (" + agg + " over media)";
  }

  /** The percentile lies in 0..99. */
  @Value.Check
  protected void check() {
    if (percentile() < 0 || percentile() > 99) {
      throw new IllegalArgumentException("RelativeThreshold.percentile must be 0..99 (50 = median), was "
          + percentile() + " (GAP-15)");
    }
  }

  /** Builds a {@link RelativeThreshold}. */
  public static final class Builder<M extends Enum<M>> extends ImmutableRelativeThreshold.Builder<M> {}
}
