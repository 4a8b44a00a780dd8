package id.kim.rules.mapping.issue;

import id.kim.core.i18n.Lang;

/**
 * How well the Dinas understands an issue — "kecukupan informasi terkait isu tersebut, tingkat
 * pemahaman Dinas atas isu tersebut" (ISSUE-ASPECT-6). The juknis names no scale; three steps are
 * PROPOSED.
 */
public enum UnderstandingLevel {
  /** Belum memadai — information insufficient. */
  INSUFFICIENT("belum memadai", "insufficient"),
  /** Sebagian — partly understood. */
  PARTIAL("sebagian", "partial"),
  /** Memadai — sufficient. */
  SUFFICIENT("memadai", "sufficient");

  private final String id;
  private final String en;

  UnderstandingLevel(String id, String en) {
    this.id = id;
    this.en = en;
  }

  /**
   * @param lang the language
   * @return the label
   */
  public String label(Lang lang) {
    return lang == Lang.ID ? id : en;
  }
}
