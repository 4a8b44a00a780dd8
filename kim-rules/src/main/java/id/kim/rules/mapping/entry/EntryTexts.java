package id.kim.rules.mapping.entry;

import id.kim.core.i18n.Bundles;
import id.kim.core.i18n.Lang;

/** Words of the mapping entry, from the mapping bundle (keys {@code entry.*}). */
final class EntryTexts {
  static final String BUNDLE = "id.kim.rules.mapping.Messages";

  private EntryTexts() {}

  static String word(String key, Lang lang, Object... args) {
    return Bundles.format(BUNDLE, "entry." + key, lang, args);
  }
}
