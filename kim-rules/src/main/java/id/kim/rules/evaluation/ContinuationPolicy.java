package id.kim.rules.evaluation;

import id.kim.core.monitoring.MeasurementLevel;
import io.vavr.collection.SortedSet;
import io.vavr.collection.TreeSet;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * The Dinas' thresholds for deciding whether to continue a collaboration. The juknis says that M&amp;E
 * serves "untuk menentukan kelanjutan kolaborasi" (MONITOR-PURPOSE) but gives no threshold, target or
 * instrument (RULES.md GAP-44), and no consequence of poor performance (GAP-40): these are the Dinas'
 * own policy, recorded in every evaluation. Performance only ever leads to a review at renewal, never
 * to termination, which has its own closed grounds (TERM-1..7).
 *
 * <p>{@link #standard()} (PROPOSED) asks only that at least one dissemination activity be logged in the
 * period, by analogy with QUAL-2 "secara berkala melakukan aktivitas komunitas"; {@link #reportOnly()}
 * sets no threshold at all.
 */
@Value.Immutable
public abstract class ContinuationPolicy implements WithContinuationPolicy {

  /** @return the policy's name, recorded with each evaluation */
  public abstract String name();

  /** @return minimum Σ Jumlah kegiatan (MONITOR-COL-3) in the period */
  @Value.Default
  public Option<Long> minActivities() {
    return Option.none();
  }

  /** @return minimum follower growth (MEASURE-1) in the period */
  @Value.Default
  public Option<Long> minFollowerGrowth() {
    return Option.none();
  }

  /** @return minimum total Outtakes (MEASURE-2) in the period */
  @Value.Default
  public Option<Long> minOuttakes() {
    return Option.none();
  }

  /** @return minimum pooled change of the positive proportion (MEASURE-3), e.g. 1/10 for +10 points */
  @Value.Default
  public Option<Ratio> minOutcomeChange() {
    return Option.none();
  }

  /** @return levels that must be measurable, else the data is insufficient */
  @Value.Default
  public SortedSet<MeasurementLevel> requiredLevels() {
    return TreeSet.empty();
  }

  /** @return days without a logged activity after which an inactivity warning is raised (GAP-40) */
  @Value.Default
  public Option<Integer> maxDaysWithoutActivity() {
    return Option.none();
  }

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return PROPOSED default: at least one logged activity in the period, nothing else */
  public static ContinuationPolicy standard() {
    return builder().name("standar (USULAN SDK): minimal 1 kegiatan per periode").minActivities(Option.some(1L))
        .build();
  }

  /** @return no thresholds: the evaluation reports measures and only judges missing data */
  public static ContinuationPolicy reportOnly() {
    return builder().name("tanpa ambang batas").build();
  }

  /** @return true if any threshold is set */
  public boolean hasThresholds() {
    return minActivities().isDefined() || minFollowerGrowth().isDefined() || minOuttakes().isDefined()
        || minOutcomeChange().isDefined();
  }

  /** Rejects negative minimums and a non-positive inactivity limit, naming the setting. */
  @Value.Check
  protected void check() {
    minActivities().filter(v -> v < 0).forEach(v -> reject("minActivities", v));
    minOuttakes().filter(v -> v < 0).forEach(v -> reject("minOuttakes", v));
    maxDaysWithoutActivity().filter(v -> v <= 0).forEach(v -> reject("maxDaysWithoutActivity", v));
  }

  private static void reject(String setting, Object value) {
    throw new IllegalArgumentException("continuation policy setting '" + setting + "' must not be "
        + (setting.startsWith("max") ? "zero or negative" : "negative") + ", was " + value);
  }

  @Override
  public String toString() {
    return name();
  }

  /** Builds a {@link ContinuationPolicy}. */
  public static final class Builder extends ImmutableContinuationPolicy.Builder {}
}
