package id.kim.rules.award;

import id.kim.core.community.KimRef;
import id.kim.rules.evaluation.Measurement;
import id.kim.rules.evaluation.MeasurementPeriod;
import java.math.BigInteger;
import org.immutables.value.Value;

/**
 * What monitoring found about one KIM over the award period (AWARD-STAGE-1, AWARD-CONS-1 "Hasil
 * pemantauan KIM yang melaksanakan diseminasi informasi publik"): posts published (Tabel 5.3),
 * dissemination activities (Σ Jumlah kegiatan, Tabel 5.2) and Outtakes (MEASURE-2).
 */
@Value.Immutable
public abstract class MonitoringSummary {

  /** @return the KIM */
  public abstract KimRef kim();

  /** @return the period monitored */
  public abstract MeasurementPeriod period();

  /** @return Tabel 5.3 posts published in the period */
  public abstract long posts();

  /** @return Σ Jumlah kegiatan of the Tabel 5.2 rows, within the period */
  public abstract BigInteger activities();

  /** @return Outtakes total in the period */
  public abstract Measurement engagement();

  /** @return true if any Tabel 5.2 row or Tabel 5.3 post is dated in the period */
  public abstract boolean monitored();

  /** @return a builder */
  static ImmutableMonitoringSummary.Builder builder() {
    return ImmutableMonitoringSummary.builder();
  }
}
