package id.kim.rules.mapping.priority;

import id.kim.rules.explain.Citation;
import id.kim.rules.explain.RuleId;

/**
 * The rules of mapping stage D with their citations, quoted from II.B.3.e and III.D of the juknis
 * (seed 003). The ranking keys and the choice of which categories to prioritise are the SDK's
 * (PROPOSED): the juknis says the Dinas decides, not how.
 */
public final class PriorityRules {
  /** The message bundle of the mapping family. */
  public static final String BUNDLE = "id.kim.rules.mapping.Messages";

  /** MAP-RULE-e — the Dinas decides which KIM to prioritise and involve. */
  public static final RuleId MAP_RULE_E = RuleId.of("MAP-RULE-e");
  /** Citation of MAP-RULE-e. */
  public static final Citation MAP_RULE_E_CITATION = Citation.of("II.B.3.e",
      "Dinas Kominfo menentukan KIM yang perlu diprioritaskan dan dilibatkan.");

  /** MAP-STAGE-D — decide which KIM to prioritise and involve. */
  public static final RuleId MAP_STAGE_D = RuleId.of("MAP-STAGE-D");
  /** Citation of MAP-STAGE-D. */
  public static final Citation MAP_STAGE_D_CITATION = Citation.of("III.D", "Menentukan KIM yang Diprioritaskan dan Dilibatkan");

  /** PRIORITY-1 — the grid results determine the approach to each KIM. */
  public static final RuleId PRIORITY_1 = RuleId.of("PRIORITY-1");
  /** The juknis text of PRIORITY-1. */
  public static final String PRIORITY_1_QUOTE = "Hasil analisis terhadap kekuatan, pengaruh dan ketertarikan yang dinilai "
      + "dimiliki KIM selanjutnya digunakan sekaligus untuk menentukan bagaimana pendekatan yang seharusnya diambil "
      + "terhadap kelompok tersebut.";
  /** Citation of the ranking and the prioritisation policy built on PRIORITY-1 (PROPOSED, GAP-18). */
  public static final Citation PRIORITY_1_CITATION = Citation.proposed("III.D", PRIORITY_1_QUOTE, "GAP-18");

  /** PRIORITY-2 — the two worked examples of III.D (two-dimensional: interest and influence). */
  public static final RuleId PRIORITY_2 = RuleId.of("PRIORITY-2");
  /** PRIORITY-2 (a): high interest, low influence — keep the KIM fully informed. */
  public static final Citation PRIORITY_2A_CITATION = Citation.of("III.D",
      "KIM yang dinilai memiliki kepentingan besar dengan pengaruh yang kecil. Oleh karena itu, Dinas Kominfo perlu "
          + "melakukan aktivitas untuk tetap memberikan informasi secara lengkap.");
  /** PRIORITY-2 (b): low interest, high influence — the Dinas decides a suitable approach. */
  public static final Citation PRIORITY_2B_CITATION = Citation.of("III.D",
      "apabila terdapat KIM yang dinilai memiliki kepentingan kecil namun pengaruh yang besar, Dinas Kominfo "
          + "menentukan pendekatan yang sesuai.");

  private PriorityRules() {}
}
