package id.kim.cli;

import id.kim.core.i18n.Bundles;
import id.kim.core.i18n.Lang;

/**
 * The texts of the {@code kim} command line, in Indonesian (default) and English: the bundle
 * {@code id/kim/cli/Messages(_en).properties}. Option descriptions of {@code --help} are English, like
 * the option parser's own messages.
 */
public final class Texts {
  /** The bundle's base name. */
  public static final String BUNDLE = "id.kim.cli.Messages";

  private Texts() {}

  /**
   * @param lang the language
   * @param key the message key, {@code cli.…}
   * @param args its arguments
   * @return the text; the key in brackets if the bundle lacks it (a test keeps every key present)
   */
  public static String get(Lang lang, String key, Object... args) {
    return Bundles.format(BUNDLE, key, lang, args);
  }
}
