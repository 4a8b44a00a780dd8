package id.kim.rules.mapping.report;

import id.kim.core.i18n.Bundles;
import id.kim.core.i18n.Lang;
import id.kim.rules.explain.Citation;
import id.kim.rules.mapping.grid.GridPlacement;
import id.kim.rules.mapping.grid.LevelBasis;
import id.kim.rules.mapping.grid.VariableLevel;
import id.kim.rules.mapping.priority.PriorityDecision;

/** The words of the report renderers, from the mapping bundle, and the few phrases both share. */
final class ReportWords {
  /** The message bundle of the mapping family, whose {@code report.*} keys hold the report's words. */
  private static final String BUNDLE = "id.kim.rules.mapping.Messages";

  private ReportWords() {}

  static String word(String key, Lang lang, Object... args) {
    return Bundles.format(BUNDLE, "report." + key, lang, args);
  }

  /** @return e.g. "juknis", "BOTH_HIGH", "keputusan Dinas" — how the category was reached */
  static String basis(GridPlacement p, Lang lang) {
    if (p.juknisExactMatch()) {
      return "juknis";
    }
    if (p.decision().isDefined()) {
      return word("basis.decision", lang);
    }
    return p.classification().appliedPolicy().map(Enum::name).getOrElse("-");
  }

  /** @return "dilibatkan", "diprioritaskan" or "-" */
  static String priority(PriorityDecision d, Lang lang) {
    return d.involved() ? word("involved", lang) : d.prioritised() ? word("prioritised", lang) : "-";
  }

  /** @return what decided a level, with the numbers: e.g. "diukur dari data profil: total 5000 > 1200 (n=5)" */
  static String levelReason(VariableLevel v, Lang lang) {
    StringBuilder out = new StringBuilder(v.basis().label(lang));
    v.assessment().forEach(a -> out.append(": ").append(a.assessedBy().name().masked()).append(", ")
        .append(a.assessedOn()).append(" — \"").append(a.rationale()).append('"'));
    v.measurement().filter(m -> m.hasEvidence()).forEach(m -> {
      out.append(v.basis() == LevelBasis.MEASURED ? ": " : "; " + word("data", lang) + ": ").append(m.comparison());
      if (m.populationSize() > 0) {
        out.append(" (n=").append(m.populationSize()).append(')');
      }
    });
    if (!v.overlappingIssues().isEmpty()) {
      out.append(v.basis() == LevelBasis.SUGGESTED ? ": " : "; " + word("suggestion", lang) + ": ")
          .append(v.overlappingIssues().mkString(" | "));
    }
    return out.toString();
  }

  /** @return e.g. " [USULAN, GAP-14]" for a proposed citation, "" for juknis text */
  static String proposedMark(Citation c, Lang lang) {
    return c.proposed() ? " [" + word("proposed", lang) + c.gap().map(g -> ", " + g).getOrElse("") + "]" : "";
  }

  static String pad(String text, int width) {
    StringBuilder out = new StringBuilder(text);
    while (out.length() < width) {
      out.append(' ');
    }
    return out.toString();
  }
}
