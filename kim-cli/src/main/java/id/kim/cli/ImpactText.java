package id.kim.cli;

import id.kim.core.i18n.Lang;
import id.kim.rules.explain.RuleId;
import id.kim.rules.impact.ImpactSummary;
import id.kim.rules.impact.KimChange;
import id.kim.rules.impact.Transition;
import id.kim.rules.impact.Variant;
import io.vavr.collection.SortedMap;

/** The text form of {@code kim impact}: the transition table, the counts by area and the KIM that change. */
final class ImpactText {
  private ImpactText() {}

  /** Renders one impact in one language. */
  record Render(ImpactSummary s, Variant variant, Lang lang) {
    String text() {
      StringBuilder out = new StringBuilder();
      line(out, "cli.impact.title", variant.name(), s.population(), s.question().question().render(lang), s.asOf());
      variant.description().ifPresent(d -> out.append(d).append('\n'));
      line(out, "cli.impact.base", s.base());
      line(out, "cli.impact.variant", s.variant());
      out.append('\n');
      line(out, "cli.impact.table");
      s.transitions().forEach((t, n) -> out.append(String.format("  %-34s %6d%s%n", t.label(lang), n,
          rules(s.rulesByTransition().get(t).getOrNull()))));
      line(out, "cli.impact.totals", s.changed(), s.invalid());
      out.append('\n');
      line(out, "cli.impact.byRegencyCity");
      s.byRegencyCity().forEach((a, counts) -> out.append("  ").append(a).append(": ").append(counts(counts))
          .append('\n'));
      out.append('\n');
      line(out, "cli.impact.changed", s.changedKim().size());
      for (KimChange c : s.changedKim()) {
        out.append("  ").append(c.subject()).append(" — ").append(c.transition().label(lang)).append(" — ")
            .append(c.responsibleRules().map(RuleId::value).mkString(", ")).append(" (")
            .append(c.changedFindings().filter(f -> c.responsibleRules().contains(f.ruleId()))
                .map(f -> f.ruleId().value() + ": " + f.before().map(o -> o.label(lang)).getOrElse("—") + " → "
                    + f.after().map(o -> o.label(lang)).getOrElse(Texts.get(lang, "cli.impact.removed")))
                .mkString("; "))
            .append(")\n");
      }
      return out.toString();
    }

    private String rules(SortedMap<RuleId, Long> rules) {
      return rules == null ? "" : "   " + Texts.get(lang, "cli.impact.because",
          rules.map(r -> r._1.value() + " ×" + r._2).mkString(", "));
    }

    private String counts(SortedMap<Transition, Long> counts) {
      return counts.map(t -> t._1.label(lang) + " " + t._2).mkString(", ");
    }

    private void line(StringBuilder out, String key, Object... args) {
      out.append(Texts.get(lang, key, args)).append('\n');
    }
  }
}
