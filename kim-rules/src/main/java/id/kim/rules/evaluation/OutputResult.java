package id.kim.rules.evaluation;

import org.immutables.value.Value;

/**
 * The Output measure of one KIM for one period (MEASURE-1, Tabel 5.1: "Pengukuran dasar dari
 * aktivitas diseminasi informasi melalui media yang dikelola KIM misalnya pertambahan jumlah
 * followers, pengunjung blog/situs web, kehadiran peserta event pada kegiatan tatap muka").
 * Formulas: {@link OutputMeasure}.
 */
@Value.Immutable
public abstract class OutputResult {

  /** @return the period measured */
  public abstract MeasurementPeriod period();

  /** @return followers at the end of the day before the period, summed over the KIM's media */
  public abstract Measurement openingFollowers();

  /** @return follower growth: closing minus opening followers */
  public abstract Measurement followerGrowth();

  /** @return follower growth rate: growth divided by opening followers */
  public abstract Measurement followerGrowthRate();

  /** @return visitors of blog/website counted in the period */
  public abstract Measurement visitors();

  /** @return attendance at face-to-face events in the period */
  public abstract Measurement attendance();

  /** @return views of content published in the period (Instagram "View", PROPOSED as Output) */
  public abstract Measurement views();

  /** @return a builder — the SDK computes an Output measure; the builder is public to reload a stored one (kim-json) */
  public static Builder builder() {
    return new Builder();
  }

  /** @return true if at least one component has a value */
  public boolean isMeasurable() {
    return followerGrowth().isMeasurable() || visitors().isMeasurable() || attendance().isMeasurable()
        || views().isMeasurable();
  }

  /** Builds an {@link OutputResult}. */
  public static final class Builder extends ImmutableOutputResult.Builder {}
}
