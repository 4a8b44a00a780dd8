package id.kim.rules.mapping.grid;

import id.kim.rules.explain.Citation;
import id.kim.rules.explain.RuleId;

/**
 * The rules of mapping stage C with their citations, quoted from II.B.3.d and III.C of the juknis
 * (seed 003). The four rows of Tabel 3.3 are on {@link GridCategory}.
 */
public final class GridRules {
  /** The message bundle of the mapping family. */
  public static final String BUNDLE = "id.kim.rules.mapping.Messages";

  /** MAP-RULE-d — the Dinas maps KIM by interest, power and influence. */
  public static final RuleId MAP_RULE_D = RuleId.of("MAP-RULE-d");
  /** Citation of MAP-RULE-d. */
  public static final Citation MAP_RULE_D_CITATION = Citation.of("II.B.3.d",
      "Dinas Kominfo memetakan KIM berdasarkan ketertarikan, kekuatan, dan pengaruhnya.");

  /** MAP-STAGE-C — map KIM by interest, power and influence. */
  public static final RuleId MAP_STAGE_C = RuleId.of("MAP-STAGE-C");
  /** Citation of MAP-STAGE-C. */
  public static final Citation MAP_STAGE_C_CITATION = Citation.of("III.C",
      "Melakukan Pemetaan KIM Berdasarkan Ketertarikan, Kekuatan dan Pengaruhnya");

  /** GRID-VAR — the three mapping variables. */
  public static final RuleId GRID_VAR = RuleId.of("GRID-VAR");
  /** Citation of GRID-VAR. */
  public static final Citation GRID_VAR_CITATION = Citation.of("III.C",
      "terdapat sejumlah variabel yang perlu diperhatikan, yakni ketertarikan, kekuatan, dan pengaruh");

  /** The SDK's resolution of the four combinations Tabel 3.3 does not name (PROPOSED, GAP-14). */
  public static final Citation MIXED_CASE_CITATION = Citation.proposed("III.C, Tabel 3.3",
      "Pemetaan dilakukan berdasarkan ketertarikan (interest) dan pengaruh (influence) atau kekuatan (power)", "GAP-14");

  /** The SDK's reading of levels from figures and of interest from issues (PROPOSED, GAP-15, GAP-16). */
  public static final Citation LEVEL_CITATION = Citation.proposed("III.D; Tabel 3.1 huruf s, t",
      "kekuatan, pengaruh dan ketertarikan yang dinilai dimiliki KIM", "GAP-15");

  private GridRules() {}
}
