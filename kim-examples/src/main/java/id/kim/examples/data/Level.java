package id.kim.examples.data;

/**
 * A level of interest, power or influence as Tabel 3.3 knows it: tinggi or rendah (GRID-VAR). Levels
 * are the Dinas' judgement ("yang dinilai", PRIORITY-1; GAP-15). Provisional: replaced by the mapping
 * family's type when it lands.
 */
public enum Level {
  /** Tinggi. */
  HIGH,
  /** Rendah. */
  LOW
}
