package id.kim.core.validation.constraints;

import id.kim.core.validation.MissingValueException;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link CommunityNumberFormat}; a 16-digit value gets the dedicated message
 * {@code kim.communityNumber.looksLikePopulationNik}. The shape is 1–40 characters, the first an
 * ASCII letter or digit, the rest ASCII letters, digits, {@code . / -} or spaces, not ending in a
 * space; a value is in NIK shape when, without whitespace and {@code . / -}, it is exactly 16 ASCII
 * digits. Read character by character, without a regular expression per call.
 */
public final class CommunityNumberFormatValidator implements ConstraintValidator<CommunityNumberFormat, String> {
  private static final int MAX_LENGTH = 40;
  private static final int NIK_DIGITS = 16;

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    if (looksLikePopulationNik(value)) {
      context.disableDefaultConstraintViolation();
      context.buildConstraintViolationWithTemplate("{kim.communityNumber.looksLikePopulationNik}")
          .addConstraintViolation();
      return false;
    }
    return hasShape(value);
  }

  /**
   * @param value a text given as a community number (not null)
   * @return true if the value without {@code [\s./-]} is exactly 16 ASCII digits: a population NIK
   *     (GAP-12); {@code CommunityNumber.looksLikePopulationNik} is the public entry point
   */
  public static boolean looksLikePopulationNik(String value) {
    MissingValueException.requireNonNull(value, "value");
    int digits = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
      } else if (!isNikSeparator(c)) {
        return false;
      }
    }
    return digits == NIK_DIGITS;
  }

  /** @return true for {@code [A-Za-z0-9][A-Za-z0-9./ -]{0,39}} not ending in a space */
  static boolean hasShape(String value) {
    int length = value.length();
    if (length == 0 || length > MAX_LENGTH || !isAsciiLetterOrDigit(value.charAt(0))) {
      return false;
    }
    for (int i = 1; i < length; i++) {
      char c = value.charAt(i);
      if (!isAsciiLetterOrDigit(c) && c != '.' && c != '/' && c != ' ' && c != '-') {
        return false;
      }
    }
    return value.charAt(length - 1) != ' ';
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }

  /** {@code [\s./-]}: space, tab, LF, VT, FF, CR, dot, slash, hyphen. */
  private static boolean isNikSeparator(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '.' || c == '/'
        || c == '-';
  }
}
