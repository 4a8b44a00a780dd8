package id.kim.rules.evaluation;

import id.kim.core.time.Period;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import org.immutables.value.Value;

/**
 * The period a measure is taken over — an ISO week, a calendar month, a calendar year or any inclusive
 * span of days — with its label, e.g. {@code 2026-W09}, {@code 2026-03}, {@code 2026}. A datum counts
 * in a period when its date lies in the span, both ends included; adjacent periods share no day, so
 * counts over them add up to the count over their union. "Growth between two periods" compares the
 * measures of two periods ({@link Growth}).
 */
@Value.Immutable
public abstract class MeasurementPeriod {

  /** @return how the period is cut */
  @Value.Parameter
  public abstract Granularity granularity();

  /** @return the days, both inclusive */
  @Value.Parameter
  public abstract Period span();

  /**
   * @param weekBasedYear the ISO week-based year
   * @param week the week number, 1 to 52 or 53
   * @return that ISO week, Monday to Sunday
   * @throws IllegalArgumentException if the year has no such week
   */
  public static MeasurementPeriod isoWeek(int weekBasedYear, int week) {
    LocalDate jan4 = LocalDate.of(weekBasedYear, 1, 4);
    long weeks = IsoFields.WEEK_OF_WEEK_BASED_YEAR.rangeRefinedBy(jan4).getMaximum();
    if (week < 1 || week > weeks) {
      throw new IllegalArgumentException("week " + week + " does not exist in ISO week-based year "
          + weekBasedYear + " (it has weeks 1.." + weeks + ")");
    }
    LocalDate monday = jan4.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
    return ImmutableMeasurementPeriod.of(Granularity.WEEK, Period.of(monday, monday.plusDays(6)));
  }

  /**
   * @param day any day
   * @return the ISO week that holds it
   */
  public static MeasurementPeriod weekOf(LocalDate day) {
    return isoWeek(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  /**
   * @param month a month
   * @return that calendar month
   */
  public static MeasurementPeriod month(YearMonth month) {
    return ImmutableMeasurementPeriod.of(Granularity.MONTH, Period.of(month.atDay(1), month.atEndOfMonth()));
  }

  /**
   * @param year a year
   * @return that calendar year
   */
  public static MeasurementPeriod year(int year) {
    LocalDate first = Year.of(year).atDay(1);
    return ImmutableMeasurementPeriod.of(Granularity.YEAR,
        Period.of(first, first.with(TemporalAdjusters.lastDayOfYear())));
  }

  /**
   * @param span an inclusive span of days
   * @return a custom period
   * @throws IllegalArgumentException if the span ends before it starts
   */
  public static MeasurementPeriod custom(Period span) {
    if (span.end().isBefore(span.start())) {
      throw new IllegalArgumentException("measurement period " + span + " ends before it starts");
    }
    return ImmutableMeasurementPeriod.of(Granularity.CUSTOM, span);
  }

  /**
   * @param start first day
   * @param end last day, inclusive
   * @return a custom period
   */
  public static MeasurementPeriod custom(LocalDate start, LocalDate end) {
    return custom(Period.of(start, end));
  }

  /** @return the first day */
  public LocalDate start() {
    return span().start();
  }

  /** @return the last day, inclusive */
  public LocalDate end() {
    return span().end();
  }

  /**
   * @param day a day
   * @return true if the day lies in the period
   */
  public boolean contains(LocalDate day) {
    return span().contains(day);
  }

  /** @return the period right after this one, of the same granularity (a custom one of the same length) */
  public MeasurementPeriod next() {
    return switch (granularity()) {
      case WEEK -> weekOf(end().plusDays(1));
      case MONTH -> month(YearMonth.from(end().plusDays(1)));
      case YEAR -> year(end().getYear() + 1);
      default -> custom(end().plusDays(1), end().plusDays(span().lengthInDays()));
    };
  }

  /** @return the period right before this one, of the same granularity (a custom one of the same length) */
  public MeasurementPeriod previous() {
    return switch (granularity()) {
      case WEEK -> weekOf(start().minusDays(1));
      case MONTH -> month(YearMonth.from(start().minusDays(1)));
      case YEAR -> year(start().getYear() - 1);
      default -> custom(start().minusDays(span().lengthInDays()), start().minusDays(1));
    };
  }

  /** @return e.g. {@code 2026-W09}, {@code 2026-03}, {@code 2026} or {@code 2026-03-01..2026-03-15} */
  public String label() {
    return switch (granularity()) {
      case WEEK ->
          String.format(
              "%d-W%02d",
              start().get(IsoFields.WEEK_BASED_YEAR),
              start().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case MONTH -> YearMonth.from(start()).toString();
      case YEAR -> String.valueOf(start().getYear());
      default -> span().toString();
    };
  }

  @Override
  public String toString() {
    return label();
  }
}
