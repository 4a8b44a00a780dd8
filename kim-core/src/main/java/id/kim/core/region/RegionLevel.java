package id.kim.core.region;

/**
 * The four levels of the Kemendagri region code (kode wilayah administrasi pemerintahan), each with
 * the number of digits its code has: provinsi {@code 51}, kabupaten/kota {@code 51.01}, kecamatan
 * {@code 51.01.03}, kelurahan/desa {@code 51.01.03.2006}. The juknis names the same levels in Tabel
 * 3.1 fields f, g and h (PROFILE-f..h) and in the seat of MAP-ENTRY-2.
 */
public enum RegionLevel {
  /** Provinsi: two digits, e.g. {@code 51} (Bali). */
  PROVINCE("Provinsi", 2),
  /** Kabupaten/Kota: four digits, e.g. {@code 51.01} (Kabupaten Jembrana). */
  REGENCY_CITY("Kabupaten/Kota", 4),
  /** Kecamatan: six digits, e.g. {@code 51.01.03} (Pekutatan). */
  DISTRICT("Kecamatan", 6),
  /** Kelurahan/Desa: ten digits, e.g. {@code 51.01.03.2006} (Gumbrih). */
  VILLAGE("Kelurahan/Desa", 10);

  private final String label;
  private final int digits;

  RegionLevel(String label, int digits) {
    this.label = label;
    this.digits = digits;
  }

  /** @return the Indonesian label of the level, e.g. {@code "Kecamatan"} */
  public String label() {
    return label;
  }

  /** @return how many digits a code of this level has: 2, 4, 6 or 10 */
  public int digits() {
    return digits;
  }

  /**
   * @param digitCount a number of digits
   * @return the level whose codes have that many digits
   * @throws IllegalArgumentException if no level has that many
   */
  static RegionLevel ofDigits(int digitCount) {
    for (RegionLevel level : values()) {
      if (level.digits == digitCount) {
        return level;
      }
    }
    throw new IllegalArgumentException("no region level has " + digitCount + " digits");
  }
}
