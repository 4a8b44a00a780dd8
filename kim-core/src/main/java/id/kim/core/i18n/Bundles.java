package id.kim.core.i18n;

import id.kim.core.validation.MissingValueException;

/**
 * Reads the SDK's message bundles: base file in Indonesian, {@code _en} in English, no fallback to
 * the JVM's default locale. Texts are read once per bundle, key and language and their patterns
 * parsed once ({@link BundleTexts}).
 */
public final class Bundles {
  private Bundles() {}

  /**
   * Formats the message {@code key} of bundle {@code baseName} in {@code lang} with
   * {@link java.text.MessageFormat} arguments. Named placeholders such as {@code {max}} are left in the text
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
    return BundleTexts.text(baseName, key, lang).format(args);
  }
}
