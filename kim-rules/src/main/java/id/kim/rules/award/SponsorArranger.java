package id.kim.rules.award;

/** Who arranged private support: "pihak mitra" is ambiguous in the juknis (RULES.md GAP-35), so it is recorded. */
public enum SponsorArranger {
  /** The Dinas Kominfo. */
  DINAS,
  /** The KIM. */
  KIM
}
