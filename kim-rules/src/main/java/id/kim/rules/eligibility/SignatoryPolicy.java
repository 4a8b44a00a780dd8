package id.kim.rules.eligibility;

/**
 * Who must sign the statement letter of the administrative requirements (PARTNER-ADMIN-DECL:
 * "surat pernyataan yang ditandatangani oleh pengurus KIM"); the juknis does not say whether every
 * board member or a representative signs (RULES.md GAP-08). Default {@link #CHAIR}.
 */
public enum SignatoryPolicy {
  /** The chair (ketua) signs for the board — the default. */
  CHAIR,
  /** Every board member signs. */
  ALL_BOARD
}
