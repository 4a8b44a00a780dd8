package id.kim.rules.collaboration.campaign;

import id.kim.core.i18n.Lang;

/**
 * Whose medium carries a dissemination: the community's own (or managed) medium, or one of the
 * network connected to it (jejaring). Gambar 4.1 disseminates "di media yang dikelola KIM"; Gambar
 * 4.2 "di media milik komunitas atau jejaring komunitas pemberdayaan masyarakat".
 */
public enum MediumOwnership {
  /** Owned or managed by the KIM itself (media yang dimiliki/dikelola KIM). */
  KIM_MANAGED("media yang dimiliki/dikelola komunitas", "medium owned or managed by the community"),
  /** Owned by the network connected to a TYPE-B community (jejaring yang terhubung). */
  NETWORK("media jejaring komunitas", "medium of the community's network");

  private final String id;
  private final String en;

  MediumOwnership(String id, String en) {
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
