package id.kim.rules.collaboration;

import static id.kim.core.validation.MissingValueException.requireNonNull;

import id.kim.core.community.KimProfile;
import id.kim.core.community.KimType;
import id.kim.core.i18n.Lang;
import id.kim.rules.explain.Citation;
import id.kim.rules.explain.RuleId;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;

/**
 * The partnership model a Dinas develops with a KIM (juknis IV.B). In general it is the
 * participation–collaboration model — "model kemitraan dengan Dinas Kominfo yang dikembangkan adalah
 * model partisipasi-kolaborasi" — for KIM of both types (MODEL-GEN-2); its two forms follow the
 * KIM's type ({@link #forType(KimType)}):
 * <ul>
 *   <li>{@link #ACTIVE_COORDINATION} for TYPE-A (Gambar 4.1): participation through the KIM's active
 *       coordination with the Dinas, dissemination on KIM-managed media, and information literacy
 *       towards the KIM's target audience;</li>
 *   <li>{@link #EMPOWERMENT_CONTENT} for TYPE-B (Gambar 4.2): certainty of the empowerment
 *       community's involvement, joint content creation, and dissemination on the community's own
 *       media and the networks connected to it — without a literacy element.</li>
 * </ul>
 * In both, "informasi dirancang Dinas Kominfo bersama dengan KIM dan disampaikan oleh KIM"
 * (MODEL-GEN-1): {@link #designers()} are the Dinas and the KIM, the {@link #deliverer()} is the KIM.
 */
public enum CollaborationModel {
  /** MODEL-A-STAGE-1..3 — Gambar 4.1, for TYPE-A (komunitas bidang pengelolaan dan diseminasi informasi). */
  ACTIVE_COORDINATION(KimType.A, "Gambar 4.1",
      "Model Partisipasi-Kolaborasi Komunitas bidang Pengelolaan dan Diseminasi Informasi",
      "Participation-collaboration model of information-management communities (active coordination)",
      true, false),
  /** MODEL-B-STAGE-1..3 — Gambar 4.2, for TYPE-B (komunitas bidang pemberdayaan masyarakat). */
  EMPOWERMENT_CONTENT(KimType.B, "Gambar 4.2",
      "Model Partisipasi-Kolaborasi Komunitas yang Memiliki Aktivitas di Bidang Pemberdayaan Masyarakat",
      "Participation-collaboration model of community-empowerment communities (content creation)",
      false, true);

  /** MODEL-GEN-1 — information is designed by the Dinas with the KIM and delivered by the KIM. */
  public static final RuleId MODEL_GEN_1 = RuleId.of("MODEL-GEN-1");
  /** MODEL-GEN-2 — the model applies to both types and is the participation–collaboration model. */
  public static final RuleId MODEL_GEN_2 = RuleId.of("MODEL-GEN-2");
  /** The model's general name in the juknis. */
  public static final String GENERAL_NAME = "model partisipasi-kolaborasi";

  private static final Citation GEN_1 = Citation.of("IV.B, L1712-1720",
      "secara spesifik informasi dirancang Dinas Kominfo bersama dengan KIM dan disampaikan oleh KIM");
  private static final Citation GEN_2 = Citation.of("IV.B, L1722-1740",
      "model kemitraan dengan Dinas Kominfo yang dikembangkan adalah model partisipasi-kolaborasi");

  private final KimType kimType;
  private final String figure;
  private final String labelId;
  private final String labelEn;
  private final boolean literacy;
  private final boolean networkMedia;

  CollaborationModel(KimType kimType, String figure, String labelId, String labelEn, boolean literacy,
      boolean networkMedia) {
    this.kimType = kimType;
    this.figure = figure;
    this.labelId = labelId;
    this.labelEn = labelEn;
    this.literacy = literacy;
    this.networkMedia = networkMedia;
  }

  /**
   * MODEL-GEN-2: the model follows the KIM's type.
   *
   * @param type the KIM's type (PROFILE-b)
   * @return {@link #ACTIVE_COORDINATION} for TYPE-A, {@link #EMPOWERMENT_CONTENT} for TYPE-B
   */
  public static CollaborationModel forType(KimType type) {
    return requireNonNull(type, "type") == KimType.A ? ACTIVE_COORDINATION : EMPOWERMENT_CONTENT;
  }

  /**
   * @param kim a KIM's profile
   * @return its model, or none while its type (PROFILE-b) is not recorded
   */
  public static Option<CollaborationModel> forProfile(KimProfile kim) {
    return Option.ofOptional(requireNonNull(kim, "kim").type()).map(CollaborationModel::forType);
  }

  /** @return the KIM type this model is for */
  public KimType kimType() {
    return kimType;
  }

  /** @return the juknis figure that draws the model, "Gambar 4.1" or "Gambar 4.2" */
  public String figure() {
    return figure;
  }

  /**
   * @param lang the language
   * @return the model's name as the juknis heads it (Indonesian) or its translation
   */
  public String label(Lang lang) {
    return lang == Lang.ID ? labelId : labelEn;
  }

  /** @return true if stage 3 includes information literacy towards the KIM's target audience (TYPE-A only) */
  public boolean hasLiteracyComponent() {
    return literacy;
  }

  /** @return true if dissemination may use the media of the community's network (jejaring, TYPE-B only) */
  public boolean allowsNetworkMedia() {
    return networkMedia;
  }

  /** @return the three stages, in order (MODEL-A-STAGE-1..3 or MODEL-B-STAGE-1..3) */
  public Seq<CampaignStage> stages() {
    return List.of(CampaignStage.values());
  }

  /** @return who designs the information: the Dinas together with the KIM (MODEL-GEN-1) */
  public Seq<Party> designers() {
    return List.of(Party.DINAS, Party.KIM);
  }

  /** @return who delivers the information: the KIM (MODEL-GEN-1) */
  public Party deliverer() {
    return Party.KIM;
  }

  /** @return the citation of MODEL-GEN-1 */
  public static Citation informationFlowCitation() {
    return GEN_1;
  }

  /** @return the citation of MODEL-GEN-2 */
  public static Citation modelChoiceCitation() {
    return GEN_2;
  }
}
