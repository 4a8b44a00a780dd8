package id.kim.rules.evaluation;

import io.vavr.collection.Seq;
import org.immutables.value.Value;

/**
 * The Outcome measure of one KIM for one period (MEASURE-3, Tabel 5.1: "Mengukur dampak komunikasi
 * pada khalayak sasaran, misalnya peningkatan kesadaran audiens dan perubahan sikap (contoh hasil
 * survei online …)"). Formulas: {@link OutcomeMeasure}.
 */
@Value.Immutable
public abstract class OutcomeResult {

  /** @return the period measured */
  public abstract MeasurementPeriod period();

  /** @return each survey whose follow-up closed in the period, by date then title */
  public abstract Seq<SurveyChange> surveys();

  /** @return the pooled proportion before, {@code Σ positive0 / Σ respondents0} */
  public abstract Measurement pooledBefore();

  /** @return the pooled proportion after, {@code Σ positive1 / Σ respondents1} */
  public abstract Measurement pooledAfter();

  /** @return the pooled change {@code pooledAfter − pooledBefore} */
  @Value.Derived
  public Measurement change() {
    return pooledAfter().minus(pooledBefore());
  }

  /**
   * @return a builder — the SDK computes an Outcome measure; the builder is public to reload a stored one (kim-json)
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link OutcomeResult}. */
  public static final class Builder extends ImmutableOutcomeResult.Builder {}
}
