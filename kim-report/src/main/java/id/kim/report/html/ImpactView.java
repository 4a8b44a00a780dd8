package id.kim.report.html;

import id.kim.core.i18n.Lang;
import id.kim.report.Texts;
import id.kim.rules.explain.RuleId;
import id.kim.rules.impact.ImpactSummary;
import id.kim.rules.impact.KimChange;
import id.kim.rules.impact.Transition;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the impact section of the report shows (dampak varian aturan), already in one language: the
 * transition table with the rules responsible, one bar per province with the KIM that change, and the
 * list of KIM that change with the rule that flips. Built by {@link ImpactReport}; read by
 * {@code impact.jte}.
 */
public final class ImpactView {
  /** Width of the longest bar, in SVG units. */
  static final int BAR = 420;
  /** Height of one bar row. */
  static final int ROW = 22;
  private final ImpactSummary summary;
  private final Lang lang;
  private final Optional<String> description;

  ImpactView(ImpactSummary summary, Optional<String> description, Lang lang) {
    this.summary = summary;
    this.description = description;
    this.lang = lang;
  }

  /** One line of the transition table. */
  public record Row(String code, String label, long count, boolean changed, String rules) {}

  /** One province's bar: how many of its KIM change, of how many. */
  public record Bar(String province, long changed, long total, int y, int width, String title) {}

  /** One KIM that changes. */
  public record Change(String kim, String area, String code, String label, String rules, String findings) {}

  /** @return the page's language code */
  public String lang() {
    return lang.name().toLowerCase(Locale.ROOT);
  }

  /**
   * @param key a key of the report's bundle
   * @param args its arguments
   * @return the text in the page's language
   */
  public String t(String key, Object... args) {
    return Texts.get(lang, key, args);
  }

  /** @return the question compared, e.g. "Kelayakan bermitra dengan Dinas Kominfo" */
  public String question() {
    return summary.question().question().render(lang);
  }

  /** @return the summary shown */
  public ImpactSummary summary() {
    return summary;
  }

  /** @return the variant's own description, if it has one */
  public Optional<String> description() {
    return description;
  }

  /** @return the transitions, unchanged ones included, with the rules responsible for each change */
  public List<Row> rows() {
    List<Row> out = new ArrayList<>();
    summary.transitions().forEach((t, n) -> out.add(new Row(t.code(), t.label(lang), n, t.changed(),
        summary.rulesByTransition().get(t).map(m -> m.map(r -> r._1.value() + " ×" + r._2).mkString(", "))
            .getOrElse(""))));
    return out;
  }

  /** @return one bar per province, longest scaled to {@link #BAR} */
  public List<Bar> bars() {
    long max = 1;
    for (var p : summary.byProvince()) {
      max = Math.max(max, changed(p._2.toJavaMap()));
    }
    List<Bar> out = new ArrayList<>();
    int y = 0;
    for (var p : summary.byProvince()) {
      long changed = changed(p._2.toJavaMap());
      long total = p._2.values().sum().longValue();
      out.add(new Bar(p._1, changed, total, y, (int) Math.round(BAR * (double) changed / max),
          t("report.impact.bar", p._1, changed, total)));
      y += ROW;
    }
    return out;
  }

  /** @return the height of the bar chart */
  public int barsHeight() {
    return Math.max(ROW, summary.byProvince().size() * ROW) + 4;
  }

  /** @return the KIM that change, in the summary's order */
  public List<Change> changes() {
    List<Change> out = new ArrayList<>();
    for (KimChange c : summary.changedKim()) {
      out.add(new Change(c.subject(), c.area().toString(), c.transition().code(), c.transition().label(lang),
          c.responsibleRules().map(RuleId::value).mkString(", "),
          c.changedFindings().map(f -> f.ruleId().value() + " " + f.before().map(o -> o.label(lang)).getOrElse("—")
              + " → " + f.after().map(o -> o.label(lang)).getOrElse(t("report.impact.removed"))).mkString("; ")));
    }
    return out;
  }

  private static long changed(Map<Transition, Long> counts) {
    return counts.entrySet().stream().filter(e -> e.getKey().changed()).mapToLong(Map.Entry::getValue).sum();
  }
}
