package id.kim.rules.collaboration.trial;

import static id.kim.core.validation.MissingValueException.requireNonNull;

import id.kim.core.i18n.Lang;
import id.kim.rules.collaboration.CollaborationModel;
import id.kim.rules.explain.Citation;
import id.kim.rules.explain.RuleId;
import io.vavr.collection.List;
import io.vavr.collection.Seq;

/**
 * The numbered steps of the model's trial and validation (juknis IV.B), per model. TYPE-A: "Uji coba
 * dan validasi model partisipasi dan kolaborasi … dapat dilakukan dengan langkah-langkah berikut"
 * (L1976–1999); TYPE-B: "Simulasi model partisipasi kolaborasi pada komunitas pemberdayaan masyarakat
 * ini dapat dilakukan dengan langkah-langkah berikut" (L2052–2127). Only the designation is
 * {@linkplain #isRequired() required} (GAP-28).
 */
public enum ValidationStep {
  /** MODEL-A-VAL-1 — monitor the KIM to be involved, with regard to issues and media. */
  A_MONITOR_PARTICIPATION("MODEL-A-VAL-1", 1, CollaborationModel.ACTIVE_COORDINATION, "IV.B, L1982-1988",
      "Pemantauan KIM yang akan dilibatkan untuk berpartisipasi dalam diseminasi informasi publik, khususnya dikaitkan"
          + " dengan isu dan media yang digunakan.",
      "Monitor the KIM to be involved in public-information dissemination, especially its issues and media"),
  /** MODEL-A-VAL-2 — process the KIM's feedback on its readiness to coordinate and participate. */
  A_PROCESS_FEEDBACK("MODEL-A-VAL-2", 2, CollaborationModel.ACTIVE_COORDINATION, "IV.B, L1989-1993",
      "Pengolahan umpan balik (feedback) dari KIM terkait kesiapan untuk berkoordinasi dengan Dinas Kominfo dan"
          + " partisipasi KIM dalam diseminasi informasi publik.",
      "Process the KIM's feedback on its readiness to coordinate with the Dinas and to participate"),
  /** MODEL-A-VAL-3 — designate the KIM for further coordination and collaboration for a certain period. */
  A_DESIGNATE("MODEL-A-VAL-3", 3, CollaborationModel.ACTIVE_COORDINATION, "IV.B, L1995-1999",
      "Penetapan KIM yang akan dilibatkan dalam koordinasi lebih lanjut serta berpartisipasi dan berkolaborasi dalam"
          + " diseminasi informasi publik untuk periode tertentu.",
      "Designate the KIM for further coordination, participation and collaboration for a certain period"),
  /** MODEL-B-VAL-1 — monitor empowerment communities committed to content creation. */
  B_MONITOR_COMMITMENT("MODEL-B-VAL-1", 1, CollaborationModel.EMPOWERMENT_CONTENT, "IV.B, L2058-2060, L2101-2105",
      "Pemantauan komunitas pemberdayaan masyarakat di daerah yang berkomiten untuk berkolaborasi dan berpartisipasi"
          + " dalam pembuatan konten, khususnya yang terkait bidang pemberdayaan masyarakat komunitas tersebut.",
      "Monitor the empowerment communities committed to collaborate and participate in content creation"),
  /** MODEL-B-VAL-2 — process the group's feedback, e.g. on material provision or content mentoring. */
  B_PROCESS_FEEDBACK("MODEL-B-VAL-2", 2, CollaborationModel.EMPOWERMENT_CONTENT, "IV.B, L2107-2113",
      "Pengolahan umpan balik (feedback) dari kelompok terkait kolaborasi dan partisipasi, misalnya terkait"
          + " penyediaan bahan informasi untuk pembuatan konten, pendampingan pembuatan konten, dsb.",
      "Process the group's feedback on collaboration and participation, e.g. material provision, content mentoring"),
  /** MODEL-B-VAL-3 — monitor consistent, scheduled content production for a period (e.g. 2 months). */
  B_MONITOR_PRODUCTION("MODEL-B-VAL-3", 3, CollaborationModel.EMPOWERMENT_CONTENT, "IV.B, L2115-2121",
      "Pemantauan komunitas pemberdayaan masyarakat yang konsisten berkomitmen dalam produksi konten sesuai dengan"
          + " yang dijadwalkan untuk periode tertentu (misal selama 2 bulan).",
      "Monitor the communities consistently producing content as scheduled for a period (e.g. 2 months)"),
  /** MODEL-B-VAL-4 — designate the community for a period during the current year (e.g. 6 or 8 months). */
  B_DESIGNATE("MODEL-B-VAL-4", 4, CollaborationModel.EMPOWERMENT_CONTENT, "IV.B, L2123-2127",
      "Penetapan komunitas pemberdayaan masyarakat yang siap bekerjasama dalam produksi konten dalam periode tertentu"
          + " selama tahun berjalan (misalnya 6 atau 8 bulan).",
      "Designate the communities ready to cooperate in content production for a period during the current year");

  private final RuleId ruleId;
  private final int number;
  private final CollaborationModel model;
  private final Citation citation;
  private final String labelEn;

  ValidationStep(String ruleId, int number, CollaborationModel model, String section, String quote, String labelEn) {
    this.ruleId = RuleId.of(ruleId);
    this.number = number;
    this.model = model;
    this.citation = Citation.of(section, quote);
    this.labelEn = labelEn;
  }

  /**
   * @param model a model
   * @return its steps, in the juknis' order
   */
  public static Seq<ValidationStep> of(CollaborationModel model) {
    requireNonNull(model, "model");
    return List.of(values()).filter(s -> s.model == model);
  }

  /**
   * @param model a model
   * @return its final step, the designation (MODEL-A-VAL-3 or MODEL-B-VAL-4)
   */
  public static ValidationStep designationOf(CollaborationModel model) {
    return requireNonNull(model, "model") == CollaborationModel.ACTIVE_COORDINATION ? A_DESIGNATE : B_DESIGNATE;
  }

  /** @return the RULES.md ID */
  public RuleId ruleId() {
    return ruleId;
  }

  /** @return the model the step belongs to */
  public CollaborationModel model() {
    return model;
  }

  /** @return the step's number in its model's list, from 1 */
  public int number() {
    return number;
  }

  /** @return true for the designation (penetapan), the model's last step */
  public boolean isDesignation() {
    return this == A_DESIGNATE || this == B_DESIGNATE;
  }

  /** @return true only for the designation: the other steps "dapat dilakukan" (GAP-28) */
  public boolean isRequired() {
    return isDesignation();
  }

  /** @return the juknis' words for the step */
  public Citation citation() {
    return citation;
  }

  /**
   * @param lang the language
   * @return the step as the juknis words it, or a faithful translation
   */
  public String label(Lang lang) {
    return lang == Lang.ID ? citation.quote() : labelEn;
  }
}
