package id.kim.core.monitoring;

/**
 * The form of a dissemination activity (Format kegiatan diseminasi, MONITOR-COL-2 of Tabel 5.2):
 * "misalnya berupa konten video, feature, selebaran, kompetisi, festival, dan lain sebagainya". The
 * juknis' list is open, so {@link #OTHER} exists and a log entry that uses it must describe the format
 * in words; exhibitions, art performances and newsletters come from the explanation of MONITOR-COL-1.
 */
public enum DisseminationFormat {
  /** Konten video. */
  VIDEO_CONTENT("Konten video"),
  /** Feature (a feature article or story). */
  FEATURE("Feature"),
  /** Selebaran — leaflet, flyer, pamphlet. */
  LEAFLET("Selebaran"),
  /** Kompetisi — a competition. */
  COMPETITION("Kompetisi"),
  /** Festival. */
  FESTIVAL("Festival"),
  /** Pameran — exhibition (MONITOR-COL-1 "ajang khusus"). */
  EXHIBITION("Pameran"),
  /** Pertunjukan seni — art performance (MONITOR-COL-1 "ajang khusus"). */
  ART_PERFORMANCE("Pertunjukan seni"),
  /** Newsletter, printed or digital (MONITOR-COL-1). */
  NEWSLETTER("Newsletter"),
  /** Lainnya — any other format, described in the entry's format note. */
  OTHER("Lainnya");

  private final String label;

  DisseminationFormat(String label) {
    this.label = label;
  }

  /** @return the Indonesian label */
  public String label() {
    return label;
  }

  /** @return the juknis rule ID of this vocabulary, {@code "MONITOR-COL-2"} */
  public String ruleId() {
    return "MONITOR-COL-2";
  }
}
