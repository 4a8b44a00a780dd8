package id.kim.rules.award;

import id.kim.rules.evaluation.Ratio;
import org.immutables.value.Value;

/**
 * One criterion of an award assessment: the raw figure, its normalised value in [0, 1] (counts divided
 * by the largest count among the ranked KIM, 0 when that is 0; the quality score divided by 100) and its
 * weight.
 */
@Value.Immutable
public abstract class CriterionScore {

  /** @return the raw figure */
  @Value.Parameter
  public abstract Ratio raw();

  /** @return the normalised value, 0..1 */
  @Value.Parameter
  public abstract Ratio normalised();

  /** @return the weight */
  @Value.Parameter
  public abstract long weight();

  static CriterionScore of(Ratio raw, Ratio normalised, long weight) {
    return ImmutableCriterionScore.of(raw, normalised, weight);
  }

  @Override
  public String toString() {
    return "raw " + raw() + ", normalised " + normalised() + " (" + normalised().toDecimal(4).toPlainString()
        + "), weight " + weight();
  }
}
