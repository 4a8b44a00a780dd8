package id.kim.core.organisation;

/** The kind of organisation a KIM or its people are affiliated with (PARTNER-ADMIN-3/4, TERM-2). */
public enum AffiliationKind {
  /** Partai politik — a political party (PARTNER-ADMIN-3). */
  POLITICAL_PARTY("Partai politik"),
  /** Lembaga Swadaya Masyarakat — an NGO (PARTNER-ADMIN-4; see RULES.md GAP-46). */
  NGO("Lembaga Swadaya Masyarakat (LSM)"),
  /** Any other organisation — informative only. */
  OTHER("Lainnya");

  private final String label;

  AffiliationKind(String label) {
    this.label = label;
  }

  /** @return the Indonesian label */
  public String label() {
    return label;
  }
}
