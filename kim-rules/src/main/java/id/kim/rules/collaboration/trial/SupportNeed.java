package id.kim.rules.collaboration.trial;

import id.kim.core.i18n.Lang;

/**
 * What a TYPE-B community asks of the Dinas in its feedback (MODEL-B-VAL-2): "misalnya terkait
 * penyediaan bahan informasi untuk pembuatan konten, pendampingan pembuatan konten, dsb." The list is
 * an example, so {@link #OTHER} covers the rest.
 */
public enum SupportNeed {
  /** Penyediaan bahan informasi untuk pembuatan konten — information material for content creation. */
  INFORMATION_MATERIAL("penyediaan bahan informasi untuk pembuatan konten",
      "information material for content creation"),
  /** Pendampingan pembuatan konten — mentoring in content creation. */
  CONTENT_MENTORING("pendampingan pembuatan konten", "mentoring in content creation"),
  /** Any other support (dsb.). */
  OTHER("lainnya", "other");

  private final String id;
  private final String en;

  SupportNeed(String id, String en) {
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
