package id.kim.rules.lifecycle;

import id.kim.core.i18n.Lang;

/** Why a KIM that is not a partner leaves the Dinas' register (T9, PROPOSED by analogy with TERM-5 and TERM-7). */
public enum DeregistrationReason {
  /** Membubarkan diri — it dissolved itself (cf. TERM-7). */
  DISSOLVED("membubarkan diri", "dissolved itself"),
  /**
   * Berpindah ke Kabupaten/Kota lain — it moved to another regency/city (cf. TERM-5); it may register there anew
   * (GAP-38).
   */
  MOVED_TO_OTHER_REGENCY_CITY("berpindah ke kabupaten/kota lain", "moved to another regency/city");

  private final String id;
  private final String en;

  DeregistrationReason(String id, String en) {
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
