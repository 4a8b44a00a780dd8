package id.kim.rules.mapping.issue;

import id.kim.rules.explain.Citation;
import id.kim.rules.explain.RuleId;

/**
 * The rules of mapping stage B with their citations, quoted from II.B.3.c and III.B of the juknis
 * (seed 003). The link rule is the SDK's: the juknis says issues are "dikaitkan dengan KIM" but not
 * how (PROPOSED, GAP-19).
 */
public final class IssueRules {
  /** The message bundle of the mapping family. */
  public static final String BUNDLE = "id.kim.rules.mapping.Messages";

  /** MAP-RULE-c — the Dinas identifies public issues related to the KIM's target audiences. */
  public static final RuleId MAP_RULE_C = RuleId.of("MAP-RULE-c");
  /** Citation of MAP-RULE-c. */
  public static final Citation MAP_RULE_C_CITATION = Citation.of("II.B.3.c",
      "Dinas Kominfo mengidentifikasi isu publik yang berkaitan dengan khalayak sasaran KIM.");

  /** MAP-STAGE-B — identify public issues by KIM target audience. */
  public static final RuleId MAP_STAGE_B = RuleId.of("MAP-STAGE-B");
  /** Citation of MAP-STAGE-B. */
  public static final Citation MAP_STAGE_B_CITATION = Citation.of("III.B",
      "Mengidentifikasi Isu Publik Berdasarkan Khalayak Sasaran KIM");

  /** ISSUE-CLASS — the variety of issues includes priority and crisis-indicated issues, linked to KIM. */
  public static final RuleId ISSUE_CLASS = RuleId.of("ISSUE-CLASS");
  /** Citation of ISSUE-CLASS. */
  public static final Citation ISSUE_CLASS_CITATION = Citation.of("III.B",
      "mengelaborasi ragam isu (termasuk di dalamnya isu prioritas dan isu terindikasi krisis) yang kemudian dikaitkan dengan KIM");

  /** The SDK's rule for linking an issue to a KIM by field and audience (PROPOSED, GAP-19). */
  public static final Citation LINK_CITATION = Citation.proposed("III.B; II.B.3.c",
      "isu publik yang berkaitan dengan khalayak sasaran KIM … yang kemudian dikaitkan dengan KIM", "GAP-19");

  /** ISSUE-MATRIX — the result is recorded in the matrix of Tabel 3.2. */
  public static final RuleId ISSUE_MATRIX = RuleId.of("ISSUE-MATRIX");
  /** Citation of ISSUE-MATRIX. */
  public static final Citation ISSUE_MATRIX_CITATION = Citation.of("III.B, Tabel 3.2",
      "Hasil identifikasi dituangkan dalam contoh matriks sebagai berikut");

  /** Citation of the sources of issue identification (ISSUE-SRC-1..5, ISSUE-SRC-X). */
  public static final Citation SOURCES_CITATION = Citation.of("III.B",
      "memilah isu berdasarkan pemantauan (monitoring) dan analisis dari pemberitaan media massa, percakapan di "
          + "media sosial, maupun dari aktivitas monitoring opini dan aspirasi publik yang dilakukan, misalnya jajak "
          + "pendapat, laporan aduan masyarakat atau pemuka pendapat dan lain sebagainya");

  private IssueRules() {}
}
