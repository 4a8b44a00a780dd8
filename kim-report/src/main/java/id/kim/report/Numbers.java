package id.kim.report;

import id.kim.core.i18n.Lang;
import id.kim.core.validation.MissingValueException;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Numbers as a reader of the report's language writes them: Indonesian {@code 13.860} and {@code 14,9 %},
 * English {@code 13,860} and {@code 14.9%}. Thread-safe: a new {@link NumberFormat} per call.
 */
public final class Numbers {
  private static final char NBSP = '\u00a0';

  private Numbers() {}

  /**
   * @param value a count
   * @param lang the language
   * @return e.g. "13.860" (id) or "13,860" (en)
   */
  public static String integer(long value, Lang lang) {
    return NumberFormat.getIntegerInstance(locale(lang)).format(value);
  }

  /**
   * @param value a number
   * @param digits the digits after the decimal separator, at most (trailing zeros dropped)
   * @param lang the language
   * @return e.g. "14,9" (id) or "14.9" (en); "2.500" for a whole number
   */
  public static String decimal(double value, int digits, Lang lang) {
    NumberFormat f = NumberFormat.getNumberInstance(locale(lang));
    f.setMaximumFractionDigits(digits);
    f.setMinimumFractionDigits(0);
    f.setRoundingMode(RoundingMode.HALF_UP);
    return f.format(value);
  }

  /**
   * @param value a number
   * @param digits the digits after the decimal separator, always shown
   * @param lang the language
   * @return e.g. "+21,0" (id) or "+21.0" (en), with a sign
   */
  public static String signed(double value, int digits, Lang lang) {
    NumberFormat f = NumberFormat.getNumberInstance(locale(lang));
    f.setMaximumFractionDigits(digits);
    f.setMinimumFractionDigits(digits);
    f.setRoundingMode(RoundingMode.HALF_UP);
    String s = f.format(value);
    return value > 0 || (value == 0 && !s.startsWith("-")) ? "+" + s : s.replace('-', '\u2212');
  }

  /**
   * @param percent a percentage, e.g. 14.9
   * @param lang the language
   * @return e.g. "14,9 %" (id, with a no-break space) or "14.9%" (en)
   */
  public static String percent(double percent, Lang lang) {
    return decimal(percent, 1, lang) + (lang == Lang.ID ? NBSP + "%" : "%");
  }

  private static Locale locale(Lang lang) {
    return MissingValueException.requireNonNull(lang, "lang").locale();
  }
}
