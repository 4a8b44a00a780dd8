package id.kim.rules.evaluation;

import id.kim.core.monitoring.OutcomeKind;
import org.immutables.value.Value;

/**
 * The change one survey shows (MEASURE-3): the proportion of positive answers before
 * ({@code p0 = positive0 / respondents0}) and after ({@code p1 = positive1 / respondents1}), and the
 * change {@code p1 − p0} (e.g. 1/5 = 20 percentage points).
 */
@Value.Immutable
public abstract class SurveyChange {

  /** @return the survey's question or topic */
  public abstract String title();

  /** @return awareness, attitude or other */
  public abstract OutcomeKind kind();

  /** @return {@code p0}, or missing baseline / division by zero */
  public abstract Measurement before();

  /** @return {@code p1}, or division by zero */
  public abstract Measurement after();

  /** @return {@code p1 − p0} */
  @Value.Derived
  public Measurement change() {
    return after().minus(before());
  }

  /** @return a builder — the SDK computes a survey's change; the builder is public to reload a stored one (kim-json) */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SurveyChange}. */
  public static final class Builder extends ImmutableSurveyChange.Builder {}
}
