package id.kim.rules.collaboration;

import id.kim.core.i18n.Lang;

/**
 * The two parties of the participation–collaboration model (MODEL-GEN-1): the Dinas Kominfo and the
 * KIM. "Informasi dirancang Dinas Kominfo bersama dengan KIM dan disampaikan oleh KIM" — both design,
 * the KIM delivers.
 */
public enum Party {
  /** Dinas Kominfo — the regional communication and informatics agency. */
  DINAS("Dinas Kominfo", "the Dinas Kominfo"),
  /** Komunitas Informasi Masyarakat. */
  KIM("KIM", "the KIM");

  private final String id;
  private final String en;

  Party(String id, String en) {
    this.id = id;
    this.en = en;
  }

  /**
   * @param lang the language
   * @return the party's name
   */
  public String label(Lang lang) {
    return lang == Lang.ID ? id : en;
  }
}
