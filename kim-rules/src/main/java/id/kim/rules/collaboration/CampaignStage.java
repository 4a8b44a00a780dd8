package id.kim.rules.collaboration;

import static id.kim.core.validation.MissingValueException.requireNonNull;

import id.kim.core.i18n.Lang;
import id.kim.rules.explain.Citation;
import id.kim.rules.explain.RuleId;
import io.vavr.control.Option;

/**
 * The three stages of the participation–collaboration model, in the order both figures draw them
 * (Gambar 4.1 for TYPE-A, Gambar 4.2 for TYPE-B). Each stage has one rule ID per model:
 *
 * <table>
 *   <caption>Stages and rule IDs</caption>
 *   <tr><th>Stage</th><th>Indonesian</th><th>TYPE-A</th><th>TYPE-B</th></tr>
 *   <tr><td>1</td><td>Memastikan partisipasi Komunitas berdasarkan hasil pemetaan</td>
 *       <td>MODEL-A-STAGE-1</td><td>MODEL-B-STAGE-1</td></tr>
 *   <tr><td>2</td><td>Melakukan Kolaborasi dalam Merancang Bahan Informasi</td>
 *       <td>MODEL-A-STAGE-2</td><td>MODEL-B-STAGE-2</td></tr>
 *   <tr><td>3</td><td>Diseminasi Hasil Kolaborasi (&amp; Literasi Informasi, TYPE-A only)</td>
 *       <td>MODEL-A-STAGE-3</td><td>MODEL-B-STAGE-3</td></tr>
 * </table>
 */
public enum CampaignStage {
  /** Stage 1 — participation of the community ensured, based on the mapping, for a certain period. */
  PARTICIPATION_ENSURED(
      "MODEL-A-STAGE-1", "MODEL-B-STAGE-1",
      "Memastikan partisipasi Komunitas berdasarkan hasil pemetaan",
      "Ensure community participation based on the mapping results",
      Citation.of("IV.B, Gambar 4.1 (L1775-1784)",
          "Dinas melibatkan KIM untuk berpartisipasi dalam kegiatan diseminasi informasi dalam periode tertentu"),
      Citation.of("IV.B, Gambar 4.2 (L2062-2076)",
          "Dinas mengajak komunitas pemberdayaan masyarakat yang sudah terpantau dalam pemetaan; "
              + "Dinas memastikan ketelibatan komunitas unuk periode tertentu")),
  /** Stage 2 — information materials co-designed: message, theme and presentation format. */
  MATERIALS_CO_DESIGNED(
      "MODEL-A-STAGE-2", "MODEL-B-STAGE-2",
      "Melakukan Kolaborasi dalam Merancang Bahan Informasi",
      "Collaborate in designing information materials",
      Citation.of("IV.B, Gambar 4.1 (L1786-1798)",
          "Dinas bersama KIM merumuskan pesan yang akan disampaikan ke publik; "
              + "Dinas bersama KIM menyiapkan bahan informasi termasuk tema dan format penyajian"),
      Citation.of("IV.B, Gambar 4.2 (L2078-2091)",
          "Dinas bersama komunitas pemberdayaan masyarakat merumuskan pesan yang akan disampaikan ke publik; "
              + "menyiapkan bahan informasi termasuk tema dan format penyajian")),
  /**
   * Stage 3 — the results disseminated (TYPE-A: on KIM media, with literacy; TYPE-B: on community or
   * network media).
   */
  DISSEMINATED(
      "MODEL-A-STAGE-3", "MODEL-B-STAGE-3",
      "Diseminasi Hasil Kolaborasi",
      "Disseminate the collaboration results",
      Citation.of("IV.B, Gambar 4.1 (L1799-1811)",
          "Diseminasi materi informasi di media yang dikelola KIM; Literasi informasi Terhadap Khalayak Sasaran KIM"),
      Citation.of("IV.B, Gambar 4.2 (L2092-2100)",
          "Diseminasi materi informasi di media milik komunitas atau jejaring komunitas pemberdayaan masyarakat"));

  private final RuleId ruleA;
  private final RuleId ruleB;
  private final String labelId;
  private final String labelEn;
  private final Citation citationA;
  private final Citation citationB;

  CampaignStage(String ruleA, String ruleB, String labelId, String labelEn, Citation citationA, Citation citationB) {
    this.ruleA = RuleId.of(ruleA);
    this.ruleB = RuleId.of(ruleB);
    this.labelId = labelId;
    this.labelEn = labelEn;
    this.citationA = citationA;
    this.citationB = citationB;
  }

  /** @return the stage's number, 1 … 3 */
  public int number() {
    return ordinal() + 1;
  }

  /**
   * @param model the model
   * @return the stage's rule ID in that model, e.g. {@code MODEL-B-STAGE-2}
   */
  public RuleId ruleId(CollaborationModel model) {
    return requireNonNull(model, "model") == CollaborationModel.ACTIVE_COORDINATION ? ruleA : ruleB;
  }

  /**
   * @param model the model
   * @return the figure's own words for the stage in that model
   */
  public Citation citation(CollaborationModel model) {
    return requireNonNull(model, "model") == CollaborationModel.ACTIVE_COORDINATION ? citationA : citationB;
  }

  /**
   * @param model the model (stage 3 of TYPE-A adds "&amp; Literasi Informasi")
   * @param lang the language
   * @return the stage's name as the figure writes it, or its translation
   */
  public String label(CollaborationModel model, Lang lang) {
    boolean literacy = this == DISSEMINATED && requireNonNull(model, "model").hasLiteracyComponent();
    if (lang == Lang.ID) {
      return literacy ? labelId + " & Literasi Informasi" : labelId;
    }
    return literacy ? labelEn + " and information literacy" : labelEn;
  }

  /** @return the stage after this one, none after stage 3 */
  public Option<CampaignStage> next() {
    return this == DISSEMINATED ? Option.none() : Option.of(values()[ordinal() + 1]);
  }

  /** @return the first stage */
  public static CampaignStage first() {
    return PARTICIPATION_ENSURED;
  }
}
