package id.kim.rules.collaboration.campaign;

import id.kim.core.i18n.Lang;

/**
 * How the KIM and the Dinas coordinate routinely (MODEL-A-T42 explanation, L1892–1898): "misalnya
 * melalui grup Whats App (WA) dan pertemuan-pertemuan tatap muka". The list is an example
 * (<i>misalnya</i>), so {@link #OTHER} covers the rest.
 */
public enum CoordinationChannel {
  /** Grup WhatsApp (WA). */
  WHATSAPP_GROUP("grup WhatsApp", "WhatsApp group"),
  /** Pertemuan tatap muka. */
  FACE_TO_FACE_MEETING("pertemuan tatap muka", "face-to-face meeting"),
  /** Any other channel (telephone, e-mail, letter …). */
  OTHER("lainnya", "other");

  private final String id;
  private final String en;

  CoordinationChannel(String id, String en) {
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
