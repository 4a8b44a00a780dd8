package id.kim.rules.explain;

import id.kim.core.i18n.Lang;
import id.kim.core.validation.MissingValueException;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Map;
import java.util.Properties;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The short title (judul singkat) of each rule of the juknis 2022 catalogue (RULES.md §2), in Indonesian —
 * in the juknis' own words where it has them (the item of its list or table, e.g. "Memiliki susunan
 * pengurus" for MAP-ENTRY-4) — and in English; also of the project rules the SDK catalogues beside the juknis
 * (REGION-CODE-1..4, rule set {@code region-codes}, PROPOSED). A label for lists and catalogues; the rule's
 * citation keeps the section and the quote. Read once from the bundles
 * {@code id/kim/rules/explain/RuleTitles*.properties};
 * immutable and thread-safe.
 */
public final class RuleTitles {
  private static final String BASE = "/id/kim/rules/explain/RuleTitles";
  private static final Map<String, String> ID = read(BASE + ".properties");
  private static final Map<String, String> EN = read(BASE + "_en.properties");

  private RuleTitles() {}

  /**
   * @param id a rule ID, e.g. {@code MAP-ENTRY-4}
   * @param lang the language
   * @return the rule's short title; empty for an ID outside the catalogue (a caller's own rule, SEED-*)
   */
  public static Option<String> of(RuleId id, Lang lang) {
    MissingValueException.requireNonNull(id, "id");
    MissingValueException.requireNonNull(lang, "lang");
    return Option.of((lang == Lang.EN ? EN : ID).get(id.value()));
  }

  /** @return the IDs that have a title, in order */
  public static SortedSet<RuleId> ids() {
    TreeSet<RuleId> ids = new TreeSet<>();
    ID.keySet().forEach(k -> ids.add(RuleId.of(k)));
    return Collections.unmodifiableSortedSet(ids);
  }

  /** @return the keys of the bundle of that language (for the test that both cover the same rules) */
  static SortedSet<String> keys(Lang lang) {
    return Collections.unmodifiableSortedSet(new TreeSet<>((lang == Lang.EN ? EN : ID).keySet()));
  }

  private static Map<String, String> read(String resource) {
    try (InputStream in = RuleTitles.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("rule-title bundle " + resource + " is missing from the class path");
      }
      Properties p = new Properties();
      p.load(in);
      TreeMap<String, String> m = new TreeMap<>();
      p.stringPropertyNames().forEach(k -> m.put(k, p.getProperty(k)));
      return Collections.unmodifiableMap(m);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
