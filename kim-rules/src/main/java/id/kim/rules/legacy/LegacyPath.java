package id.kim.rules.legacy;

import id.kim.core.community.LegacyStakeholderCategory;
import id.kim.rules.explain.Citation;
import id.kim.rules.explain.RuleId;
import java.util.Optional;

/**
 * The three ways into the 2022 KIM for a group that was not formed under it (juknis II.B.1 b–d).
 * Which one applies follows from the record's PM Kominfo 8/2019 origin alone; whatever the origin,
 * the group ends up judged as a KIM — there are no stakeholder categories any more (LEGACY-RULE-a:
 * "Tidak ada lagi kategori-kategori pemangku kepentingan").
 */
public enum LegacyPath {
  /**
   * LEGACY-RULE-b — a Kelompok Informasi Masyarakat that existed before (LEGACY-CAT-1) continues
   * "selama memenuhi validasi yang dilakukan Dinas".
   */
  CONTINUING_KIM("LEGACY-RULE-b", "continuing-kim",
      "b. Kelompok Informasi Masyarakat yang telah ada sebelumnya dapat tetap berjalan dan bermitra dengan Dinas "
          + "Kominfo selama memenuhi validasi yang dilakukan Dinas."),
  /**
   * LEGACY-RULE-c — a traditional media group (LEGACY-CAT-2), positive-content creators
   * (LEGACY-CAT-3) or a strategic group (LEGACY-CAT-4) becomes a KIM "dengan ditambahkan fungsi
   * pengelolaan dan diseminasi informasi, dan memenuhi validasi".
   */
  CONVERTED_STAKEHOLDER("LEGACY-RULE-c", "converted-stakeholder",
      "c. Pemangku kepentingan lainnya (kelompok media tradisional, kelompok pembuat konten positif, dan kelompok "
          + "strategis) dapat menjadi KIM dan bermitra dengan Dinas Kominfo dengan ditambahkan fungsi pengelolaan dan "
          + "diseminasi informasi, dan memenuhi validasi yang dilakukan oleh Dinas Kominfo."),
  /**
   * LEGACY-RULE-d — any other community group (no PM 8/2019 category) becomes a KIM on the same
   * two conditions.
   */
  OTHER_COMMUNITY_GROUP("LEGACY-RULE-d", "other-community-group",
      "d. Kelompok masyarakat lainnya dapat bermitra dengan Dinas Kominfo dan menjadi KIM dengan ditambahkan fungsi "
          + "pengelolaan dan diseminasi informasi dan memenuhi validasi yang dilakukan oleh Dinas Kominfo.");

  private final RuleId ruleId;
  private final String slug;
  private final Citation citation;

  LegacyPath(String ruleId, String slug, String quote) {
    this.ruleId = RuleId.of(ruleId);
    this.slug = slug;
    this.citation = Citation.of("II.B.1", quote);
  }

  /** @return the RULES.md ID of the path, e.g. {@code LEGACY-RULE-c} */
  public RuleId ruleId() {
    return ruleId;
  }

  /** @return the juknis text of the path, II.B.1 b, c or d */
  public Citation citation() {
    return citation;
  }

  /** @return the path's name in rule-set names, e.g. {@code converted-stakeholder} */
  public String slug() {
    return slug;
  }

  /** @return true if the path requires the information function to have been added (c, d) */
  public boolean needsInformationFunction() {
    return this != CONTINUING_KIM;
  }

  /**
   * @param origin the record's PM Kominfo 8/2019 category, if any
   * @return the path that applies: LEGACY-CAT-1 → b, LEGACY-CAT-2..4 → c, none → d
   */
  public static LegacyPath of(Optional<LegacyStakeholderCategory> origin) {
    if (origin.isEmpty()) {
      return OTHER_COMMUNITY_GROUP;
    }
    return origin.get().needsInformationFunction() ? CONVERTED_STAKEHOLDER : CONTINUING_KIM;
  }
}
