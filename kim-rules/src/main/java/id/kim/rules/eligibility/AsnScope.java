package id.kim.rules.eligibility;

/**
 * Whose civil-servant (ASN) status counts for PARTNER-ADMIN-1. The juknis names the board at entry
 * ("Pengurus KIM bukan Aparatur Sipil Negara (ASN)") but board <em>and members</em> as a termination
 * trigger (TERM-3) — RULES.md GAP-03. The default is the literal reading, {@link #BOARD_ONLY}.
 */
public enum AsnScope {
  /** Only board members (pengurus) — the literal juknis text; the default. */
  BOARD_ONLY,
  /** Board members and ordinary members (anggota) — a stricter regional policy. */
  BOARD_AND_MEMBERS
}
