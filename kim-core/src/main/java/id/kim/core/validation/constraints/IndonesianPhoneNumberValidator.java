package id.kim.core.validation.constraints;

import id.kim.core.validation.MissingValueException;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Optional;

/**
 * Checks {@link IndonesianPhoneNumber}: once the separators (whitespace, {@code ( ) . -}) are
 * removed, the number is {@code +62}, {@code 62} or the trunk {@code 0}, then a national
 * significant number of 7 to 12 digits not starting with {@code 0}. Read character by character,
 * without a regular expression or a copy of the text per call.
 */
public final class IndonesianPhoneNumberValidator implements ConstraintValidator<IndonesianPhoneNumber, String> {
  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    return value == null || nationalStart(value) >= 0;
  }

  /**
   * The national significant number (nomor nasional) of an Indonesian telephone number as written.
   *
   * @param value the number as written, e.g. {@code "0812-0000-0000"} or {@code "+62 361 000000"}
   * @return its digits without {@code +62}, {@code 62} or trunk {@code 0}, e.g. {@code "81200000000"};
   *     empty if the text is not a well-formed Indonesian number
   * @throws MissingValueException if {@code value} is null
   */
  public static Optional<String> nationalNumber(String value) {
    MissingValueException.requireNonNull(value, "value");
    int start = nationalStart(value);
    if (start < 0) {
      return Optional.empty();
    }
    StringBuilder digits = new StringBuilder(value.length() - start);
    for (int i = start; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!isSeparator(c)) {
        digits.append(c);
      }
    }
    return Optional.of(digits.toString());
  }

  /**
   * Decides {@code @MobileNumber} (in {@code id.kim.core.contact}, next to the type it checks) on the text as
   * written, without building the national number.
   *
   * @param value a number as written
   * @return true if it is not a well-formed Indonesian number (left to {@link IndonesianPhoneNumber})
   *     or its national number is a mobile one: starts with 8 and has at least 9 digits
   * @throws MissingValueException if {@code value} is null
   */
  public static boolean isMobileOrMalformed(String value) {
    MissingValueException.requireNonNull(value, "value");
    int start = nationalStart(value);
    if (start < 0) {
      return true;
    }
    int digits = 0;
    for (int i = start; i < value.length(); i++) {
      digits += isSeparator(value.charAt(i)) ? 0 : 1;
    }
    return value.charAt(start) == '8' && digits >= 9;
  }

  /**
   * @return the index in {@code value} of the first digit of the national number, or -1 if the
   *     value without separators is not {@code (?:\+62|62|0)[1-9][0-9]{6,11}}
   */
  private static int nationalStart(String value) {
    int i = skipSeparators(value, 0);
    if (i == value.length()) {
      return -1;
    }
    char first = value.charAt(i);
    if (first == '0') {
      i = skipSeparators(value, i + 1);
    } else if (first == '+' || first == '6') {
      if (first == '+') {
        i = expect(value, i, '+');
      }
      i = expect(value, i, '6');
      i = expect(value, i, '2');
      if (i < 0) {
        return -1;
      }
    } else {
      return -1;
    }
    return nationalDigits(value, i) ? i : -1;
  }

  /** @return true if from {@code from} on, separators aside, there are 7–12 ASCII digits, the first not 0 */
  private static boolean nationalDigits(String value, int from) {
    int count = 0;
    for (int i = from; i < value.length(); i++) {
      char c = value.charAt(i);
      if (isSeparator(c)) {
        continue;
      }
      if (c < '0' || c > '9' || (count == 0 && c == '0')) {
        return false;
      }
      count++;
    }
    return count >= 7 && count <= 12;
  }

  /** @return the index after {@code wanted} and the separators after it, or -1 */
  private static int expect(String value, int at, char wanted) {
    if (at < 0 || at >= value.length() || value.charAt(at) != wanted) {
      return -1;
    }
    return skipSeparators(value, at + 1);
  }

  private static int skipSeparators(String value, int from) {
    int i = from;
    while (i < value.length() && isSeparator(value.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The separators a number may be written with: {@code [\s().-]} ({@code \s} = space, tab, LF, VT, FF, CR). */
  static boolean isSeparator(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r'
        || c == '(' || c == ')' || c == '.' || c == '-';
  }
}
