package id.kim.rules.mapping.profiling;

/** The state of one Tabel 3.1 field of one profile, as of a date. */
public enum FieldStatus {
  /** Terisi — filled. */
  FILLED,
  /** Terisi sebagian — filled but lacking a part the juknis names (e.g. k without socio-economic status). */
  PARTIAL,
  /** Belum diisi — missing. */
  MISSING,
  /** Tidak berlaku — not asked in this view (h for a regency/city Dinas, o derived, r partners only). */
  NOT_APPLICABLE
}
