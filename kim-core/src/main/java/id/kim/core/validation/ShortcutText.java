package id.kim.core.validation;

/** The character tests behind the quick check's regex-free {@link Shortcut}s. */
final class ShortcutText {
  private static final int MAX_LOCAL_PART = 64;
  private static final int MAX_LABEL = 63;
  private static final int MAX_DOMAIN = 253;

  private ShortcutText() {}

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
