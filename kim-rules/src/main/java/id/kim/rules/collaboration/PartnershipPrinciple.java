package id.kim.rules.collaboration;

import id.kim.core.i18n.Lang;
import id.kim.rules.explain.Citation;
import id.kim.rules.explain.RuleId;

/**
 * The five principles of a communication partnership with a KIM (prinsip-prinsip kemitraan, juknis
 * II.A, L592–627): "kemitraan dengan KIM akan dapat berlangsung dengan baik dengan memperhatikan
 * prinsip-prinsip sebagai berikut". They are qualitative (force SHOULD): the SDK carries them as
 * vocabulary for checklists and reports and never scores them. {@link #MEASURABLE} is what the
 * measurement and monitoring families (MEASURE-*, MONITOR-*, SOCIAL-*) make concrete.
 *
 * <p><b>Partnership strategy (strategi kemitraan, STRATEGY-1..3; Gambar 2.1, L693–703, repeated in
 * the Penutup).</b> Behind the principles lies the strategy the juknis draws as Gambar 2.1:
 * "kolaborasi dengan KIM didasarkan atas adanya kerjasama yang saling memerlukan, saling
 * menguntungkan dan saling memperkuat" — collaboration rests on cooperation that is mutually needed
 * (STRATEGY-1, <i>saling memerlukan</i>), mutually beneficial (STRATEGY-2, <i>saling
 * menguntungkan</i>) and mutually reinforcing (STRATEGY-3, <i>saling memperkuat</i>). The strategy is
 * descriptive and has no type of its own.
 */
public enum PartnershipPrinciple {
  /** PRINCIPLE-1 Kesamaan visi — "adanya kesepahaman dalam aktivitas diseminasi informasi publik". */
  SHARED_VISION("PRINCIPLE-1", "Kesamaan visi", "Shared vision",
      "adanya kesepahaman dalam aktivitas diseminasi informasi publik",
      "a common understanding about public-information dissemination"),
  /** PRINCIPLE-2 Amplifikasi — "memberikan efek domino (multiplier effect) kepada publik yang lebih luas". */
  AMPLIFICATION("PRINCIPLE-2", "Amplifikasi", "Amplification",
      "kegiatan kemitraan memberikan efek domino (multiplier effect) kepada publik yang lebih luas",
      "partnership activity has a multiplier effect on the wider public targeted"),
  /** PRINCIPLE-3 Sinergitas — "kerjasama saling melengkapi" between the Dinas and stakeholders. */
  SYNERGY("PRINCIPLE-3", "Sinergitas", "Synergy",
      "kerjasama saling melengkapi antara upaya yang dilakukan Pemerintah Daerah melalui Dinas Kominfo"
          + " dengan pemangku kepentingan",
      "mutually complementary cooperation between the regional government (through the Dinas) and stakeholders"),
  /** PRINCIPLE-4 Kesetaraan dan transparansi — "saling menguntungkan berdasarkan keterbukaan dan kepercayaan". */
  EQUALITY_AND_TRANSPARENCY("PRINCIPLE-4", "Kesetaraan dan transparansi", "Equality and transparency",
      "kerjasama yang saling menguntungkan berdasarkan keterbukaan dan kepercayaan",
      "mutually beneficial cooperation based on openness and trust"),
  /** PRINCIPLE-5 Terukur — "dapat diukur keberhasilannya baik secara kuantitatif maupun kualitatif". */
  MEASURABLE("PRINCIPLE-5", "Terukur", "Measurable",
      "hasil kegiatan kemitraan dapat diukur keberhasilannya baik secara kuantitatif maupun kualitatif",
      "the results of the partnership can be measured quantitatively and qualitatively");

  private final RuleId ruleId;
  private final String labelId;
  private final String labelEn;
  private final String definitionId;
  private final String definitionEn;

  PartnershipPrinciple(String ruleId, String labelId, String labelEn, String definitionId, String definitionEn) {
    this.ruleId = RuleId.of(ruleId);
    this.labelId = labelId;
    this.labelEn = labelEn;
    this.definitionId = definitionId;
    this.definitionEn = definitionEn;
  }

  /** @return the RULES.md ID, {@code PRINCIPLE-1} … {@code PRINCIPLE-5} */
  public RuleId ruleId() {
    return ruleId;
  }

  /** @return the principle's number in the juknis' list, 1 … 5 */
  public int number() {
    return ordinal() + 1;
  }

  /**
   * @param lang the language
   * @return the name, e.g. "Kesamaan visi" / "Shared vision"
   */
  public String label(Lang lang) {
    return lang == Lang.ID ? labelId : labelEn;
  }

  /**
   * @param lang the language
   * @return what the principle means: the juknis' words in Indonesian, a faithful translation in English
   */
  public String definition(Lang lang) {
    return lang == Lang.ID ? definitionId : definitionEn;
  }

  /** @return juknis II.A with the principle's own words */
  public Citation citation() {
    return Citation.of("II.A, prinsip " + number() + " (L592-627)", definitionId);
  }

  /**
   * @param ruleId {@code "PRINCIPLE-1"} … {@code "PRINCIPLE-5"}
   * @return the principle
   * @throws IllegalArgumentException if the ID names no principle
   */
  public static PartnershipPrinciple ofRuleId(String ruleId) {
    for (PartnershipPrinciple p : values()) {
      if (p.ruleId.value().equals(ruleId)) {
        return p;
      }
    }
    throw new IllegalArgumentException("'" + ruleId
        + "' is not a partnership principle: use PRINCIPLE-1 .. PRINCIPLE-5 (juknis II.A)");
  }
}
