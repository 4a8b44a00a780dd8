package id.kim.report;

import id.kim.core.i18n.Bundles;
import id.kim.core.i18n.Lang;

/** The texts of the report and its data loaders, Indonesian by default, English on request. */
public final class Texts {
  /** The bundle {@code id/kim/report/Messages(_en).properties}. */
  public static final String BUNDLE = "id.kim.report.Messages";

  private Texts() {}

  /**
   * @param lang the language
   * @param key the message key
   * @param args its arguments
   * @return the text
   */
  public static String get(Lang lang, String key, Object... args) {
    return Bundles.format(BUNDLE, key, lang, args);
  }
}
