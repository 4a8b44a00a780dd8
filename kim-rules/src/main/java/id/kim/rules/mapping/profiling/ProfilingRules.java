package id.kim.rules.mapping.profiling;

import id.kim.rules.explain.Citation;
import id.kim.rules.explain.RuleId;

/**
 * The rules of mapping stage A with their juknis citations, quoted from II.B.3 and III.A of the
 * juknis (seed 003). One place to go from a RULES.md ID to its text.
 */
public final class ProfilingRules {
  /** The message bundle of the mapping family. */
  public static final String BUNDLE = "id.kim.rules.mapping.Messages";

  /** MAP-RULE-a — mapping is carried out by the regency/city Dinas. */
  public static final RuleId MAP_RULE_A = RuleId.of("MAP-RULE-a");
  /** Citation of MAP-RULE-a. */
  public static final Citation MAP_RULE_A_CITATION = Citation.of("II.B.3.a",
      "Pemetaan KIM dilakukan oleh Dinas Kominfo tingkat Kabupaten/Kota.");

  /** MAP-RULE-b — KIM are collected and categorised by target audience, media and content type. */
  public static final RuleId MAP_RULE_B = RuleId.of("MAP-RULE-b");
  /** Citation of MAP-RULE-b. */
  public static final Citation MAP_RULE_B_CITATION = Citation.of("II.B.3.b",
      "mengidentifikasi KIM dengan mengumpulkan dan mengkategorisasi KIM di daerah berdasarkan khalayak "
          + "sasaran, media yang digunakan, dan jenis konten yang dibuat");

  /** MAP-STAGE-A — collect data and categorise KIM. */
  public static final RuleId MAP_STAGE_A = RuleId.of("MAP-STAGE-A");
  /** Citation of MAP-STAGE-A. */
  public static final Citation MAP_STAGE_A_CITATION = Citation.of("III.A", "Mengumpulkan Data dan Mengategori KIM");

  /** MAP-A-1 — profiling covers, as far as possible, all KIM of the Dinas' area. */
  public static final RuleId MAP_A_1 = RuleId.of("MAP-A-1");
  /** Citation of MAP-A-1. */
  public static final Citation MAP_A_1_CITATION = Citation.of("III.A",
      "profiling KIM yang sedapat mungkin memuat seluruh KIM di wilayah kabupaten/kota sesuai dengan kewenangan Dinas");

  /** MAP-A-2 — the address must clearly include kelurahan/desa and kecamatan (fields e, f, g). */
  public static final RuleId MAP_A_2 = RuleId.of("MAP-A-2");
  /** Citation of MAP-A-2. */
  public static final Citation MAP_A_2_CITATION = Citation.of("III.A",
      "Daftar yang dibuat menyertakan secara jelas alamat KIM yang mencakup kelurahan/desa, kecamatan.");

  /** MAP-A-3 — profiles are entered on the Ministry's website following its manual book (field order a–t). */
  public static final RuleId MAP_A_3 = RuleId.of("MAP-A-3");
  /** Citation of MAP-A-3. */
  public static final Citation MAP_A_3_CITATION = Citation.of("III.A",
      "mengisi data profil KIM sebagai berikut di website yang difasilitasi oleh Kementerian Komunikasi dan "
          + "Informatika berdasarkan manual book");

  private ProfilingRules() {}
}
