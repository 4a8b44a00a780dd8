package id.kim.csv;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as a Dinas writes them: {@code 2026-01-31} (ISO-8601), {@code 31/01/2026},
 * {@code 31-01-2026}, {@code 31.01.2026} (day first, as in Indonesia) or {@code 31 Januari 2026}
 * (Indonesian or English month names, full or abbreviated). Impossible dates are rejected.
 */
final class DateCells {
  /** One date anywhere in a text, for ranges such as "1/1/2026 s.d. 31/12/2026". */
  static final String DATE =
      "(?:\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{4}|\\d{1,2}\\s+\\p{L}+\\.?\\s+\\d{4})";
  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
  private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");
  private static final Pattern WORDS = Pattern.compile("(\\d{1,2})\\s+(\\p{L}+)\\.?\\s+(\\d{4})");
  private static final List<List<String>> MONTHS = List.of(
      List.of("januari", "jan", "january"), List.of("februari", "feb", "pebruari", "february"),
      List.of("maret", "mar", "march"), List.of("april", "apr"), List.of("mei", "may"),
      List.of("juni", "jun", "june"), List.of("juli", "jul", "july"), List.of("agustus", "agu", "agt", "aug", "august"),
      List.of("september", "sep", "sept"), List.of("oktober", "okt", "oct", "october"),
      List.of("november", "nov", "nop", "nopember"), List.of("desember", "des", "dec", "december"));

  private DateCells() {}

  /**
   * @param text a text
   * @param from where a date may start
   * @return true if ten characters from there are a date of the form {@code 31/01/2026}
   */
  static boolean isPlain(String text, int from) {
    if (text.length() < from + 10 || text.charAt(from + 2) != '/' || text.charAt(from + 5) != '/') {
      return false;
    }
    for (int i = from; i < from + 10; i++) {
      char c = text.charAt(i);
      if (!CellText.isAsciiDigit(c) && i != from + 2 && i != from + 5) {
        return false;
      }
    }
    return true;
  }

  /**
   * @param text a date
   * @return the date
   * @throws CellFormatException if the text is not a date in one of the accepted forms
   */
  static LocalDate parse(String text) {
    if (text.length() == 10 && isPlain(text, 0)) {
      try {
        return LocalDate.of(Integer.parseInt(text, 6, 10, 10), Integer.parseInt(text, 3, 5, 10),
            Integer.parseInt(text, 0, 2, 10));
      } catch (DateTimeException e) {
        throw new CellFormatException("csv.date.impossible");
      }
    }
    String t = CellText.key(text);
    try {
      Matcher m = ISO.matcher(t);
      if (m.matches()) {
        return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
      }
      m = DAY_FIRST.matcher(t);
      if (m.matches()) {
        return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
      }
      m = WORDS.matcher(t);
      if (m.matches()) {
        for (int month = 0; month < MONTHS.size(); month++) {
          if (MONTHS.get(month).contains(m.group(2))) {
            return LocalDate.of(Integer.parseInt(m.group(3)), month + 1, Integer.parseInt(m.group(1)));
          }
        }
      }
    } catch (DateTimeException e) {
      throw new CellFormatException("csv.date.impossible");
    }
    throw new CellFormatException("csv.date");
  }
}
