package id.kim.core.i18n;

import java.util.Locale;

/**
 * The two languages in which the SDK explains itself: Indonesian ({@link #ID}, the default, the
 * language of the juknis) and English ({@link #EN}).
 *
 * <p>Message bundles of the SDK hold Indonesian in the base file and English in the {@code _en}
 * file; they are read without falling back to the machine's default locale, so an English JVM
 * still prints Indonesian when asked for {@link #ID}.
 */
public enum Lang {
  /** Bahasa Indonesia — the default. */
  ID(Locale.forLanguageTag("id")),
  /** English. */
  EN(Locale.ENGLISH);

  private final Locale locale;

  Lang(Locale locale) {
    this.locale = locale;
  }

  /** @return the locale used to read message bundles in this language */
  public Locale locale() {
    return locale;
  }

  /**
   * Parses a language code as used on command lines and in JSON ({@code "id"} or {@code "en"},
   * case-insensitive).
   *
   * @param code the code
   * @return the language
   * @throws IllegalArgumentException if the code is neither {@code id} nor {@code en}
   */
  public static Lang parse(String code) {
    if (code != null) {
      for (Lang lang : values()) {
        if (lang.name().equalsIgnoreCase(code.trim())) {
          return lang;
        }
      }
    }
    throw new IllegalArgumentException(
        "language '" + code + "' is not supported: use 'id' (Bahasa Indonesia) or 'en' (English)");
  }
}
