package id.kim.core.organisation;

/**
 * Whose civil-servant status (Aparatur Sipil Negara, ASN) counts. The juknis is asymmetric
 * (RULES.md GAP-03): at entry only the board must not be ASN — PARTNER-ADMIN-1 "Pengurus KIM bukan
 * Aparatur Sipil Negara (ASN)" — but as a termination ground "Pengurus dan/atau anggota menjadi
 * Aparatur Sipil Negara (ASN)" (TERM-3) names the board <em>and</em> the members.
 *
 * <p>One policy value serves both readings, with the literal default of each place (PROPOSED,
 * GAP-03): the entry requirement PARTNER-ADMIN-1 defaults to {@link #BOARD_ONLY}, the termination
 * ground TERM-3 to {@link #BOARD_AND_MEMBERS}. A Dinas may choose either for either place; the rule
 * sets record the choice with their results.
 */
public enum CivilServantScope {
  /** Only board members (pengurus) — the text of PARTNER-ADMIN-1; the default at entry. */
  BOARD_ONLY,
  /** Board members and ordinary members (anggota) — the text of TERM-3; the default as a termination ground. */
  BOARD_AND_MEMBERS;

  /** @return true if ordinary members' (anggota) ASN status counts as well as the board's */
  public boolean includesMembers() {
    return this == BOARD_AND_MEMBERS;
  }
}
