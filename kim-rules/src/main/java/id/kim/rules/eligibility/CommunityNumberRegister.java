package id.kim.rules.eligibility;

/**
 * How PARTNER-LEGAL-2 reads a profile without a Nomor Induk Komunitas (RULES.md PARTNER-LEGAL-2,
 * PROPOSED). The Dinas Kominfo Kabupaten/Kota issues the numbers itself (juknis II.B.4: "NIK (Nomor
 * Induk Komunitas) yang dikeluarkan oleh Dinas Kabupaten/Kota"), so its own register can be the
 * complete source of this fact.
 */
public enum CommunityNumberRegister {
  /**
   * Default: an absent number is "not recorded" (belum tercatat, {@code UNKNOWN}) unless the profile
   * records it as none ({@code KnownAbsence.COMMUNITY_NUMBER}, {@code NOT_SATISFIED}).
   */
  AS_RECORDED,
  /**
   * The Dinas' register is complete for this fact: an absent number means the Dinas issued none
   * ({@code NOT_SATISFIED}, remedy: register with the Dinas).
   */
  COMPLETE
}
