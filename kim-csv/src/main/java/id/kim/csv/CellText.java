package id.kim.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splitting and normalising the text of a cell. */
final class CellText {
  /** Separators of items that may themselves contain commas. */
  static final Pattern STRONG = Pattern.compile("[;|\\n]");
  /** Text followed by a bracketed remark: "Stunting (kesehatan)", "Desa Mekarsari (Cibening)". */
  static final String BRACKETED = "(.+?)\\s*\\(([^()]+)\\)";
  private static final Pattern BRACKETED_PATTERN = Pattern.compile(BRACKETED);
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");
  private static final Pattern THOUSANDS = Pattern.compile("\\s?(rb|ribu|k)$");
  private static final Pattern MILLIONS = Pattern.compile("\\s?(jt|juta)$");
  private static final Pattern GROUPED = Pattern.compile("[0-9]{1,3}([. ][0-9]{3})*|[0-9]+");
  private static final Pattern GROUPING = Pattern.compile("[. ]");

  private CellText() {}

  /**
   * Splits a cell holding several items: on {@code ;}, {@code |} or line breaks when the cell has
   * any, else on commas (so "Instagram, Facebook" and "Vaksinasi, 1 Januari; Stunting" both read as
   * a Dinas means them).
   *
   * @param cell the cell text
   * @return the non-blank items, trimmed
   */
  static List<String> items(String cell) {
    boolean strong = false;
    for (int i = 0; i < cell.length() && !strong; i++) {
      strong = isStrong(cell.charAt(i));
    }
    List<String> out = new ArrayList<>(4);
    int from = 0;
    for (int i = 0; i <= cell.length(); i++) {
      if (i == cell.length() || (strong ? isStrong(cell.charAt(i)) : cell.charAt(i) == ',')) {
        String t = strip(cell.substring(from, i));
        if (!t.isEmpty()) {
          out.add(t);
        }
        from = i + 1;
      }
    }
    return out;
  }

  /** @return true for the separators of {@link #STRONG} */
  static boolean isStrong(char c) {
    return c == ';' || c == '|' || c == '\n';
  }

  /**
   * Splits {@code "Stunting (kesehatan)"} into the text and what the last brackets hold, as the
   * expression {@value #BRACKETED} does (without running it for the common cases).
   *
   * @param item an item of a cell, stripped
   * @return the text before the brackets and the text inside them, or empty if the item is not of
   *     that form
   */
  static Optional<String[]> bracketed(String item) {
    if (!item.endsWith(")")) {
      return Optional.empty();
    }
    int open = item.lastIndexOf('(');
    String inside = open < 0 ? "" : item.substring(open + 1, item.length() - 1);
    boolean lineTerminator = hasLineTerminator(item);
    if (lineTerminator || open < 1 || inside.isEmpty() || inside.indexOf(')') >= 0 || item.charAt(0) <= ' ') {
      Matcher m = BRACKETED_PATTERN.matcher(item);
      return m.matches() ? Optional.of(new String[] {m.group(1), m.group(2)}) : Optional.empty();
    }
    int end = open;
    while (end > 1 && isRegexSpace(item.charAt(end - 1))) {
      end--;
    }
    return Optional.of(new String[] {item.substring(0, end), inside});
  }

  /** @return true if the text holds a character the regex {@code .} does not match */
  static boolean hasLineTerminator(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return true;
      }
    }
    return false;
  }

  /** @return true for 0-9 only (not the other Unicode digits {@link Character#isDigit} accepts) */
  static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** @return true if the characters from {@code from} (inclusive) to {@code to} (exclusive) are all 0-9 */
  static boolean isAsciiDigits(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!isAsciiDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** @return true if the text is empty or only white space (including no-break spaces) */
  static boolean isBlank(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && !isSpace(c)) {
        return false;
      }
    }
    return true;
  }

  /** @return the text with runs of white space (including no-break spaces) collapsed and trimmed */
  static String strip(String text) {
    String t = text.strip();
    boolean previousSpace = false;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c <= ' ' || c == '\u00A0') {
        if (c != ' ' || previousSpace) {
          return SPACES.matcher(t).replaceAll(" ").strip();
        }
        previousSpace = true;
      } else {
        previousSpace = false;
      }
    }
    return t;
  }

  /** @return true for the characters {@link #strip} collapses: regex white space and the no-break space */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u00A0';
  }

  /** @return the text lower-cased for matching */
  static String key(String text) {
    return strip(text).toLowerCase(Locale.ROOT);
  }

  /**
   * Reads a count as a Dinas writes it: {@code 1250}, {@code 1.250} (the dot groups thousands in
   * Indonesian, RULES.md §5.1), {@code 1 250}, {@code 3 rb}/{@code 3 ribu}, {@code 2 jt}/{@code 2 juta}.
   *
   * @param text the number
   * @return the count
   */
  static long count(String text) {
    if (!text.isEmpty() && text.length() < 18 && text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return Long.parseLong(text);
    }
    String t = key(text);
    long factor = 1;
    Matcher thousands = THOUSANDS.matcher(t);
    Matcher millions = MILLIONS.matcher(t);
    if (thousands.find()) {
      factor = 1_000;
      t = t.substring(0, thousands.start());
    } else if (millions.find()) {
      factor = 1_000_000;
      t = t.substring(0, millions.start());
    }
    if (!GROUPED.matcher(t).matches()) {
      throw new CellFormatException("csv.number");
    }
    try {
      return Math.multiplyExact(Long.parseLong(GROUPING.matcher(t).replaceAll("")), factor);
    } catch (ArithmeticException | NumberFormatException e) {
      throw new CellFormatException("csv.number");
    }
  }
}
