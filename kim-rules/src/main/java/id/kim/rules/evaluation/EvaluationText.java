package id.kim.rules.evaluation;

import id.kim.core.i18n.Bundles;
import id.kim.core.i18n.Lang;
import id.kim.rules.explain.Citation;
import id.kim.rules.explain.Evidence;
import id.kim.rules.explain.Finding;
import id.kim.rules.explain.ResultTree;
import id.kim.rules.explain.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Renders a {@link CollaborationEvaluation} as text and as a JSON-ready tree. */
final class EvaluationText {
  private EvaluationText() {}

  static String render(CollaborationEvaluation e, Lang lang) {
    StringBuilder out = new StringBuilder();
    out.append(word("question", lang)).append(": ").append(e.kim()).append('\n');
    out.append(word("recommendation", lang)).append(": ").append(e.recommendation().label(lang)).append('\n');
    out.append(word("period", lang)).append(": ").append(e.period().label()).append(" (").append(e.period().span())
        .append(") · ").append(word("asOf", lang)).append(' ').append(e.asOf()).append('\n');
    out.append(word("policy", lang)).append(": ").append(e.policy().name()).append(" · ")
        .append(word("ruleSet", lang)).append(": ").append(e.ruleSet()).append('\n');
    for (Finding f : e.findings()) {
      out.append("  ").append(f.ruleId()).append(' ').append(f.outcome().label(lang));
      if (f.severity() == Severity.WARNING) {
        out.append(" (").append(word("warning", lang)).append(')');
      }
      out.append(": ").append(f.message().render(lang)).append('\n');
      Citation c = f.citation();
      out.append("      juknis ").append(c.section()).append(" \"").append(c.quote()).append('"');
      c.gap().forEach(g -> out.append(" [").append(word("proposed", lang)).append(", ").append(g).append(']'));
      out.append('\n');
      if (!f.evidence().isEmpty()) {
        out.append("      ").append(f.evidence().map(Evidence::toString).mkString(", ")).append('\n');
      }
      f.remedy().forEach(r -> out.append("      -> ").append(r.render(lang)).append('\n'));
    }
    return out.toString();
  }

  static Map<String, Object> tree(CollaborationEvaluation e, Lang lang) {
    Map<String, Object> tree = new LinkedHashMap<>();
    tree.put("question", word("question", lang));
    tree.put("kim", e.kim().toString());
    tree.put("period", e.period().label());
    tree.put("periodStart", e.period().start().toString());
    tree.put("periodEnd", e.period().end().toString());
    tree.put("asOf", e.asOf().toString());
    tree.put("policy", e.policy().name());
    tree.put("ruleSet", Map.of("name", e.ruleSet().name(), "version", e.ruleSet().version()));
    tree.put("recommendation", e.recommendation().name());
    tree.put("recommendationLabel", e.recommendation().label(lang));
    List<Object> findings = new ArrayList<>();
    e.findings().forEach(f -> findings.add(ResultTree.finding(f, lang)));
    tree.put("findings", findings);
    return tree;
  }

  static String word(String key, Lang lang) {
    return Bundles.format(EvaluationMessages.BUNDLE, "word." + key, lang);
  }
}
