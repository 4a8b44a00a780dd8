package id.kim.report.pipeline;

import id.kim.core.i18n.Lang;
import id.kim.report.GridPoint;
import id.kim.report.IssueRow;
import id.kim.report.Numbers;
import id.kim.report.ReportModel;
import id.kim.report.Texts;
import id.kim.rules.mapping.grid.GridCategory;
import id.kim.rules.mapping.grid.GridPlacement;
import id.kim.rules.mapping.grid.LevelBasis;
import id.kim.rules.mapping.grid.LevelPolicy;
import id.kim.rules.mapping.grid.VariableLevel;
import id.kim.rules.mapping.issue.IssueLink;
import id.kim.rules.mapping.issue.IssueMatrixRow;
import id.kim.rules.mapping.priority.PriorityDecision;
import id.kim.rules.mapping.priority.PriorityPolicy;
import id.kim.rules.mapping.report.MappingReport;
import id.kim.rules.mapping.threshold.ThresholdDecision;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns the mapping report (REPORT-1) into the report's views: every placement on the grid by rank, with the
 * KIM's report number, its levels and what decided them (figures in the reader's number format), its category
 * — exact juknis row or the mixed-case policy that placed it (GAP-14) — and its priority; the policies and the
 * open points in words; the issues of Tabel 3.2 with the numbered KIM linked to them.
 */
final class GridView {
  private GridView() {}

  static void fill(ReportModel.Builder b, MappingReport report, KimNumbers numbers, Lang lang) {
    Set<Integer> inMatrix = report.rows().map(r -> r.rank()).toJavaSet();
    for (PriorityDecision d : report.ranking().decisions()) {
      GridPlacement p = d.placement();
      b.addGrid(GridPoint.builder().number(numbers.of(p.kim())).rank(d.rank()).kim(p.kim().name())
          .interest(p.interest().level()).power(p.power().level()).influence(p.influence().level())
          .interestBasis(basis(p.interest(), lang)).powerBasis(basis(p.power(), lang))
              .influenceBasis(basis(p.influence(), lang))
          .category(p.category()).categoryLabel(Texts.get(lang, "report.grid.cell." + p.category().name()))
          .approaches(d.approaches().isEmpty() ? "–" : d.approaches().map(a -> a.label(lang)).mkString("; "))
          .placedBy(p.juknisExactMatch() ? Optional.empty() : Optional.of(placedBy(p, lang)))
          .priority(Texts.get(lang, d.involved() ? "report.priority.involved" : d.prioritised()
              ? "report.priority.prioritised"
              : "report.priority.not"))
          .inMatrix(inMatrix.contains(d.rank())).build());
    }
    b.mappingPolicy(policy(report, lang));
    report.notes().forEach(f -> b.addMappingNotes(Reasons.foldRepeats(f.summary(lang), lang)));
    for (IssueMatrixRow row : report.issues().rows()) {
      IssueRow.Builder issue = IssueRow.builder().title(row.issue().title()).facts(Texts.get(lang, "report.issue.facts",
          lang == Lang.ID ? row.issue().field().indonesianName() : row.issue().field().englishName(),
          flags(row, lang), row.phase().label(lang)));
      Map<String, List<Integer>> byReasons = new LinkedHashMap<>();
      for (IssueLink link : row.links()) {
        byReasons.computeIfAbsent(link.reasons().map(r -> r.label(lang)).mkString("; "), k -> new ArrayList<>())
            .add(numbers.of(link.kim()));
      }
      byReasons.forEach((reasons, kims) -> issue.addLinks(Texts.get(lang, "report.issue.link",
          kims.stream().sorted().map(String::valueOf).collect(Collectors.joining(", ")), reasons)));
      b.addIssues(issue.build());
    }
  }

  private static String flags(IssueMatrixRow row, Lang lang) {
    String flags = (row.issue().priority() ? Texts.get(lang, "report.issue.priority") + " " : "")
        + (row.issue().crisisIndicated() ? Texts.get(lang, "report.issue.crisis") : "");
    return flags.isBlank() ? "–" : flags.strip();
  }

  private static String placedBy(GridPlacement p, Lang lang) {
    if (p.decision().isDefined()) {
      return Texts.get(lang, "report.grid.byDecision", p.decision().get().decidedOn());
    }
    return Texts.get(lang, "report.grid.byPolicy", p.classification().appliedPolicy()
        .map(m -> Texts.get(lang, "report.policy.name." + m.name())).getOrElse("–"));
  }

  private static String basis(VariableLevel v, Lang lang) {
    String what = Texts.get(lang, "report.basis." + v.basis().name());
    return v.measurement().filter(ThresholdDecision::hasEvidence)
        .map(m -> v.basis() == LevelBasis.MEASURED ? what + ": " + comparison(m, lang)
            : what + "; " + Texts.get(lang, "report.basis.figures", comparison(m, lang)))
        .getOrElse(what);
  }

  /** @return e.g. "jumlah 14.663 > batas 2.784": the figure and the cutoff it was compared with */
  static String comparison(ThresholdDecision<?> m, Lang lang) {
    String what = m.metric().map(x -> Texts.get(lang, "report.metric." + x.name())).getOrElse(Texts.get(lang,
        "report.metric.total"));
    String symbol = m.high() ? (m.strict() ? ">" : "≥") : (m.strict() ? "≤" : "<");
    return what + " " + Numbers.integer(m.figure(), lang)
        + m.cutoff().map(c -> " " + symbol + " " + Texts.get(lang, "report.basis.cutoff", Numbers.integer(c, lang)))
            .getOrElse("");
  }

  private static List<String> policy(MappingReport report, Lang lang) {
    LevelPolicy level = report.grid().policy();
    return List.of(
        Texts.get(lang, "report.policy.power", level.power().describe(lang)),
        Texts.get(lang, "report.policy.influence", level.influence().describe(lang)),
        Texts.get(lang, "report.policy.interest." + level.interest().name()),
        Texts.get(lang, "report.policy.mixed." + level.mixedCase().name()),
        priority(report.ranking().policy(), lang),
        Texts.get(lang, report.options().includeAll() ? "report.policy.matrix.all" : "report.policy.matrix.priority",
            report.rows().size(), report.census().size()));
  }

  /** @return the priority policy (GAP-18) in words: which rows of Tabel 3.3 are prioritised, involved, and the limit */
  static String priority(PriorityPolicy p, Lang lang) {
    return Texts.get(lang, "report.policy.priority", rows(p.prioritised(), lang), rows(p.involved(), lang),
        p.maxPrioritised().map(String::valueOf).orElse(Texts.get(lang, "report.policy.noLimit")));
  }

  private static String rows(Iterable<GridCategory> categories, Lang lang) {
    StringBuilder s = new StringBuilder();
    for (GridCategory c : categories) {
      s.append(s.length() == 0 ? "" : ", ").append("GRID-").append(c.row());
    }
    return s.length() == 0 ? Texts.get(lang, "report.policy.none") : s.toString();
  }
}
