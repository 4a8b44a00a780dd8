package id.kim.core.assessment;

/**
 * The requirements of the juknis that are judgements of the Dinas, not data (RULES.md GAP-07): each
 * is settled by a recorded {@link Assessment}. Without one, a rule that needs it can only say "not
 * yet known".
 */
public enum AssessedCriterion {
  /** MAP-ENTRY-1 "Dibentuk oleh, dari, dan untuk masyarakat" — formed by, of and for the community. */
  FORMED_BY_COMMUNITY("MAP-ENTRY-1", "Dibentuk oleh, dari, dan untuk masyarakat"),
  /** QUAL-1 "pengakuan dari masyarakat" — recognised by the community (with address and contact). */
  COMMUNITY_RECOGNITION("QUAL-1", "Pengakuan dari masyarakat"),
  /** QUAL-2 "secara berkala melakukan aktivitas komunitas" — regular activity. */
  REGULAR_ACTIVITY("QUAL-2", "Secara berkala melakukan aktivitas komunitas"),
  /** QUAL-3 "rekam jejak dan reputasi yang baik di masyarakat" — good track record and reputation. */
  TRACK_RECORD_AND_REPUTATION("QUAL-3", "Rekam jejak dan reputasi yang baik"),
  /** QUAL-5 "pemahaman langsung tentang komunitas tertentu atau keadaan di daerahnya". */
  DIRECT_UNDERSTANDING("QUAL-5", "Pemahaman langsung tentang komunitas atau keadaan daerah"),
  /** QUAL-6 "sarana lainnya yang dapat mendukung kegiatan diseminasi" — other means when no media is listed. */
  OTHER_DISSEMINATION_MEANS("QUAL-6", "Sarana lain pendukung diseminasi informasi"),
  /** QUAL-7 "sumber daya untuk melakukan kegiatan diseminasi" — resources. */
  RESOURCES("QUAL-7", "Sumber daya untuk diseminasi"),
  /** LEGACY-RULE-c/d "ditambahkan fungsi pengelolaan dan diseminasi informasi" — information function added. */
  INFORMATION_FUNCTION_ADDED("LEGACY-RULE-c", "Ditambahkan fungsi pengelolaan dan diseminasi informasi"),
  /** TERM-6 "penurunan reputasi di masyarakat yang dapat mengancam reputasi Dinas" — reputation decline. */
  REPUTATION_DECLINE("TERM-6", "Penurunan reputasi yang dapat mengancam reputasi Dinas");

  private final String ruleId;
  private final String label;

  AssessedCriterion(String ruleId, String label) {
    this.ruleId = ruleId;
    this.label = label;
  }

  /** @return the RULES.md ID of the rule this judgement serves */
  public String ruleId() {
    return ruleId;
  }

  /** @return the Indonesian wording */
  public String label() {
    return label;
  }
}
