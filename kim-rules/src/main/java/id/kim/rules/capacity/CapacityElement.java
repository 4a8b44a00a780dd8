package id.kim.rules.capacity;

/**
 * The five elements a Dinas examines to identify a KIM's capacity needs (Tabel 4.1 "Identifikasi
 * Kebutuhan Peningkatan Kapasitas KIM"; "Dinas Kominfo perlu melakukan identifikasi kebutuhan
 * peningkatan kapasitas KIM dengan melihat elemen-elemen sebagai berikut").
 */
public enum CapacityElement {
  /** CAP-1 "Media yang dikelola oleh KIM" — readiness of the media the KIM manages. */
  MEDIA("CAP-1", "Media yang dikelola oleh KIM"),
  /** CAP-2 "Konten yang pernah diproduksi/dibuat beserta pemuatannya" — content made and where it was published. */
  CONTENT("CAP-2", "Konten yang pernah diproduksi/dibuat beserta pemuatannya"),
  /** CAP-3 "Jumlah anggota yang terlibat dalam produksi/pembuatan konten". */
  PRODUCERS("CAP-3", "Jumlah anggota yang terlibat dalam produksi/pembuatan konten"),
  /** CAP-4 "Keahlian anggota KIM dalam produksi konten". */
  SKILLS("CAP-4", "Keahlian anggota KIM dalam produksi konten"),
  /** CAP-5 "Pengelolaan produksi konten". */
  MANAGEMENT("CAP-5", "Pengelolaan produksi konten");

  private final String ruleId;
  private final String label;

  CapacityElement(String ruleId, String label) {
    this.ruleId = ruleId;
    this.label = label;
  }

  /** @return the RULES.md ID, {@code "CAP-1"} … {@code "CAP-5"} */
  public String ruleId() {
    return ruleId;
  }

  /** @return the Indonesian element name of Tabel 4.1 */
  public String label() {
    return label;
  }
}
