package id.kim.core.monitoring;

/**
 * The three kinds of measurement of Tabel 5.1 "Jenis Pengukuran Efektivitas Aktivitas Diseminasi
 * Informasi KIM" (MEASURE-1..3). The English words are the juknis' own.
 */
public enum MeasurementLevel {
  /** MEASURE-1 Output — "Pengukuran dasar dari aktivitas diseminasi informasi melalui media yang dikelola KIM". */
  OUTPUT("MEASURE-1"),
  /** MEASURE-2 Outtakes — "Respons dan reaksi khalayak sasaran terhadap kegiatan KIM". */
  OUTTAKES("MEASURE-2"),
  /** MEASURE-3 Outcome — "Mengukur dampak komunikasi pada khalayak sasaran". */
  OUTCOME("MEASURE-3");

  private final String ruleId;

  MeasurementLevel(String ruleId) {
    this.ruleId = ruleId;
  }

  /** @return the RULES.md ID, {@code "MEASURE-1"} … {@code "MEASURE-3"} */
  public String ruleId() {
    return ruleId;
  }
}
