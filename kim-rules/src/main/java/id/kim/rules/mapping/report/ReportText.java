package id.kim.rules.mapping.report;

import static id.kim.rules.mapping.report.ReportWords.pad;
import static id.kim.rules.mapping.report.ReportWords.word;

import id.kim.core.i18n.Lang;
import id.kim.rules.explain.Finding;
import id.kim.rules.explain.Outcome;
import id.kim.rules.mapping.grid.GridPlacement;
import id.kim.rules.mapping.grid.GridVariable;
import id.kim.rules.mapping.grid.LevelPolicy;
import id.kim.rules.mapping.issue.IssueLink;
import id.kim.rules.mapping.issue.IssueMatrixRow;
import id.kim.rules.mapping.issue.IssueSource;
import id.kim.rules.mapping.issue.LinkReason;
import id.kim.rules.mapping.issue.PublicIssue;
import id.kim.rules.mapping.profiling.FieldStatus;
import id.kim.rules.mapping.profiling.ProfileCompleteness;
import id.kim.rules.mapping.profiling.ProfileField;
import io.vavr.collection.List;
import io.vavr.collection.Seq;

/**
 * Renders a {@link MappingReport} as plain text: a header with the policies in force, then
 * A. the matrix (REPORT-1) with the details of each row, B. the issues of Tabel 3.2 with their links
 * and reasons, C. the completeness of the profiles (Tabel 3.1, MAP-A-2), D. the remaining notes, and,
 * when some records did not enter the mapping, E. those records with their MAP-ENTRY-1..4 reasons.
 * Deterministic: the same report gives the same text.
 */
final class ReportText {
  private ReportText() {}

  static String render(MappingReport r, Lang lang) {
    StringBuilder out = new StringBuilder();
    header(out, r, lang);
    matrix(out, r, lang);
    issues(out, r, lang);
    completeness(out, r, lang);
    notes(out, r, lang);
    notAdmitted(out, r, lang);
    return out.toString();
  }

  /** The records left out of the mapping (MAP-ENTRY-1..4), only when there are any. */
  private static void notAdmitted(StringBuilder out, MappingReport r, Lang lang) {
    if (r.notAdmitted().isEmpty()) {
      return;
    }
    out.append('\n').append(word("section.notAdmitted", lang, r.notAdmitted().size())).append('\n');
    r.notAdmitted().forEach(n -> out.append("  ").append(n.explain(lang).replace("\n", "\n  ")).append('\n'));
  }

  private static void header(StringBuilder out, MappingReport r, Lang lang) {
    LevelPolicy p = r.grid().policy();
    out.append(word("title", lang)).append('\n');
    out.append(word("dinas", lang)).append(": ").append(r.dinas().name()).append('\n');
    out.append(word("asOf", lang)).append(": ").append(r.asOf()).append('\n');
    out.append(word(r.options().includeAll() ? "scope.all" : "scope.priority", lang, r.rows().size(),
        r.census().size()))
        .append(ReportWords.proposedMark(ReportOptions.SCOPE_CITATION, lang)).append('\n');
    out.append(word("levelPolicy", lang)).append(" [").append(word("proposed", lang))
        .append(", GAP-14, GAP-15, GAP-16]:\n");
    out.append("  ").append(GridVariable.POWER.label(lang)).append(": ").append(p.power().describe(lang)).append('\n');
    out.append("  ").append(GridVariable.INFLUENCE.label(lang)).append(": ").append(p.influence().describe(lang))
        .append('\n');
    out.append("  ").append(GridVariable.INTEREST.label(lang)).append(": ")
        .append(word("interest." + p.interest(), lang)).append('\n');
    out.append("  ").append(word("mixedCase", lang)).append(": ").append(p.mixedCase()).append(" — ")
        .append(word("mixed." + p.mixedCase(), lang)).append('\n');
    out.append(word("priorityPolicy", lang)).append(" [").append(word("proposed", lang)).append(", GAP-18]: ")
        .append(word("priorityPolicy.text", lang, r.ranking().policy().prioritised().map(c -> c.row()).mkString(", "),
            r.ranking().policy().involved().map(c -> c.row()).mkString(", "),
            r.ranking().policy().maxPrioritised().map(String::valueOf).orElse("-")))
        .append('\n');
  }

