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
 * One dated strength figure of a KIM's medium (Kekuatan, PROFILE-s): "jumlah capaian media yang
 * dimiliki oleh KIM pada kolom Jenis Media" — e.g. 1,250 Instagram followers on 1 March 2026.
 */
@Value.Immutable
public abstract class ReachObservation {

  /** @return the medium observed */
  @Value.Parameter
  @Valid
  public abstract KimMedium medium();

  /** @return what is counted */
  @Value.Parameter
  public abstract ReachMetric metric();

  /** @return the count */
  @Value.Parameter
  @PositiveOrZero(message = "{kim.count.negative}")
  @JuknisField("PROFILE-s")
  @Max(value = PlausibleCounts.REACH, message = "{kim.count.tooLarge}")
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
  public static ReachObservation of(KimMedium medium, ReachMetric metric, long value, LocalDate observedOn) {
    return ImmutableReachObservation.of(medium, metric, value, observedOn);
  }
}
