package id.kim.core.metric;

import id.kim.core.media.KimMedium;
import id.kim.core.validation.JuknisField;
import id.kim.core.validation.PlausibleCounts;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * One dated influence figure of a KIM's medium (Pengaruh, PROFILE-t): "capaian respon positif yang
 * diberikan oleh khalayak sasaran terhadap kegiatan KIM" — e.g. 3,400 likes in March 2026.
 */
@Value.Immutable
public abstract class ResponseObservation {

  /** @return the medium observed */
  @Value.Parameter
  @Valid
  public abstract KimMedium medium();

  /** @return what is counted */
  @Value.Parameter
  public abstract ResponseMetric metric();

  /** @return the count */
  @Value.Parameter
  @PositiveOrZero(message = "{kim.count.negative}")
  @JuknisField("PROFILE-t")
  @Max(value = PlausibleCounts.RESPONSES, message = "{kim.count.tooLarge}")
  public abstract long value();

  /** @return the day of the observation */
  @Value.Parameter
  public abstract LocalDate observedOn();

  /**
   * @param medium medium observed
   * @param metric what is counted
   * @param value the count
   * @param observedOn day of observation
   * @return the observation
   */
  public static ResponseObservation of(KimMedium medium, ResponseMetric metric, long value, LocalDate observedOn) {
    return ImmutableResponseObservation.of(medium, metric, value, observedOn);
  }
}
