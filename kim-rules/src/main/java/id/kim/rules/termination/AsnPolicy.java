package id.kim.rules.termination;

/**
 * Whose new civil-servant (ASN) status is a termination ground (TERM-3). The juknis is asymmetric:
 * at entry only the board must not be ASN (PARTNER-ADMIN-1 "Pengurus KIM bukan ASN"), but as a
 * trigger "Pengurus dan/atau anggota menjadi Aparatur Sipil Negara (ASN)". The SDK follows the
 * literal text by default ({@link #BOARD_AND_MEMBERS}) and lets a Dinas choose otherwise
 * (RULES.md GAP-03, PROPOSED).
 */
public enum AsnPolicy {
  /** Only board members (pengurus) becoming ASN is a ground — the entry rule's reading. */
  BOARD_ONLY,
  /** Board members and ordinary members (anggota) — the literal reading of TERM-3, the default. */
  BOARD_AND_MEMBERS;

  /**
   * @param subject who
   * @return true if that person's becoming ASN is a TERM-3 ground under this policy
   */
  public boolean covers(TriggerSubject subject) {
    return subject == TriggerSubject.BOARD_MEMBER || (subject == TriggerSubject.MEMBER && this == BOARD_AND_MEMBERS);
  }
}
