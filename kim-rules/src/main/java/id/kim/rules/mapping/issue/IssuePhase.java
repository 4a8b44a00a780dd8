package id.kim.rules.mapping.issue;

import id.kim.core.i18n.Lang;

/**
 * Where an issue stands on a date, by the three moments of ISSUE-ASPECT-5: "dari muncul, terekspose
 * dan berpotensi untuk menghilang". The names of the phases are PROPOSED.
 */
public enum IssuePhase {
  /** Belum muncul — the as-of date is before the issue emerged. */
  NOT_YET_EMERGED("belum muncul", "not yet emerged"),
  /** Muncul — emerged, not yet exposed. */
  EMERGED("muncul", "emerged"),
  /** Terekspose — exposed. */
  EXPOSED("terekspose", "exposed"),
  /** Menghilang — past its expected fading. */
  FADED("menghilang", "faded"),
  /** Durasi belum dicatat — no duration recorded; treated as current. */
  UNRECORDED("durasi belum dicatat", "duration not recorded");

  private final String id;
  private final String en;

  IssuePhase(String id, String en) {
    this.id = id;
    this.en = en;
  }

  /** @return true if the issue is current in this phase (emerged, exposed or not dated) */
  public boolean isCurrent() {
    return this == EMERGED || this == EXPOSED || this == UNRECORDED;
  }

  /**
   * @param lang the language
   * @return the label
   */
  public String label(Lang lang) {
    return lang == Lang.ID ? id : en;
  }
}
