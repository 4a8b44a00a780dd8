package id.kim.examples.cli;

import id.kim.core.i18n.Lang;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Strict converters for option values. */
final class Converters {
  private Converters() {}

  /** {@code YYYY-MM-DD}, a real calendar day. */
  static final class Date implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      if (!value.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
        throw new TypeConversionException("'" + value + "' is not a date YYYY-MM-DD");
      }
      try {
        return LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        throw new TypeConversionException("'" + value + "' is not a day of the calendar");
      }
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
