package id.kim.core.agency;

/** The tier of a Dinas Kominfo (ARCH-3, ARCH-4). */
public enum DinasLevel {
  /** Dinas Kominfo Provinsi — guides and coordinates; fills PROFILE-h; does not map (MAP-RULE-a). */
  PROVINCIAL,
  /** Dinas Kominfo Kabupaten/Kota — registers, maps, partners with and terminates KIM (ARCH-4). */
  REGENCY_CITY
}
