package id.kim.report.pipeline;

import id.kim.core.i18n.Lang;
import id.kim.report.Texts;
import id.kim.report.GridPoint;
import id.kim.report.IssueRow;
import id.kim.report.ReportModel;
import id.kim.rules.mapping.grid.Approach;
import id.kim.rules.mapping.grid.GridPlacement;
import id.kim.rules.mapping.grid.LevelBasis;
import id.kim.rules.mapping.grid.LevelPolicy;
import id.kim.rules.mapping.grid.VariableLevel;
import id.kim.rules.mapping.issue.IssueLink;
import id.kim.rules.mapping.issue.IssueMatrixRow;
import id.kim.rules.mapping.priority.PriorityDecision;
import id.kim.rules.mapping.report.MappingReport;
import io.vavr.collection.Seq;

/**
 * Turns the mapping report (REPORT-1) into the report's views: every placement on the grid by rank,
 * with its levels, what decided them, its category — exact juknis row or the mixed-case policy that
 * placed it (GAP-14) — and its priority; the policies in words; the open points; the issues of Tabel 3.2.
 */
final class GridView {
  private GridView() {}

  static void fill(ReportModel.Builder b, MappingReport report, Lang lang) {
    java.util.Set<Integer> inMatrix = report.rows().map(r -> r.rank()).toJavaSet();
    for (PriorityDecision d : report.ranking().decisions()) {
      GridPlacement p = d.placement();
      b.addGrid(GridPoint.builder().number(d.rank()).kim(p.kim().name()).interest(p.interest().level()).power(p.power().level())
          .influence(p.influence().level()).interestBasis(basis(p.interest(), lang)).powerBasis(basis(p.power(), lang))
          .influenceBasis(basis(p.influence(), lang)).category(p.category())
          .categoryLabel(Texts.get(lang, "report.grid.cell." + p.category().name())).approaches(approaches(d, lang))
          .exactMatch(p.juknisExactMatch())
          .placedBy(p.juknisExactMatch() ? java.util.Optional.empty() : java.util.Optional.of(placedBy(p, lang)))
          .priority(Texts.get(lang, d.involved() ? "report.priority.involved" : d.prioritised() ? "report.priority.prioritised"
              : "report.priority.not")).inMatrix(inMatrix.contains(d.rank())).build());
    }
    b.mappingPolicy(policy(report, lang));
    report.notes().forEach(f -> b.addMappingNotes(f.summary(lang)));
    for (IssueMatrixRow row : report.issues().rows()) {
      IssueRow.Builder issue = IssueRow.builder().title(row.issue().title()).facts(Texts.get(lang, "report.issue.facts",
          lang == Lang.ID ? row.issue().field().indonesianName() : row.issue().field().englishName(),
          flags(row, lang), row.phase().label(lang)));
      for (IssueLink link : row.links()) {
        issue.addLinks(link.kim() + ": " + link.reasons().map(r -> r.label(lang)).mkString("; "));
      }
      b.addIssues(issue.build());
    }
  }

  private static String flags(IssueMatrixRow row, Lang lang) {
    String flags = (row.issue().priority() ? Texts.get(lang, "report.issue.priority") + " " : "")
        + (row.issue().crisisIndicated() ? Texts.get(lang, "report.issue.crisis") : "");
    return flags.isBlank() ? "–" : flags.strip();
  }

  private static String approaches(PriorityDecision d, Lang lang) {
    Seq<Approach> approaches = d.approaches();
    return approaches.isEmpty() ? "–" : approaches.map(a -> a.label(lang)).mkString("; ");
  }

  private static String placedBy(GridPlacement p, Lang lang) {
    if (p.decision().isDefined()) {
      return Texts.get(lang, "report.grid.byDecision", p.decision().get().decidedOn());
    }
    return Texts.get(lang, "report.grid.byPolicy", p.classification().appliedPolicy().map(Enum::name).getOrElse("-"));
  }

  private static String basis(VariableLevel v, Lang lang) {
    String what = Texts.get(lang, "report.basis." + v.basis().name());
    return v.measurement().filter(m -> m.hasEvidence()).map(m -> v.basis() == LevelBasis.MEASURED ? what + ": " + m.comparison()
        : what + "; " + Texts.get(lang, "report.basis.figures", m.comparison())).getOrElse(what);
  }

  private static java.util.List<String> policy(MappingReport report, Lang lang) {
    LevelPolicy level = report.grid().policy();
    return java.util.List.of(
        Texts.get(lang, "report.policy.power", level.power().describe(lang)),
        Texts.get(lang, "report.policy.influence", level.influence().describe(lang)),
        Texts.get(lang, "report.policy.interest." + level.interest().name()),
        Texts.get(lang, "report.policy.mixed." + level.mixedCase().name()),
        Texts.get(lang, "report.policy.priority", report.ranking().policy().code()),
        Texts.get(lang, report.options().includeAll() ? "report.policy.matrix.all" : "report.policy.matrix.priority",
            report.rows().size(), report.census().size()));
  }
}
