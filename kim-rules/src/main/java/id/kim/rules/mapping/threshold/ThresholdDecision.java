package id.kim.rules.mapping.threshold;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * What a cutoff decided for one KIM, with the numbers it compared — recorded in the grid placement
 * so an official can see why the KIM's power or influence is high or low.
 *
 * @param <M> the metric
 */
@Value.Immutable
public abstract class ThresholdDecision<M extends Enum<M>> {

  /** @return true if HIGH */
  public abstract boolean high();

  /** @return true if the KIM had figures on or before the as-of date */
  public abstract boolean hasEvidence();

  /** @return the KIM's figures */
  public abstract MetricFigures<M> figures();

  /** @return the metric compared; none when the total was compared */
  public abstract Option<M> metric();

  /** @return the figure compared */
  public abstract long figure();

  /** @return the cutoff compared with; none when there was nothing to compare */
  public abstract Option<Long> cutoff();

  /** @return true if HIGH needs the figure strictly above the cutoff, false for at-or-above */
  public abstract boolean strict();

  /** @return the policy's code */
  public abstract String policyCode();

  /** @return the number of KIM whose figures formed a relative cutoff (0 for absolute cutoffs) */
  public abstract int populationSize();

  /** @return a builder */
  public static <M extends Enum<M>> Builder<M> builder() {
    return new Builder<>();
  }

  /** @return e.g. {@code "total 5000 > 1200"} or {@code "FOLLOWERS 300 < 500"} */
  public String comparison() {
    String what = metric().map(Enum::name).getOrElse("total");
    return what + " " + figure() + cutoff().map(c -> " " + symbol() + " " + c).getOrElse("");
  }

  private String symbol() {
    if (high()) {
      return strict() ? ">" : ">=";
    }
    return strict() ? "<=" : "<";
  }

  @Override
  public String toString() {
    return "ThresholdDecision[" + (high() ? "HIGH" : "LOW") + ", " + comparison() + ", " + policyCode() + "]";
  }

  /** Builds a {@link ThresholdDecision}. */
  public static final class Builder<M extends Enum<M>> extends ImmutableThresholdDecision.Builder<M> {}
}
