package id.kim.core.time;

import id.kim.core.validation.MissingValueException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.immutables.value.Value;

/**
 * An inclusive span of calendar dates, e.g. a partnership period (periode kemitraan, PROFILE-r):
 * "jangka waktu yang ditetapkan untuk bermitra dengan KIM". Both ends are days that belong to the
 * period; a one-day period has {@code start == end}.
 */
@Value.Immutable
@ChronologicalPeriod
public abstract class Period {

  /** @return the first day of the period */
  @Value.Parameter
  public abstract LocalDate start();

  /** @return the last day of the period (inclusive) */
  @Value.Parameter
  public abstract LocalDate end();

  /**
   * @param start first day
   * @param end last day, inclusive
   * @return the period; an end before the start is reported by validation, not here
   */
  public static Period of(LocalDate start, LocalDate end) {
    return ImmutablePeriod.of(start, end);
  }

  /**
   * @param date a day
   * @return true if {@code start <= date <= end}
   */
  public boolean contains(LocalDate date) {
    MissingValueException.requireNonNull(date, "date");
    return !date.isBefore(start()) && !date.isAfter(end());
  }

  /** @return the number of days in the period, counting both ends */
  public long lengthInDays() {
    return ChronoUnit.DAYS.between(start(), end()) + 1;
  }

  /**
   * @param other another period
   * @return true if the two periods share at least one day
   */
  public boolean overlaps(Period other) {
    MissingValueException.requireNonNull(other, "other");
    return !other.end().isBefore(start()) && !other.start().isAfter(end());
  }

  @Override
  public String toString() {
    return start() + ".." + end();
  }
}
