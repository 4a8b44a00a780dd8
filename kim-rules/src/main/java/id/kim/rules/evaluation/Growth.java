package id.kim.rules.evaluation;

import org.immutables.value.Value;

/**
 * Growth of a measure between two periods (pertambahan, Tabel 5.1 Output "pertambahan jumlah
 * followers"), e.g. this month's visitors against last month's: the change {@code later − earlier}
 * and the rate {@code (later − earlier) / earlier}. Either is not measurable when a side is; the rate
 * is not measurable by division by zero when the earlier value is 0.
 */
@Value.Immutable
public abstract class Growth {

  /** @return the earlier period */
  public abstract MeasurementPeriod earlierPeriod();

  /** @return the later period */
  public abstract MeasurementPeriod laterPeriod();

  /** @return the measure in the earlier period */
  public abstract Measurement earlier();

  /** @return the measure in the later period */
  public abstract Measurement later();

  /**
   * @param earlierPeriod the earlier period
   * @param earlier its measure
   * @param laterPeriod the later period
   * @param later its measure
   * @return the growth
   */
  public static Growth between(MeasurementPeriod earlierPeriod, Measurement earlier, MeasurementPeriod laterPeriod,
      Measurement later) {
    return ImmutableGrowth.builder().earlierPeriod(earlierPeriod).earlier(earlier)
        .laterPeriod(laterPeriod).later(later).build();
  }

  /** @return {@code later − earlier} */
  @Value.Derived
  public Measurement change() {
    return later().minus(earlier());
  }

  /** @return {@code (later − earlier) / earlier} */
  @Value.Derived
  public Measurement rate() {
    return later().relativeTo(earlier());
  }
}
