package id.kim.rules.mapping.grid;

import id.kim.core.i18n.Lang;

/** What decided the level of one variable of one KIM. */
public enum LevelBasis {
  /** Dinilai — a recorded {@link GridAssessment} (PRIORITY-1 "yang dinilai"). */
  ASSESSED("dinilai Dinas", "assessed by the Dinas"),
  /** Diukur — figures of PROFILE-s/t against the threshold policy (GAP-15). */
  MEASURED("diukur dari data profil", "measured from profile figures"),
  /** Disarankan — interest suggested from priority issues (GAP-16), when the policy allows. */
  SUGGESTED("disarankan dari isu prioritas", "suggested from priority issues"),
  /** Tanpa data — nothing to go by: taken as LOW (record and monitor) and flagged. */
  NO_EVIDENCE("belum ada data, dianggap rendah", "no evidence, taken as low");

  private final String id;
  private final String en;

  LevelBasis(String id, String en) {
    this.id = id;
    this.en = en;
  }

  /**
   * @param lang the language
   * @return the basis in words
   */
  public String label(Lang lang) {
    return lang == Lang.ID ? id : en;
  }
}
