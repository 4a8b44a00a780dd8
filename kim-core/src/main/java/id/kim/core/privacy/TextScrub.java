package id.kim.core.privacy;

import org.jspecify.annotations.Nullable;

/**
 * Finds personal data that has a recognisable shape inside a free text and masks it: e-mail addresses
 * ({@link Mask#email}), Indonesian mobile numbers written as one word ({@link Mask#phone}) and
 * 16-digit numbers shaped like a population NIK (sixteen stars, RULES.md GAP-12). Words are separated
 * by whitespace and {@code , ; : = ( ) [ ] " '}; a word holding an ISO date ({@code 2026-06-30}, a
 * period {@code 2026-01-01/2026-12-31}) is never a number to mask. Names and street addresses have
 * no shape: they are masked by their types ({@link PersonalData}), never found in text.
 *
 * <p>Masking is idempotent: a scrubbed text is left as it is.
 */
final class TextScrub {
  static final String NIK_STARS = "****************";
  private static final int NIK_DIGITS = 16;

  private TextScrub() {}

  static String scrub(String text) {
    if (!mayHold(text)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (isDelimiter(c)) {
        out.append(c);
        i++;
        continue;
      }
      int end = i;
      while (end < text.length() && !isDelimiter(text.charAt(end))) {
        end++;
      }
      out.append(word(text.substring(i, end)));
      i = end;
    }
    return out.toString();
  }

  /**
   * @return true if the text, without whitespace and {@code . / -}, is exactly 16 ASCII digits — the
   *     shape {@code CommunityNumber.looksLikePopulationNik} names (the same characters as {@code \s})
   */
  static boolean isPopulationNikShaped(String text) {
    int digits = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
      } else if (!(c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '.' || c == '/'
          || c == '-')) {
        return false;
      }
    }
    return digits == NIK_DIGITS;
  }

  /** @return false when the text has neither an {@code @} nor ten digits: nothing to find (the common case) */
  private static boolean mayHold(String text) {
    int digits = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '@') {
        return true;
      }
      if (c >= '0' && c <= '9' && ++digits >= 10) {
        return true;
      }
    }
    return false;
  }

  private static String word(String w) {
    int at = w.lastIndexOf('@');
    if (at > 0 && isEmail(w, at)) {
      return Mask.email(w);
    }
    if (hasIsoDate(w)) {
      return w;
    }
    String digits = digitsOf(w);
    if (digits == null) {
      return w;
    }
    if (digits.length() == NIK_DIGITS) {
      return NIK_STARS;
    }
    return isMobile(digits) ? Mask.phone(w) : w;
  }

  /** @return true if the word is {@code local@domain.tld} with a plain local part */
  private static boolean isEmail(String w, int at) {
    for (int i = 0; i < at; i++) {
      char c = w.charAt(i);
      if (!(Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-')) {
        return false;
      }
    }
    int dot = w.indexOf('.', at + 2);
    return dot > at + 1 && dot < w.length() - 1;
  }

  /** @return the digits of a word made of digits and {@code + . / -} only (a leading {@code +} kept), else null */
  private static @Nullable String digitsOf(String w) {
    StringBuilder digits = new StringBuilder(w.length());
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (c >= '0' && c <= '9') {
        digits.append(c);
      } else if (!(c == '.' || c == '/' || c == '-' || (c == '+' && i == 0))) {
        return null;
      }
    }
    return digits.length() == 0 ? null : digits.toString();
  }

  /** @return true for 08… with 10–13 digits or 628… with 11–14: the shapes of an Indonesian mobile number */
  private static boolean isMobile(String digits) {
    int n = digits.length();
    return (digits.startsWith("08") && n >= 10 && n <= 13)
        || (digits.startsWith("628") && n >= 11 && n <= 14);
  }

  /** @return true if the word holds {@code dddd-dd-dd} */
  private static boolean hasIsoDate(String w) {
    for (int i = 0; i + 10 <= w.length(); i++) {
      if (w.charAt(i + 4) == '-' && w.charAt(i + 7) == '-' && digitsAt(w, i, 4) && digitsAt(w, i + 5, 2)
          && digitsAt(w, i + 8, 2)) {
        return true;
      }
    }
    return false;
  }

  private static boolean digitsAt(String w, int from, int count) {
    for (int i = from; i < from + count; i++) {
      char c = w.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static boolean isDelimiter(char c) {
    return Character.isWhitespace(c) || c == ',' || c == ';' || c == ':' || c == '=' || c == '(' || c == ')'
        || c == '[' || c == ']' || c == '"' || c == '\'';
  }
}
