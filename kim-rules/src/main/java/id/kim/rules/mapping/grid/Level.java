package id.kim.rules.mapping.grid;

import id.kim.core.i18n.Lang;

/**
 * The level of one mapping variable: the juknis knows only "tinggi" and "rendah" (GRID-VAR).
 * {@link #LOW} is below {@link #HIGH}; "raising" a variable goes from low to high.
 */
public enum Level {
  /** Rendah — low. */
  LOW("rendah", "low"),
  /** Tinggi — high. */
  HIGH("tinggi", "high");

  private final String id;
  private final String en;

  Level(String id, String en) {
    this.id = id;
    this.en = en;
  }

  /**
   * @param high whether high
   * @return {@link #HIGH} or {@link #LOW}
   */
  public static Level of(boolean high) {
    return high ? HIGH : LOW;
  }

  /** @return true if {@link #HIGH} */
  public boolean isHigh() {
    return this == HIGH;
  }

  /**
   * @param lang the language
   * @return "tinggi"/"rendah" or "high"/"low"
   */
  public String label(Lang lang) {
    return lang == Lang.ID ? id : en;
  }
}
