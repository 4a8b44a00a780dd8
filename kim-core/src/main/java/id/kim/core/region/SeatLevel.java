package id.kim.core.region;

/**
 * The level of region at which a profile records a KIM's seat (kedudukan), from Tabel 3.1 fields f
 * (Kelurahan/Desa), g (Kecamatan) and h (Kabupaten/Kota).
 *
 * <p>MAP-ENTRY-2 (juknis II.B.3) requires the village level: "b. Berkedudukan di Kelurahan /Desa/Kampung
 * atau yang disebut dengan nama lain". Dinas registers also hold groups recorded at a higher level —
 * the village column left empty and the kecamatan filled, or only the kabupaten/kota — such as a
 * kecamatan forum of KIM; such a seat is recorded as what it is, and MAP-ENTRY-2 decides it
 * NOT_SATISFIED rather than "not recorded".
 *
 * <p>There is no level below the village: a KIM of a dusun, banjar, RW or RT lies within a village
 * and is recorded as seated in that village, with its RT/RW in the address (PROFILE-e); it is of
 * village level (RULES.md SEED-SEAT-4: groups at RT level are part of the kelurahan's KIM).
 */
public enum SeatLevel {
  /** Kelurahan/Desa/Kampung or its local name — the level MAP-ENTRY-2 requires ({@code KimProfile.seat()}). */
  VILLAGE("Kelurahan/Desa"),
  /** Kecamatan — village empty, kecamatan recorded ({@code KimProfile.districtSeat()}). */
  DISTRICT("Kecamatan"),
  /** Kabupaten/Kota — only the regency or city recorded ({@code KimProfile.regencyCitySeat()}). */
  REGENCY_CITY("Kabupaten/Kota");

  private final String label;

  SeatLevel(String label) {
    this.label = label;
  }

  /** @return the Indonesian label of the level, e.g. {@code "Kecamatan"} */
  public String label() {
    return label;
  }

  /** @return true if a seat at this level lies above the village, so it cannot meet MAP-ENTRY-2 */
  public boolean isAboveVillage() {
    return this != VILLAGE;
  }
}
