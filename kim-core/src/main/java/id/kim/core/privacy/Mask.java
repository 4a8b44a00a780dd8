package id.kim.core.privacy;

import id.kim.core.validation.MissingValueException;
import java.util.Locale;
import java.util.Set;

/**
 * Masking rules for personal data, one per kind. Each keeps just enough to tell two values apart
 * when reading a log, and never enough to contact or locate the person.
 */
public final class Mask {
  private static final String STARS = "***";
  private static final Set<String> STREET_WORDS =
      Set.of("jl.", "jl", "jalan", "gg.", "gg", "gang", "lorong", "komplek", "kompleks", "perum", "dusun");

  private Mask() {}

  /**
   * The characters that separate words: exactly those of the regular expression {@code \s}
   * ({@code [ \t\n\x0B\f\r]}), so names and streets split as they always did, without
   * compiling a pattern per call (masking runs for every finding that shows a person).
   */
  private static boolean isSeparator(int c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }

  /**
   * Person names keep each word's initial: {@code "Siti Aminah"} → {@code "S*** A***"}.
   *
   * @param name raw name
   * @return masked name
   */
  public static String name(String name) {
    MissingValueException.requireNonNull(name, "name");
    String trimmed = name.trim();
    StringBuilder out = new StringBuilder(trimmed.length());
    boolean inWord = false;
    for (int i = 0; i < trimmed.length(); ) {
      int c = trimmed.codePointAt(i);
      if (isSeparator(c)) {
        inWord = false;
      } else if (!inWord) {
        if (out.length() > 0) {
          out.append(' ');
        }
        out.appendCodePoint(c).append(STARS);
        inWord = true;
      }
      i += Character.charCount(c);
    }
    return out.length() == 0 ? STARS : out.toString();
  }

  /**
   * Phone numbers keep their first four and last two digits: {@code "081200000000"} →
   * {@code "0812******00"}.
   *
   * @param phone raw phone number
   * @return masked number
   */
  public static String phone(String phone) {
    MissingValueException.requireNonNull(phone, "phone");
    StringBuilder kept = new StringBuilder(phone.length());
    for (int i = 0; i < phone.length(); i++) {
      char c = phone.charAt(i);
      if ((c >= '0' && c <= '9') || c == '+') {
        kept.append(c);
      }
    }
    String digits = kept.toString();
    if (digits.length() <= 6) {
      return STARS;
    }
    return digits.substring(0, 4) + "*".repeat(digits.length() - 6) + digits.substring(digits.length() - 2);
  }

  /**
   * E-mail addresses keep the first letter of the local part and the domain:
   * {@code "siti@desa.id"} → {@code "s***@desa.id"}.
   *
   * @param email raw e-mail address
   * @return masked address
   */
  public static String email(String email) {
    MissingValueException.requireNonNull(email, "email");
    int at = email.lastIndexOf('@');
    if (at <= 0) {
      return STARS;
    }
    return email.substring(0, 1) + STARS + email.substring(at);
  }

  /**
   * Street addresses keep only a leading street word such as {@code Jl.} or {@code Gg.}:
   * {@code "Jl. Melati No. 5"} → {@code "Jl. ***"}.
   *
   * @param street raw street line
   * @return masked street
   */
  public static String street(String street) {
    MissingValueException.requireNonNull(street, "street");
    String trimmed = street.trim();
    int end = 0;
    while (end < trimmed.length() && !isSeparator(trimmed.charAt(end))) {
      end++;
    }
    String first = trimmed.substring(0, end);
    return STREET_WORDS.contains(first.toLowerCase(Locale.ROOT)) ? first + " " + STARS : STARS;
  }

  /**
   * A Nomor Induk Komunitas as printed: as issued, or sixteen stars when it has the shape of a
   * population NIK (16 digits once whitespace and {@code . / -} are ignored) — a person's KTP number
   * given by mistake, which is never printed (RULES.md GAP-12), whether or not the record was
   * validated.
   *
   * @param value the number as recorded
   * @return the value, or {@code "****************"}
   */
  public static String communityNumber(String value) {
    MissingValueException.requireNonNull(value, "value");
    return TextScrub.isPopulationNikShaped(value) ? TextScrub.NIK_STARS : value;
  }

  /**
   * Masks the personal data that has a recognisable shape inside a text about to be shown: e-mail
   * addresses ({@link #email}), Indonesian mobile numbers written as one word ({@link #phone}) and
   * 16-digit numbers in the shape of a population NIK (sixteen stars). Dates, periods, counts, rule
   * IDs and web addresses pass unchanged; a text already masked is left as it is. Person names and
   * street addresses have no shape to find: they are masked by their own types
   * ({@link PersonalData}).
   *
   * @param text a text to be rendered (a decision's subject, an evidence value, a message argument)
   * @return the text with such data masked
   */
  public static String inText(String text) {
    MissingValueException.requireNonNull(text, "text");
    return TextScrub.scrub(text);
  }

  /**
   * Any other free text that may hold personal data.
   *
   * @param text raw text
   * @return {@code "***"} followed by the text's length, e.g. {@code "***(12)"}
   */
  public static String text(String text) {
    MissingValueException.requireNonNull(text, "text");
    return STARS + "(" + text.length() + ")";
  }
}
