package id.kim.rules.explain;

import id.kim.core.i18n.Bundles;
import id.kim.core.i18n.Lang;
import java.util.HashMap;
import java.util.Map;

/**
 * Renders a {@link Decision} as plain text a person can read aloud: the verdict, then each rule with
 * its outcome, reason, juknis citation, evidence and what to bring to fix it.
 */
final class DecisionText {
  static final String BUNDLE = "id.kim.rules.explain.Messages";
  private static final String[] WORD_KEYS = {"verdict", "ruleSet", "asOf", "source", "proposed", "evidence", "remedy",
      "warning"};
  /**
   * The words of the layout, read from the bundle once per language when the class loads (a decision
   * prints them for every finding); never changed afterwards.
   */
  private static final Map<String, String> WORDS_ID = words(Lang.ID);
  private static final Map<String, String> WORDS_EN = words(Lang.EN);

  private DecisionText() {}

  static String render(Decision d, Lang lang) {
    StringBuilder out = newTextBuilder(256 + 512 * d.findings().size());
    out.append(d.question().render(lang)).append(": ").append(d.subject()).append('\n');
    out.append(word("verdict", lang)).append(": ").append(d.verdict().label(lang)).append('\n');
    out.append(word("ruleSet", lang)).append(": ").append(d.ruleSet()).append(" · ")
        .append(word("asOf", lang)).append(' ').append(d.asOf()).append('\n');
    for (Finding f : d.findings()) {
      appendFinding(out, f, lang);
    }
    return out.toString();
  }

  /**
   * A builder already holding two-byte characters: every finding line has a dash (U+2014), so the
   * text never fits in Latin-1, and a builder that starts in Latin-1 would copy itself into a new
   * array twice its size at the first dash.
   */
  private static StringBuilder newTextBuilder(int capacity) {
    StringBuilder out = new StringBuilder(1).append('\u2014');
    out.setLength(0);
    out.ensureCapacity(capacity);
    return out;
  }

  static void appendFinding(StringBuilder out, Finding f, Lang lang) {
    out.append("  ").append(marker(f)).append(' ').append(f.ruleId()).append(" — ")
        .append(f.outcome().label(lang));
    if (f.severity() == Severity.WARNING) {
      out.append(" (").append(word("warning", lang)).append(')');
    }
    out.append(": ").append(f.message().render(lang)).append('\n');
    Citation c = f.citation();
    out.append("      ").append(word("source", lang)).append(": juknis ").append(c.section()).append(" \"")
        .append(c.quote()).append('"');
    if (c.proposed()) {
      out.append(" [").append(word("proposed", lang));
      c.gap().forEach(g -> out.append(", ").append(g));
      out.append(']');
    }
    out.append('\n');
    if (!f.evidence().isEmpty()) {
      out.append("      ").append(word("evidence", lang)).append(": ");
      String separator = "";
      for (Evidence e : f.evidence()) {
        out.append(separator).append(e.name()).append('=').append(e.value());
        separator = ", ";
      }
      out.append('\n');
    }
    f.remedy().forEach(r -> out.append("      ").append(word("remedy", lang)).append(": ")
        .append(r.render(lang)).append('\n'));
  }

  private static String marker(Finding f) {
    return switch (f.outcome()) {
      case SATISFIED -> "[v]";
      case NOT_SATISFIED -> f.severity() == Severity.WARNING ? "[!]" : "[x]";
      case UNKNOWN -> "[?]";
      default -> "[-]";
    };
  }

  static String word(String key, Lang lang) {
    String word = switch (lang) {
      case ID -> WORDS_ID.get(key);
      case EN -> WORDS_EN.get(key);
    };
    return word != null ? word : Bundles.format(BUNDLE, "word." + key, lang);
  }

  private static Map<String, String> words(Lang lang) {
    Map<String, String> words = new HashMap<>();
    for (String key : WORD_KEYS) {
      words.put(key, Bundles.format(BUNDLE, "word." + key, lang));
    }
    return Map.copyOf(words);
  }
}
