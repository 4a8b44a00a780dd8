package id.kim.rules.explain;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * {@code String.valueOf} for the values evidence and message arguments hold most — text, dates and
 * counts — without its virtual {@code toString} call, and dates without {@code LocalDate}'s
 * {@code StringBuilder}. The text is always exactly {@code String.valueOf(value)}.
 */
final class ValueText {
  private ValueText() {}

  /** @return {@code String.valueOf(value)} */
  static String of(Object value) {
    if (value == null) {
      return "null";
    }
    Class<?> type = value.getClass();
    if (type == String.class) {
      return (String) value;
    }
    if (type == LocalDate.class) {
      return isoDate((LocalDate) value);
    }
    if (type == Integer.class) {
      return Integer.toString((Integer) value);
    }
    return value.toString();
  }

  /** @return {@code date.toString()} ({@code yyyy-MM-dd}), written directly for four-digit years */
  static String isoDate(LocalDate date) {
    int year = date.getYear();
    if (year < 1000 || year > 9999) {
      return date.toString();
    }
    int month = date.getMonthValue();
    int day = date.getDayOfMonth();
    byte[] text = {
        digit(year / 1000), digit(year / 100 % 10), digit(year / 10 % 10), digit(year % 10), '-',
        digit(month / 10), digit(month % 10), '-', digit(day / 10), digit(day % 10)};
    return new String(text, StandardCharsets.ISO_8859_1);
  }

  private static byte digit(int d) {
    return (byte) ('0' + d);
  }
}
