package id.kim.rules.mapping.report;

import id.kim.core.agency.Dinas;
import id.kim.core.community.KimRef;
import id.kim.core.i18n.Lang;
import id.kim.rules.explain.Citation;
import id.kim.rules.explain.Finding;
import id.kim.rules.explain.RuleId;
import id.kim.rules.mapping.grid.Grid;
import id.kim.rules.mapping.issue.IssueMatrix;
import id.kim.rules.mapping.priority.PriorityRanking;
import id.kim.rules.mapping.profiling.Census;
import id.kim.rules.mapping.profiling.ProfileCompleteness;
import id.kim.rules.mapping.entry.NotAdmitted;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.LocalDate;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The mapping report — "Hasil pemetaan dibuat dalam bentuk laporan yang berupa matriks yang
 * mencakup ketertarikan, kekuataan, dan pengaruh" (REPORT-1, MAP-STAGE-E) — of one regency/city
 * Dinas as of one date: the matrix of the prioritised KIM (or of all, GAP-18) with their category
 * and approaches, the issues of Tabel 3.2 with their links, the completeness of every profile of the
 * census, the results of each stage with the policies that produced them, and the records that did
 * not enter the mapping (MAP-ENTRY-1..4) with their reasons. Immutable; renders as
 * plain text ({@link #toText(Lang)}) and as a JSON-ready tree ({@link #toTree(Lang)}).
 *
 * <p>The report is also the record MAP-RULE-0 asks for: "Dinas Kominfo melakukan kemitraan dengan
 * KIM berdasarkan hasil pemetaan" — {@link #isMapped(KimRef)} tells whether a KIM has been mapped.
 */
@Value.Immutable
public abstract class MappingReport {
  /** REPORT-1 — the mapping report is a matrix of interest, power and influence of the priority KIM. */
  static final RuleId REPORT_1 = RuleId.of("REPORT-1");
  /** Citation of REPORT-1. */
  static final Citation REPORT_1_CITATION = Citation.of("III.E",
      "Hasil pemetaan dibuat dalam bentuk laporan yang berupa matriks yang mencakup ketertarikan, kekuataan, dan "
          + "pengaruh yang merupakan hasil analisis terhadap seluruh KIM yang menjadi prioritas Dinas Kominfo");

  /** MAP-RULE-0 — no partnership without prior mapping ({@link #isMapped(KimRef)}). */
  static final RuleId MAP_RULE_0 = RuleId.of("MAP-RULE-0");
  /** Citation of MAP-RULE-0. */
  static final Citation MAP_RULE_0_CITATION = Citation.of("II.B.3",
      "Dinas Kominfo melakukan kemitraan dengan KIM berdasarkan hasil pemetaan");

  /** @return the Dinas that mapped */
  public abstract Dinas dinas();

  /** @return the as-of date of every stage */
  public abstract LocalDate asOf();

  /** @return what the matrix covers */
  public abstract ReportOptions options();

  /** @return stage A: the census */
  public abstract Census census();

  /** @return stage A: the completeness of every profile of the census, ordered by ref */
  public abstract Seq<ProfileCompleteness> completeness();

  /** @return stage B: the issue matrix */
  public abstract IssueMatrix issues();

  /** @return stage C: the grid */
  public abstract Grid grid();

  /** @return stage D: the ranking */
  public abstract PriorityRanking ranking();

  /**
   * @return the records that did not enter the mapping (MAP-ENTRY-1..4), with their reasons, in the order
   *     given — neither placed nor prioritised; empty for an input of profiles given as they are
   */
  @Value.Default
  public Seq<NotAdmitted> notAdmitted() {
    return List.empty();
  }

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the matrix of REPORT-1: prioritised KIM by rank, or every KIM with {@code includeAll} */
  @Value.Derived
  public Seq<MappingReportRow> rows() {
    return ranking().decisions().filter(d -> options().includeAll() || d.prioritised()).map(MappingReportRow::of);
  }

  /**
   * @param kim a KIM
   * @return true if the KIM was mapped in this report (placed in the grid) — the precondition of any
   *     partnership (MAP-RULE-0); it says nothing about eligibility to partner
   */
  public boolean isMapped(KimRef kim) {
    return grid().placementOf(kim).isDefined();
  }

  /**
   * @return warnings and open points of all stages, apart from profile fields and issue aspects (shown in their
   * sections)
   */
  public Seq<Finding> notes() {
    return census().findings()
        .appendAll(issues().findings().filter(f -> !f.ruleId().value().startsWith("ISSUE-ASPECT")))
        .appendAll(grid().findings()).appendAll(grid().placements().flatMap(p -> p.notes()));
  }

  /**
   * @param lang the language
   * @return the report as plain text
   */
  public String toText(Lang lang) {
    return ReportText.render(this, lang);
  }

  /**
   * @param lang the language of labels and messages
   * @return a JSON-ready tree of {@code java.util} maps and lists, strings, numbers and booleans
   */
  public Map<String, Object> toTree(Lang lang) {
    return ReportTree.render(this, lang);
  }

  @Override
  public String toString() {
    return "MappingReport[" + dinas() + ", " + asOf() + ", " + rows().size() + " rows of " + census().size() + " KIM]";
  }

  /** Builds a {@link MappingReport}. */
  public static final class Builder extends ImmutableMappingReport.Builder {}
}
