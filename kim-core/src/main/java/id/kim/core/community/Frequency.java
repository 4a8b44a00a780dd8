package id.kim.core.community;

import id.kim.core.validation.JuknisField;
import id.kim.core.validation.PlausibleCounts;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * How often a KIM disseminates (Frekuensi, PROFILE-p): "jumlah diseminasi informasi melalui media
 * komunitas dalam periode tertentu (tahunan, bulanan, mingguan)" — e.g. 3 per week.
 */
@Value.Immutable
public abstract class Frequency {

  /** @return number of disseminations in one period */
  @Value.Parameter
  @PositiveOrZero(message = "{kim.count.negative}")
  @JuknisField("PROFILE-p")
  @Max(value = PlausibleCounts.DISSEMINATIONS_PER_PERIOD, message = "{kim.count.tooLarge}")
  public abstract int count();

  /** @return the period */
  @Value.Parameter
  public abstract FrequencyPeriod period();

  /**
   * @param count disseminations per period
   * @param period the period
   * @return the frequency
   */
  public static Frequency of(int count, FrequencyPeriod period) {
    return ImmutableFrequency.of(count, period);
  }

  /** @return the same rhythm expressed per year, for comparing KIM */
  public long perYear() {
    return (long) count() * period().perYear();
  }

  @Override
  public String toString() {
    return count() + "/" + period().name().toLowerCase(Locale.ROOT);
  }
}
