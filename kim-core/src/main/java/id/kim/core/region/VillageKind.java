package id.kim.core.region;

/**
 * The kind of lowest administrative unit in which a KIM is seated: "Kelurahan/Desa/Kampung atau yang
 * disebut dengan nama lain" (MAP-ENTRY-2; RULES.md GAP-24).
 */
public enum VillageKind {
  /** Kelurahan — urban ward, headed by a Lurah. */
  KELURAHAN("Kelurahan"),
  /** Desa — village, headed by an elected Kepala Desa. */
  DESA("Desa"),
  /** Kampung — village under its regional name (e.g. in Papua). */
  KAMPUNG("Kampung"),
  /** "Sebutan lainnya" — another local name (nagari, gampong, …); the name is recorded on the village. */
  OTHER_LOCAL_NAME("Sebutan lain");

  private final String label;

  VillageKind(String label) {
    this.label = label;
  }

  /** @return the Indonesian label */
  public String label() {
    return label;
  }
}
