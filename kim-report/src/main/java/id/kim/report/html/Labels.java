package id.kim.report.html;

import id.kim.core.i18n.Lang;
import id.kim.report.Texts;

/**
 * The texts of the page in its language, for the templates: labels from the message bundles
 * ({@code id/kim/report/Messages(_en).properties}), never an enum's name.
 *
 * @param lang the page's language
 */
record Labels(Lang lang) {

  /**
   * @param key a message key
   * @param args its arguments
   * @return the text
   */
  public String get(String key, Object... args) {
    return Texts.get(lang, key, args);
  }
}
