package id.kim.core.i18n;

import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The texts of the SDK's message bundles, looked up once per (bundle, key, language) and kept with
 * their parsed {@link MessageFormat}. Bundles are read-only resources, so a text never changes once
 * read; every message of a decision is rendered on each {@code explain}, and parsing a pattern costs
 * far more than formatting it. {@code MessageFormat} is not thread-safe: the parsed form is a
 * prototype that is never used itself, only cloned per call.
 */
final class BundleTexts {
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
  private static final Map<Lang, ConcurrentHashMap<String, ConcurrentHashMap<String, Text>>> TEXTS = texts();

  private BundleTexts() {}

  /** @return the text of {@code key} in bundle {@code baseName} and {@code lang} (its pattern null if missing) */
  static Text text(String baseName, String key, Lang lang) {
    ConcurrentHashMap<String, ConcurrentHashMap<String, Text>> bundles = TEXTS.get(lang);
    ConcurrentHashMap<String, Text> bundle = bundles.get(baseName);
    if (bundle == null) {
      bundle = bundles.computeIfAbsent(baseName, b -> new ConcurrentHashMap<>());
    }
    Text text = bundle.get(key);
    if (text == null) {
      text = bundle.computeIfAbsent(key, k -> new Text(read(baseName, k, lang), lang));
    }
    return text;
  }

  private static String read(String baseName, String key, Lang lang) {
    try {
      return ResourceBundle.getBundle(baseName, lang.locale(), NO_FALLBACK).getString(key);
    } catch (MissingResourceException e) {
      return null;
    }
  }

  private static Map<Lang, ConcurrentHashMap<String, ConcurrentHashMap<String, Text>>> texts() {
    Map<Lang, ConcurrentHashMap<String, ConcurrentHashMap<String, Text>>> all = new EnumMap<>(Lang.class);
    for (Lang lang : Lang.values()) {
      all.put(lang, new ConcurrentHashMap<>());
    }
    return all;
  }

  /** One bundle text: its pattern as written, and the pattern parsed once when first formatted with arguments. */
  static final class Text {
    private final String pattern;
    private final Lang lang;
    private volatile MessageFormat prototype;

    Text(String pattern, Lang lang) {
      this.pattern = pattern;
      this.lang = lang;
    }

    /** @return the pattern as written in the bundle, or null if the bundle lacks the key */
    String pattern() {
      return pattern;
    }

    /** @return the pattern formatted with {@code args} (named placeholders left as they are) */
    String format(Object[] args) {
      MessageFormat p = prototype;
      if (p == null) {
        p = new MessageFormat(MessagePatterns.quoteNamedPlaceholders(pattern), lang.locale());
        prototype = p;
      }
      return ((MessageFormat) p.clone()).format(args);
    }
  }
}
