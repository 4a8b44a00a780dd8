package id.kim.core.community;

/**
 * The four stakeholder categories of PM Kominfo 8/2019 (kategori pemangku kepentingan,
 * LEGACY-CAT-1..4), abolished by the 2022 juknis (LEGACY-RULE-a): every partner is now a KIM. Kept
 * only as the origin of a migrated or converted record (LEGACY-RULE-b..d).
 */
public enum LegacyStakeholderCategory {
  /** LEGACY-CAT-1 Kelompok Informasi Masyarakat — the old KIM; may continue if it passes validation (LEGACY-RULE-b). */
  KELOMPOK_INFORMASI_MASYARAKAT("Kelompok Informasi Masyarakat (KIM)", false),
  /** LEGACY-CAT-2 Kelompok Media Tradisional — traditional media group. */
  KELOMPOK_MEDIA_TRADISIONAL("Kelompok Media Tradisional", true),
  /** LEGACY-CAT-3 Komunitas Pembuat Konten Positif — positive-content creator community. */
  KOMUNITAS_PEMBUAT_KONTEN_POSITIF("Komunitas Pembuat Konten Positif", true),
  /** LEGACY-CAT-4 Kelompok Strategis — strategic group. */
  KELOMPOK_STRATEGIS("Kelompok Strategis", true);

  private final String label;
  private final boolean needsInformationFunction;

  LegacyStakeholderCategory(String label, boolean needsInformationFunction) {
    this.label = label;
    this.needsInformationFunction = needsInformationFunction;
  }

  /** @return the Indonesian name of the category */
  public String label() {
    return label;
  }

  /**
   * @return true if a group of this category becomes a KIM only once the information-management and
   *     dissemination function has been added (LEGACY-RULE-c)
   */
  public boolean needsInformationFunction() {
    return needsInformationFunction;
  }

  /** @return {@code "LEGACY-CAT-1"} … {@code "LEGACY-CAT-4"} */
  public String ruleId() {
    return "LEGACY-CAT-" + (ordinal() + 1);
  }
}
