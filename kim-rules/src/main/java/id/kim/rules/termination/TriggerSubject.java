package id.kim.rules.termination;

import id.kim.core.i18n.Lang;

/**
 * Who a termination ground is about. The juknis names a subject only for TERM-3 ("Pengurus dan/atau
 * anggota"); for the others the KIM itself is implied (RULES.md GAP-05), and which people count is a
 * {@link TriggerPolicy}.
 */
public enum TriggerSubject {
  /** The KIM as an organisation, including its decree and its seat. */
  KIM("KIM", "the KIM"),
  /** A board member (pengurus). */
  BOARD_MEMBER("pengurus", "a board member"),
  /** An ordinary member (anggota). */
  MEMBER("anggota", "a member");

  private final String id;
  private final String en;

  TriggerSubject(String id, String en) {
    this.id = id;
    this.en = en;
  }

  /**
   * @param lang the language
   * @return the label, e.g. "pengurus"
   */
  public String label(Lang lang) {
    return lang == Lang.ID ? id : en;
  }
}