  private static void matrix(StringBuilder out, MappingReport r, Lang lang) {
    out.append('\n').append(word("section.matrix", lang)).append('\n');
    if (r.rows().isEmpty()) {
      out.append("  ").append(word("none", lang)).append('\n');
    } else {
      Seq<String> names = r.rows().map(row -> row.kim().toString());
      int kimWidth = Math.max(word("col.kim", lang).length(), names.map(String::length).max().getOrElse(0)) + 2;
      out.append(pad(word("col.no", lang), 4)).append(pad(word("col.kim", lang), kimWidth))
          .append(pad(header(GridVariable.INTEREST, lang), 14)).append(pad(header(GridVariable.POWER, lang), 11))
          .append(pad(header(GridVariable.INFLUENCE, lang), 11)).append(pad(word("col.category", lang), 10))
          .append(pad(word("col.basis", lang), 17)).append(word("col.priority", lang)).append('\n');
      for (MappingReportRow row : r.rows()) {
        out.append(pad(String.valueOf(row.rank()), 4)).append(pad(row.kim().toString(), kimWidth))
            .append(pad(row.interest().label(lang), 14)).append(pad(row.power().label(lang), 11))
            .append(pad(row.influence().label(lang), 11)).append(pad(categoryCell(row, lang), 10))
            .append(pad(ReportWords.basis(row.decision().placement(), lang), 17))
            .append(ReportWords.priority(row.decision(), lang)).append('\n');
      }
      for (MappingReportRow row : r.rows()) {
        details(out, row, lang);
      }
    }
    int left = r.census().size() - r.rows().size();
    if (left > 0) {
      out.append('\n').append(word("notInMatrix", lang, left)).append('\n');
    }
  }

  private static String header(GridVariable v, Lang lang) {
    String label = v.label(lang);
    return Character.toUpperCase(label.charAt(0)) + label.substring(1);
  }

  private static String categoryCell(MappingReportRow row, Lang lang) {
    return row.category().row() <= 4 ? String.valueOf(row.category().row()) : word("unclassified", lang);
  }

  private static void details(StringBuilder out, MappingReportRow row, Lang lang) {
    GridPlacement p = row.decision().placement();
    out.append('\n').append(row.rank()).append(". ").append(row.kim()).append('\n');
    for (var v : List.of(p.interest(), p.power(), p.influence())) {
      out.append("   ").append(pad(v.variable().label(lang) + ":", 14)).append(v.level().label(lang)).append(" — ")
          .append(ReportWords.levelReason(v, lang)).append('\n');
    }
    out.append("   ").append(pad(word("category", lang) + ":", 14)).append(p.finding().ruleId()).append(" — ")
        .append(p.category().label(lang)).append(" (").append(word("basis." + basisKey(p), lang))
        .append(p.classification().appliedPolicy().map(m -> " " + m).getOrElse("")).append(')')
        .append(ReportWords.proposedMark(p.finding().citation(), lang)).append('\n');
    for (Finding f : row.decision().findings()) {
      if (f.ruleId().value().equals("PRIORITY-2")) {
        out.append("   ").append(pad("PRIORITY-2:", 14)).append(f.message().render(lang)).append('\n');
      }
    }
    out.append("   ").append(pad(word("approach", lang) + ":", 14))
        .append(row.approaches().map(a -> a.label(lang)).mkString("; ")).append('\n');
    out.append("   ").append(pad(word("decision", lang) + ":", 14))
        .append(row.decision().findings().head().message().render(lang))
        .append('\n');
  }

  private static String basisKey(GridPlacement p) {
    return p.juknisExactMatch() ? "exact" : p.decision().isDefined() ? "decision" : "policy";
  }

