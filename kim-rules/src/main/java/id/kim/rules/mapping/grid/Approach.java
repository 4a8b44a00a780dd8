package id.kim.rules.mapping.grid;

import id.kim.core.i18n.Lang;

/**
 * What the Dinas does with a KIM of a category — the "Pendekatan" column of Tabel 3.3 and the two
 * examples of III.D. The table and the text differ (GAP-17), so a category has a list of approaches
 * (see {@link GridCategory#approaches()}); every approach is a recommendation, never an act by
 * itself: a partnership still needs the legal, administrative and qualification rules (INV-5).
 */
public enum Approach {
  /** Tabel 3.3 No. 1: "Dinas menjadikan KIM sebagai mitra" (III.C: "perlu dipertimbngkan" [sic]). */
  MAKE_PARTNER("Dinas menjadikan KIM sebagai mitra", "the Dinas makes the KIM a partner"),
  /** Tabel 3.3 No. 2: "Dinas melakukan persuasi kepada KIM agar bersedia menjadi mitra". */
  PERSUADE_TO_PARTNER("Dinas melakukan persuasi kepada KIM agar bersedia menjadi mitra",
      "the Dinas persuades the KIM to become willing to partner"),
  /** Tabel 3.3 No. 3: "Dinas melakukan pembinaan dan peningkatan kapasitas anggota KIM". */
  GUIDANCE_AND_CAPACITY_BUILDING("Dinas melakukan pembinaan dan peningkatan kapasitas anggota KIM",
      "the Dinas gives guidance and builds the capacity of the KIM's members"),
  /** III.D (PRIORITY-2): "tetap memberikan informasi secara lengkap". */
  KEEP_INFORMED("Dinas tetap memberikan informasi secara lengkap", "the Dinas keeps the KIM fully informed"),
  /** Tabel 3.3 No. 4: "Dinas melakukan pendataan dan memantau perkembangan KIM". */
  RECORD_AND_MONITOR("Dinas melakukan pendataan dan memantau perkembangan KIM",
      "the Dinas keeps the KIM on record and monitors its development"),
  /** III.D (PRIORITY-2): "Dinas Kominfo menentukan pendekatan yang sesuai". */
  CUSTOM("Dinas menentukan pendekatan yang sesuai", "the Dinas decides a suitable approach");

  private final String id;
  private final String en;

  Approach(String id, String en) {
    this.id = id;
    this.en = en;
  }

  /**
   * @param lang the language
   * @return the approach; in Indonesian as the juknis words it
   */
  public String label(Lang lang) {
    return lang == Lang.ID ? id : en;
  }
}
