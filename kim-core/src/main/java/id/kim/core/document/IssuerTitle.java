package id.kim.core.document;

/**
 * The office that issues a KIM's decree or acknowledges its board: "Kepala Desa/Lurah/atau yang disebut
 * dengan nama lain" (MAP-ENTRY-3, PARTNER-LEGAL-1, PARTNER-LEGAL-3).
 */
public enum IssuerTitle {
  /** Kepala Desa — head of a desa. */
  KEPALA_DESA("Kepala Desa"),
  /** Lurah — head of a kelurahan. */
  LURAH("Lurah"),
  /** Kepala Kampung — head of a kampung. */
  KEPALA_KAMPUNG("Kepala Kampung"),
  /** The head of a village unit under another local name (wali nagari, keuchik, …). */
  OTHER_LOCAL_NAME("Sebutan lain");

  private final String label;

  IssuerTitle(String label) {
    this.label = label;
  }

  /** @return the Indonesian title */
  public String label() {
    return label;
  }
}
