package id.kim.rules.award;

/**
 * The scope at which a competition is held (COMP-KIND-2: "di lingkup lebih luas misalnya di Provinsi atau Nasional").
 */
public enum CompetitionLevel {
  /** Kabupaten/Kota — a self-organised competition of a regency/city Dinas. */
  REGENCY_CITY,
  /** Provinsi. */
  PROVINCIAL,
  /** Nasional. */
  NATIONAL,
  /** Another scope. */
  OTHER
}