  private static void issues(StringBuilder out, MappingReport r, Lang lang) {
    out.append('\n').append(word("section.issues", lang)).append('\n');
    if (r.issues().rows().isEmpty()) {
      out.append("  ").append(word("none", lang)).append('\n');
    }
    for (IssueMatrixRow row : r.issues().rows()) {
      out.append(row.number()).append(". ").append(row.issue().title()).append('\n');
      out.append("   ").append(word("field", lang)).append(": ")
          .append(lang == Lang.ID ? row.issue().field().indonesianName()
          : row.issue().field().englishName());
      if (row.issue().priority()) {
        out.append(" · ").append(word("issue.priority", lang));
      }
      if (row.issue().crisisIndicated()) {
        out.append(" · ").append(word("issue.crisis", lang));
      }
      out.append(" · ").append(word("phase", lang)).append(": ").append(row.phase().label(lang)).append('\n');
      out.append("   ").append(word("area", lang)).append(": ").append(area(row.issue(), lang));
      row.issue().audience().ifPresent(a -> out.append(" · ").append(word("audience", lang)).append(": ").append(a));
      out.append('\n');
      Seq<String> sources = List.ofAll(row.issue().sources()).filter(s -> s != IssueSource.OTHER)
          .map(s -> s.label(lang)).appendAll(row.issue().otherSources());
      out.append("   ").append(word("sources", lang)).append(": ")
          .append(sources.isEmpty() ? "-" : sources.mkString("; ")).append('\n');
      out.append("   ").append(word("kimNames", lang)).append(':').append(row.links().isEmpty() ? " -" : "")
          .append('\n');
      for (IssueLink link : row.links()) {
        out.append("     - ").append(link.kim()).append(": ")
            .append(link.reasons().map((LinkReason x) -> x.label(lang)).mkString("; "))
            .append(ReportWords.proposedMark(link.explanation().citation(), lang)).append('\n');
      }
      var missing = row.issue().dossier().missingAspects();
      if (!missing.isEmpty()) {
        out.append("   ").append(word("aspectsMissing", lang)).append(": ")
            .append(missing.map(a -> a.ruleId() + " " + a.label(lang)).mkString(", ")).append('\n');
      }
    }
  }

  private static String area(PublicIssue issue, Lang lang) {
    if (issue.isRegionWide()) {
      return word("area.region", lang);
    }
    return List.ofAll(issue.districts()).map(d -> "Kecamatan " + d.name()).sorted()
        .appendAll(List.ofAll(issue.villages()).map(v -> v.kind().label() + " " + v.name()).sorted()).mkString(", ");
  }

  private static void completeness(StringBuilder out, MappingReport r, Lang lang) {
    out.append('\n').append(word("section.completeness", lang)).append('\n');
    if (r.completeness().isEmpty()) {
      out.append("  ").append(word("none", lang)).append('\n');
    }
    for (ProfileCompleteness c : r.completeness()) {
      out.append("- ").append(c.kim()).append(": ");
      if (c.isComplete()) {
        out.append(word("complete", lang)).append('\n');
        continue;
      }
      Seq<String> parts = List.empty();
      if (!c.meetsAddressRule()) {
        parts = parts.append(word("address.unmet", lang));
      }
      parts = parts.appendAll(List.of(FieldStatus.MISSING, FieldStatus.PARTIAL).filter(s -> !c.fields(s).isEmpty())
          .map(s -> word("status." + s, lang) + " " + c.fields(s).map(f -> field(f, lang)).mkString(", ")));
      out.append(parts.mkString("; ")).append('\n');
    }
  }

  private static String field(ProfileField f, Lang lang) {
    return f.letter() + " " + f.label(lang) + " (" + f.requirement().label(lang) + ")";
  }

  private static void notes(StringBuilder out, MappingReport r, Lang lang) {
    out.append('\n').append(word("section.notes", lang)).append('\n');
    Seq<Finding> notes = r.notes();
    if (notes.isEmpty()) {
      out.append("  ").append(word("none", lang)).append('\n');
    }
    for (Finding f : notes) {
      out.append("  ").append(f.outcome() == Outcome.UNKNOWN ? "[?] " : "[!] ").append(f.ruleId()).append(": ")
          .append(f.message().render(lang)).append('\n');
    }
  }
}
