package id.kim.core.i18n;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

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
  private static final ConcurrentHashMap<Lang, ConcurrentHashMap<String, ConcurrentHashMap<String, Text>>> TEXTS =
      new ConcurrentHashMap<>();

  private BundleTexts() {}

  /** @return the text of {@code key} in bundle {@code baseName} and {@code lang}, or its missing text */
  static Text text(String baseName, String key, Lang lang) {
    ConcurrentHashMap<String, ConcurrentHashMap<String, Text>> bundles =
        TEXTS.computeIfAbsent(lang, l -> new ConcurrentHashMap<>());
    ConcurrentHashMap<String, Text> bundle = bundles.get(baseName);
    if (bundle == null) {
      bundle = bundles.computeIfAbsent(baseName, b -> new ConcurrentHashMap<>());
    }
    Text text = bundle.get(key);
    if (text == null) {
      text = bundle.computeIfAbsent(key, k -> read(baseName, k, lang));
    }
    return text;
  }

  private static Text read(String baseName, String key, Lang lang) {
    try {
      return new Text(ResourceBundle.getBundle(baseName, lang.locale(), NO_FALLBACK).getString(key), false, lang);
    } catch (MissingResourceException e) {
      return new Text("[" + key + "]", true, lang);
    }
  }

  /**
   * One bundle text: its pattern as written, and the pattern parsed once when first formatted with
   * arguments. A key the bundle lacks has the missing text {@code [key]}, never formatted, so a missing
   * translation is visible but never fatal.
   */
  static final class Text {
    private final String pattern;
    private final boolean missing;
    private final Lang lang;
    private volatile @Nullable MessageFormat prototype;

    Text(String pattern, boolean missing, Lang lang) {
      this.pattern = pattern;
      this.missing = missing;
      this.lang = lang;
    }

    /**
     * @return the pattern formatted with {@code args} (named placeholders left as they are); without
     *     arguments, or for a missing key, the pattern as written
     */
    String format(Object[] args) {
      if (missing || args.length == 0) {
        return pattern;
      }
      MessageFormat p = prototype;
      if (p == null) {
        p = new MessageFormat(MessagePatterns.quoteNamedPlaceholders(pattern), lang.locale());
        prototype = p;
      }
      return ((MessageFormat) p.clone()).format(args);
    }
  }
}
