package id.kim.rules.mapping.report;

import id.kim.rules.explain.Citation;
import id.kim.rules.explain.RuleId;

/** The rules of mapping stage E with their citations, quoted from II.B.3 and III.E of the juknis (seed 003). */
public final class ReportRules {
  /** The message bundle of the mapping family. */
  public static final String BUNDLE = "id.kim.rules.mapping.Messages";

  /** MAP-STAGE-E — compile the mapping report. */
  public static final RuleId MAP_STAGE_E = RuleId.of("MAP-STAGE-E");
  /** Citation of MAP-STAGE-E. */
  public static final Citation MAP_STAGE_E_CITATION = Citation.of("III.E", "Menyusun Laporan Hasil Pemetaan");

  /** REPORT-1 — the mapping report is a matrix of interest, power and influence of the priority KIM. */
  public static final RuleId REPORT_1 = RuleId.of("REPORT-1");
  /** Citation of REPORT-1. */
  public static final Citation REPORT_1_CITATION = Citation.of("III.E",
      "Hasil pemetaan dibuat dalam bentuk laporan yang berupa matriks yang mencakup ketertarikan, kekuataan, dan "
          + "pengaruh yang merupakan hasil analisis terhadap seluruh KIM yang menjadi prioritas Dinas Kominfo");
  /** The scope of the report: priority KIM by default, all with {@code includeAll} (PROPOSED, GAP-18). */
  public static final Citation SCOPE_CITATION = Citation.proposed("III.E",
      "seluruh KIM yang menjadi prioritas Dinas Kominfo", "GAP-18");

  /** MAP-RULE-0 — no partnership without prior mapping. */
  public static final RuleId MAP_RULE_0 = RuleId.of("MAP-RULE-0");
  /** Citation of MAP-RULE-0. */
  public static final Citation MAP_RULE_0_CITATION = Citation.of("II.B.3",
      "Dinas Kominfo melakukan kemitraan dengan KIM berdasarkan hasil pemetaan");

  private ReportRules() {}
}
