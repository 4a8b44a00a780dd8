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
        return value -> value == null || value instanceof String && ShortcutText.hasNonSpace((String) value, 0);
      }
      if (URL_REGEXP.equals(regexp)) {
        return value -> value == null || value instanceof String && ShortcutText.isWebAddress((String) value);
      }
    }
    if (annotation instanceof Email && ((Email) annotation).flags().length == 0
        && (".*".equals(((Email) annotation).regexp()) || EMAIL_REGEXP.equals(((Email) annotation).regexp()))) {
      return value -> value == null || value instanceof String && ShortcutText.isPlainEmail((String) value);
    }
    return NONE;
  }
}
