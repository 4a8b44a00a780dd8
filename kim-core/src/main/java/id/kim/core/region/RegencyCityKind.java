package id.kim.core.region;

/** Whether a second-level region is a regency (kabupaten) or a city (kota). */
public enum RegencyCityKind {
  /** Kabupaten — regency. */
  KABUPATEN("Kabupaten"),
  /** Kota — city. */
  KOTA("Kota");

  private final String label;

  RegencyCityKind(String label) {
    this.label = label;
  }

  /** @return the Indonesian label, e.g. {@code "Kabupaten"} */
  public String label() {
    return label;
  }
}
