package id.kim.rules.mapping;

import id.kim.rules.explain.Citation;
import id.kim.rules.explain.RuleId;
import id.kim.rules.mapping.grid.Grid;
import id.kim.rules.mapping.issue.IssueLinker;
import id.kim.rules.mapping.priority.PriorityRanking;
import id.kim.rules.mapping.profiling.Categorisation;
import io.vavr.control.Option;
import org.jspecify.annotations.Nullable;

/**
 * The five stages of mapping — "Dinas Kominfo perlu melakukan 5 (lima) tahap pemetaan" (III,
 * MAP-STAGE-A..E) — in their order, each with the ground rule of II.B.3 it carries out (MAP-RULE-b..e).
 *
 * <p>Each stage's ID and citation (the heading of III.A … III.E) are declared here, on the one type that
 * stands for a stage; no finding cites a stage. The ground rules keep their IDs and citations beside
 * their logic: MAP-RULE-b in {@link Categorisation}, MAP-RULE-c in {@link IssueLinker}, MAP-RULE-d in
 * {@link Grid}, MAP-RULE-e in {@link PriorityRanking}.
 */
public enum MappingStage {
  /** A. Mengumpulkan Data dan Mengategori KIM (MAP-RULE-b). */
  COLLECT_AND_CATEGORISE("MAP-STAGE-A", Citation.of("III.A", "Mengumpulkan Data dan Mengategori KIM"),
      Categorisation.MAP_RULE_B),
  /** B. Mengidentifikasi Isu Publik Berdasarkan Khalayak Sasaran KIM (MAP-RULE-c). */
  IDENTIFY_ISSUES("MAP-STAGE-B", Citation.of("III.B",
      "Mengidentifikasi Isu Publik Berdasarkan Khalayak Sasaran KIM"), IssueLinker.MAP_RULE_C),
  /** C. Melakukan Pemetaan KIM Berdasarkan Ketertarikan, Kekuatan dan Pengaruhnya (MAP-RULE-d). */
  MAP_GRID("MAP-STAGE-C", Citation.of("III.C",
      "Melakukan Pemetaan KIM Berdasarkan Ketertarikan, Kekuatan dan Pengaruhnya"), Grid.MAP_RULE_D),
  /** D. Menentukan KIM yang Diprioritaskan dan Dilibatkan (MAP-RULE-e). */
  PRIORITISE("MAP-STAGE-D", Citation.of("III.D", "Menentukan KIM yang Diprioritaskan dan Dilibatkan"),
      PriorityRanking.MAP_RULE_E),
  /** E. Menyusun Laporan Hasil Pemetaan (REPORT-1). */
  REPORT("MAP-STAGE-E", Citation.of("III.E", "Menyusun Laporan Hasil Pemetaan"), null);

  private final RuleId ruleId;
  private final Citation citation;
  private final @Nullable RuleId groundRule;

  MappingStage(String ruleId, Citation citation, @Nullable RuleId groundRule) {
    this.ruleId = RuleId.of(ruleId);
    this.citation = citation;
    this.groundRule = groundRule;
  }

  /** @return {@code MAP-STAGE-A} … {@code MAP-STAGE-E} */
  public RuleId ruleId() {
    return ruleId;
  }

  /** @return the juknis heading of the stage */
  public Citation citation() {
    return citation;
  }

  /** @return the ground rule of II.B.3 the stage carries out, {@code MAP-RULE-b} … {@code MAP-RULE-e} */
  public Option<RuleId> groundRule() {
    return Option.of(groundRule);
  }
}
