package id.kim.rules.mapping.grid;

import id.kim.core.metric.ReachMetric;
import id.kim.core.metric.ResponseMetric;
import id.kim.rules.mapping.threshold.ThresholdPolicy;
import org.immutables.value.Value;

/**
 * Everything stage C needs that the juknis leaves open, as one value recorded in every placement:
 * the thresholds of power and influence (GAP-15, GAP-16), where interest comes from (GAP-16), and
 * the policy for the combinations Tabel 3.3 does not name (GAP-14). All PROPOSED.
 *
 * <p>{@link #standard()}: power and influence HIGH above the median of the Dinas' own KIM (figures
 * summed over media), interest by assessment only, {@link MixedCasePolicy#BOTH_HIGH}.
 */
@Value.Immutable
public abstract class LevelPolicy implements WithLevelPolicy {

  /** @return the threshold of power (kekuatan, PROFILE-s) */
  @Value.Default
  public ThresholdPolicy<ReachMetric> power() {
    return ThresholdPolicy.median();
  }

  /** @return the threshold of influence (pengaruh, PROFILE-t) */
  @Value.Default
  public ThresholdPolicy<ResponseMetric> influence() {
    return ThresholdPolicy.median();
  }

  /** @return where interest comes from */
  @Value.Default
  public InterestPolicy interest() {
    return InterestPolicy.ASSESSMENT_ONLY;
  }

  /** @return the policy for unnamed combinations */
  @Value.Default
  public MixedCasePolicy mixedCase() {
    return MixedCasePolicy.BOTH_HIGH;
  }

  /** @return the default policy */
  public static LevelPolicy standard() {
    return builder().build();
  }

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @return a stable code, e.g.
   * {@code "power=relative(p50,SUM); influence=…; interest=ASSESSMENT_ONLY; mixed=BOTH_HIGH"}
   */
  public String code() {
    return "power=" + power().code() + "; influence=" + influence().code() + "; interest=" + interest()
        + "; mixed=" + mixedCase();
  }

  @Override
  public String toString() {
    return "LevelPolicy[" + code() + "]";
  }

  /** Builds a {@link LevelPolicy}. */
  public static final class Builder extends ImmutableLevelPolicy.Builder {}
}
