package id.kim.rules.explain;

import id.kim.core.i18n.Lang;

/** What one rule concluded about one KIM on one date. */
public enum Outcome {
  /** Terpenuhi — the requirement is met. */
  SATISFIED("Terpenuhi", "Satisfied"),
  /** Tidak terpenuhi — the requirement is not met. */
  NOT_SATISFIED("Tidak terpenuhi", "Not satisfied"),
  /** Belum diketahui — evidence or an assessment is missing; never read as satisfied. */
  UNKNOWN("Belum diketahui", "Unknown"),
  /** Tidak dinilai — not evaluated because an earlier gate failed (e.g. QUAL-ORDER). */
  NOT_EVALUATED("Tidak dinilai", "Not evaluated");

  private final String id;
  private final String en;

  Outcome(String id, String en) {
    this.id = id;
    this.en = en;
  }

  /**
   * @param lang the language
   * @return the label, e.g. "Terpenuhi"
   */
  public String label(Lang lang) {
    return lang == Lang.ID ? id : en;
  }
}
