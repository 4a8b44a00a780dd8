package id.kim.core.i18n;

import id.kim.core.validation.MissingValueException;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Reads the SDK's message bundles: base file in Indonesian, {@code _en} in English, no fallback to
 * the JVM's default locale. Bundles are cached by {@link ResourceBundle} itself.
 */
public final class Bundles {
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private Bundles() {}

  /**
   * Formats the message {@code key} of bundle {@code baseName} in {@code lang} with
   * {@link MessageFormat} arguments. Named placeholders such as {@code {max}} are left in the text
   * as they are, with or without arguments, for the caller to fill (e.g. a constraint's attributes
   * in {@code FieldViolation.message}); only numbered ones ({@code {0}}, {@code {1,number}}) take
   * arguments. With arguments, the pattern follows {@code MessageFormat}'s quoting ({@code ''} for
   * an apostrophe).
   *
   * @param baseName bundle base name, e.g. {@code "id.kim.core.validation.Messages"}
   * @param key message key
   * @param lang language
   * @param args arguments for the numbered placeholders {@code {0}}, {@code {1}} …
   * @return the formatted message; the key itself in brackets if the bundle lacks it, so a
   *     missing translation is visible but never fatal
   */
  public static String format(String baseName, String key, Lang lang, Object... args) {
    MissingValueException.requireNonNull(baseName, "baseName");
    MissingValueException.requireNonNull(key, "key");
    MissingValueException.requireNonNull(lang, "lang");
    MissingValueException.requireNonNull(args, "args");
    String pattern;
    try {
      pattern = ResourceBundle.getBundle(baseName, lang.locale(), NO_FALLBACK).getString(key);
    } catch (MissingResourceException e) {
      return "[" + key + "]";
    }
    if (args.length == 0) {
      return pattern;
    }
    return new MessageFormat(MessagePatterns.quoteNamedPlaceholders(pattern), lang.locale()).format(args);
  }
}
