package id.kim.rules.mapping.issue;

import id.kim.core.i18n.Lang;
import id.kim.rules.explain.Citation;
import id.kim.rules.explain.RuleId;

/**
 * The six aspects of issue management — "terdapat 6 (enam) hal yang terkait dengan pengelolaan isu"
 * (III.B, ISSUE-ASPECT-1..6). An {@link IssueDossier} records each of them.
 */
public enum IssueAspect {
  /** ISSUE-ASPECT-1 Latar belakang isu — background. */
  BACKGROUND("Latar belakang isu", "Issue background",
      "bagaimana dan mengapa isu strategis itu muncul, bagaimana isu tersebut berhubungan dengan dinas, bagaimana "
          + "dinas harus terlibat"),
  /** ISSUE-ASPECT-2 Siapa saja yang terlibat — who is involved, who is expert, who is the reference. */
  INVOLVED("Siapa saja yang terlibat", "Who is involved",
      "siapa yang terlibat, siapa yang dipandang sebagai ahli, siapa yang menjadi referensi terkait isu"),
  /** ISSUE-ASPECT-3 Ruang lingkup — scope. */
  SCOPE("Ruang lingkup", "Scope",
      "apa batasan dari isu tersebut, apa yang harus dinilai dan tidak perlu dinilai, apa yang penting dan tidak "
          + "penting"),
  /** ISSUE-ASPECT-4 Administrasi — notes, and who is or must be involved with their capacities. */
  ADMINISTRATION("Administrasi", "Administration",
      "catatkan hal-hal terkait isu, catat siapa saja terlibat atau yang harus dilibatkan berserta kapasitas "
          + "masing-masing"),
  /** ISSUE-ASPECT-5 Durasi isu publik — duration from emergence through exposure to fading. */
  DURATION("Durasi isu publik", "Issue duration",
      "berapa lama isu tersebut akan bertahan dari muncul, terekspose dan berpotensi untuk menghilang"),
  /** ISSUE-ASPECT-6 Jenjang pemahaman — sufficiency of information, the Dinas' understanding. */
  UNDERSTANDING("Jenjang pemahaman", "Level of understanding",
      "kecukupan informasi terkait isu tersebut, tingkat pemahaman Dinas atas isu tersebut");

  private final String id;
  private final String en;
  private final String quote;
  private final RuleId ruleId;

  IssueAspect(String id, String en, String quote) {
    this.id = id;
    this.en = en;
    this.quote = quote;
    this.ruleId = RuleId.of("ISSUE-ASPECT-" + (ordinal() + 1));
  }

  /** @return {@code ISSUE-ASPECT-1} … {@code ISSUE-ASPECT-6} */
  public RuleId ruleId() {
    return ruleId;
  }

  /**
   * @param lang the language
   * @return the aspect's name, e.g. "Durasi isu publik"
   */
  public String label(Lang lang) {
    return lang == Lang.ID ? id : en;
  }

  /** @return the juknis' citation of the aspect */
  public Citation citation() {
    return Citation.of("III.B", id + ": " + quote);
  }
}
