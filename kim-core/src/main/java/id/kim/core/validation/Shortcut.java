package id.kim.core.validation;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.metadata.ConstraintDescriptor;

/**
 * A regex-free way for the {@link QuickCheck} to see that a text constraint of kim-core holds, tried
 * before the constraint's own validator. It may only ever say "holds" when Hibernate Validator's
 * validator would say so too; when it says "not sure", the validator decides. Three shortcuts exist,
 * one per regular expression kim-core declares, because those expressions run for every record of
 * a register:
 * <ul>
 *   <li>{@code @Pattern("(?s).*\\S.*")} (a note that is not blank): exact — some character is not
 *       {@code \s} (space, tab, line feed, vertical tab, form feed, carriage return);</li>
 *   <li>{@code @Pattern("https?://[^\\s]+")} (a medium's URL, MEDIA-7): exact — {@code http://} or
 *       {@code https://}, then at least one character, none of them {@code \s};</li>
 *   <li>{@code @Email} (PROFILE-j): conservative — a plain address (letters, digits, {@code . _ + -}
 *       before the {@code @}; host-name labels after it) is accepted at once, anything else goes to
 *       Hibernate Validator's e-mail validator and the declared extra pattern.</li>
 * </ul>
 */
@FunctionalInterface
interface Shortcut {
  /** No shortcut: the validator always decides. */
  Shortcut NONE = value -> false;

  /** The expression of {@code @Pattern} for a note that must not be blank. */
  String NOT_BLANK_REGEXP = "(?s).*\\S.*";

  /** The expression of {@code @Pattern} for a medium's web address. */
  String URL_REGEXP = "https?://[^\\s]+";

  /** The extra expression kim-core gives {@code @Email}. */
  String EMAIL_REGEXP = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

  /**
   * @param value the value the constraint is checked on (null when absent)
   * @return true only if the constraint certainly holds; false when the validator must decide
   */
  boolean accepts(Object value);

  /**
   * @param constraint a constraint of kim-core's metadata
   * @return its shortcut, or {@link #NONE}
   */
  static Shortcut of(ConstraintDescriptor<?> constraint) {
    Object annotation = constraint.getAnnotation();
    if (annotation instanceof Pattern && ((Pattern) annotation).flags().length == 0) {
      String regexp = ((Pattern) annotation).regexp();
      if (NOT_BLANK_REGEXP.equals(regexp)) {
        return value -> value == null || value instanceof String && Text.hasNonSpace((String) value, 0);
      }
      if (URL_REGEXP.equals(regexp)) {
        return value -> value == null || value instanceof String && Text.isWebAddress((String) value);
      }
    }
    if (annotation instanceof Email && ((Email) annotation).flags().length == 0
        && (".*".equals(((Email) annotation).regexp()) || EMAIL_REGEXP.equals(((Email) annotation).regexp()))) {
      return value -> value == null || value instanceof String && Text.isPlainEmail((String) value);
    }
    return NONE;
  }

  /** The character tests behind the shortcuts. */
  final class Text {
    private static final int MAX_LOCAL_PART = 64;
    private static final int MAX_LABEL = 63;
    private static final int MAX_DOMAIN = 253;

    private Text() {}

    /** @return true for the six characters of {@code \s} without the Unicode flag */
    static boolean isSpace(char c) {
      return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    static boolean hasNonSpace(String s, int from) {
      for (int i = from; i < s.length(); i++) {
        if (!isSpace(s.charAt(i))) {
          return true;
        }
      }
      return false;
    }

    private static boolean noSpaceFrom(String s, int from) {
      for (int i = from; i < s.length(); i++) {
        if (isSpace(s.charAt(i))) {
          return false;
        }
      }
      return from < s.length();
    }

    /** @return exactly what {@code https?://[^\s]+} matches */
    static boolean isWebAddress(String s) {
      if (s.startsWith("https://")) {
        return noSpaceFrom(s, 8);
      }
      return s.startsWith("http://") && noSpaceFrom(s, 7);
    }

    /**
     * @return true for {@code local@host.tld} where the local part is dot-separated runs of ASCII
     *     letters, digits, {@code _ + -} (at most 64 characters) and the domain is at least two
     *     host-name labels (ASCII letters and digits, a hyphen only inside, 1–63 characters each,
     *     at most 253 in all) — addresses every e-mail validator accepts
     */
    static boolean isPlainEmail(String s) {
      int at = s.indexOf('@');
      if (at < 1 || at > MAX_LOCAL_PART || !isPlainLocalPart(s, at)) {
        return false;
      }
      int domainLength = s.length() - at - 1;
      return domainLength <= MAX_DOMAIN && isPlainDomain(s, at + 1);
    }

    private static boolean isPlainLocalPart(String s, int end) {
      boolean afterDot = true;
      for (int i = 0; i < end; i++) {
        char c = s.charAt(i);
        if (c == '.') {
          if (afterDot) {
            return false;
          }
          afterDot = true;
        } else if (isLetterOrDigit(c) || c == '_' || c == '+' || c == '-') {
          afterDot = false;
        } else {
          return false;
        }
      }
      return !afterDot;
    }

    private static boolean isPlainDomain(String s, int from) {
      int labels = 0;
      int labelStart = from;
      for (int i = from; i <= s.length(); i++) {
        if (i == s.length() || s.charAt(i) == '.') {
          int length = i - labelStart;
          if (length < 1 || length > MAX_LABEL || s.charAt(labelStart) == '-' || s.charAt(i - 1) == '-') {
            return false;
          }
          labels++;
          labelStart = i + 1;
        } else if (!isLetterOrDigit(s.charAt(i)) && s.charAt(i) != '-') {
          return false;
        }
      }
      return labels >= 2;
    }

    private static boolean isLetterOrDigit(char c) {
      return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
  }
}
