package id.kim.cli;

import id.kim.core.i18n.Lang;
import id.kim.rules.evaluation.MeasurementPeriod;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Strict converters for option values. */
final class Converters {
  private Converters() {}

  /** {@code YYYY-MM-DD}, a real calendar day. */
  static final class Date implements ITypeConverter<LocalDate> {
    private static final Pattern ISO = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    @Override
    public LocalDate convert(String value) {
      if (!ISO.matcher(value).matches()) {
        throw new TypeConversionException("'" + value + "' is not a date YYYY-MM-DD");
      }
      try {
        return LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        throw new TypeConversionException("'" + value + "' is not a day of the calendar");
      }
    }
  }

  /**
   * A period of the evaluation: {@code 2025} (a year), {@code 2025-03} (a month), {@code 2025-W09} (an
   * ISO week) or {@code 2025-01-01..2025-06-30} (any span, both ends inclusive).
   */
  static final class Period implements ITypeConverter<MeasurementPeriod> {
    private static final Pattern YEAR = Pattern.compile("([0-9]{4})");
    private static final Pattern MONTH = Pattern.compile("([0-9]{4})-([0-9]{2})");
    private static final Pattern WEEK = Pattern.compile("([0-9]{4})-W([0-9]{2})");
    private static final String DAY = "([0-9]{4}-[0-9]{2}-[0-9]{2})";
    private static final Pattern SPAN = Pattern.compile(DAY + "\\.\\." + DAY);

    @Override
    public MeasurementPeriod convert(String value) {
      try {
        Matcher year = YEAR.matcher(value);
        if (year.matches()) {
          return MeasurementPeriod.year(Integer.parseInt(year.group(1)));
        }
        Matcher month = MONTH.matcher(value);
        if (month.matches()) {
          return MeasurementPeriod.month(YearMonth.of(Integer.parseInt(month.group(1)),
              Integer.parseInt(month.group(2))));
        }
        Matcher week = WEEK.matcher(value);
        if (week.matches()) {
          return MeasurementPeriod.isoWeek(Integer.parseInt(week.group(1)), Integer.parseInt(week.group(2)));
        }
        Matcher span = SPAN.matcher(value);
        if (span.matches()) {
          return MeasurementPeriod.custom(new Date().convert(span.group(1)), new Date().convert(span.group(2)));
        }
      } catch (DateTimeException | IllegalArgumentException e) {
        throw new TypeConversionException("'" + value + "' is not a period of the calendar");
      }
      throw new TypeConversionException("'" + value + "' is not a period: use YYYY, YYYY-MM, YYYY-Www or "
          + "YYYY-MM-DD..YYYY-MM-DD");
    }
  }

  /** {@code id} or {@code en}. */
  static final class Language implements ITypeConverter<Lang> {
    @Override
    public Lang convert(String value) {
      try {
        return Lang.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException("'" + value + "' is not a language: use id or en");
      }
    }
  }
}
