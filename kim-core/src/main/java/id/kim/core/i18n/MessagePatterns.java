package id.kim.core.i18n;

/**
 * Prepares a bundle text for {@link java.text.MessageFormat}. The SDK's bundles mix two kinds of
 * placeholder: numbered arguments ({@code {0}}, {@code {1,number}}) filled by
 * {@link Bundles#format}, and named constraint attributes ({@code {max}}, {@code {value}}) filled
 * afterwards by the caller (e.g. {@code FieldViolation.message}). {@code MessageFormat} rejects a
 * named placeholder as an illegal argument index, so named ones are quoted to pass through as
 * literal text. One pass over the characters, no regular expression.
 */
final class MessagePatterns {
  private MessagePatterns() {}

  /**
   * @param pattern a MessageFormat pattern that may also hold named placeholders
   * @return the pattern with every named placeholder outside quotes quoted ({@code {max}} becomes
   *     {@code '{'max'}'}); the same string if it has none
   */
  static String quoteNamedPlaceholders(String pattern) {
    StringBuilder out = null;
    boolean quoted = false;
    int copiedUpTo = 0;
    int i = 0;
    while (i < pattern.length()) {
      char c = pattern.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
        i++;
      } else if (c == '{' && !quoted) {
        int end = namedPlaceholderEnd(pattern, i);
        if (end < 0) {
          i = argumentEnd(pattern, i);
          continue;
        }
        if (out == null) {
          out = new StringBuilder(pattern.length() + 8);
        }
        out.append(pattern, copiedUpTo, i).append("'{'").append(pattern, i + 1, end).append("'}'");
        copiedUpTo = end + 1;
        i = end + 1;
      } else {
        i++;
      }
    }
    return out == null ? pattern : out.append(pattern, copiedUpTo, pattern.length()).toString();
  }

  /** @return the index of the closing brace of a named placeholder opening at {@code open}, or -1 if it is none */
  private static int namedPlaceholderEnd(String pattern, int open) {
    int i = open + 1;
    if (i >= pattern.length() || !Character.isLetter(pattern.charAt(i))) {
      return -1;
    }
    while (i < pattern.length() && isNameChar(pattern.charAt(i))) {
      i++;
    }
    return i < pattern.length() && pattern.charAt(i) == '}' ? i : -1;
  }

  private static boolean isNameChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-';
  }

  /** @return the index after a format element opening at {@code open} (nested braces included), or the end */
  private static int argumentEnd(String pattern, int open) {
    int depth = 0;
    for (int i = open; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        return i + 1;
      }
    }
    return pattern.length();
  }
}
