package id.kim.rules.mapping;

import id.kim.rules.explain.Citation;
import id.kim.rules.explain.RuleId;
import id.kim.rules.mapping.grid.GridRules;
import id.kim.rules.mapping.issue.IssueRules;
import id.kim.rules.mapping.priority.PriorityRules;
import id.kim.rules.mapping.profiling.Categorisation;
import id.kim.rules.mapping.profiling.ProfilingRules;
import id.kim.rules.mapping.report.ReportRules;
import io.vavr.control.Option;
import org.jspecify.annotations.Nullable;

/**
 * The five stages of mapping — "Dinas Kominfo perlu melakukan 5 (lima) tahap pemetaan" (III,
 * MAP-STAGE-A..E) — in their order, each with the ground rule of II.B.3 it carries out (MAP-RULE-b..e).
 */
public enum MappingStage {
  /** A. Mengumpulkan Data dan Mengategori KIM (MAP-RULE-b). */
  COLLECT_AND_CATEGORISE(ProfilingRules.MAP_STAGE_A, ProfilingRules.MAP_STAGE_A_CITATION, Categorisation.MAP_RULE_B),
  /** B. Mengidentifikasi Isu Publik Berdasarkan Khalayak Sasaran KIM (MAP-RULE-c). */
  IDENTIFY_ISSUES(IssueRules.MAP_STAGE_B, IssueRules.MAP_STAGE_B_CITATION, IssueRules.MAP_RULE_C),
  /** C. Melakukan Pemetaan KIM Berdasarkan Ketertarikan, Kekuatan dan Pengaruhnya (MAP-RULE-d). */
  MAP_GRID(GridRules.MAP_STAGE_C, GridRules.MAP_STAGE_C_CITATION, GridRules.MAP_RULE_D),
  /** D. Menentukan KIM yang Diprioritaskan dan Dilibatkan (MAP-RULE-e). */
  PRIORITISE(PriorityRules.MAP_STAGE_D, PriorityRules.MAP_STAGE_D_CITATION, PriorityRules.MAP_RULE_E),
  /** E. Menyusun Laporan Hasil Pemetaan (REPORT-1). */
  REPORT(ReportRules.MAP_STAGE_E, ReportRules.MAP_STAGE_E_CITATION, null);

  private final RuleId ruleId;
  private final Citation citation;
  private final @Nullable RuleId groundRule;

  MappingStage(RuleId ruleId, Citation citation, @Nullable RuleId groundRule) {
    this.ruleId = ruleId;
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
