package id.kim.core.monitoring;

/**
 * The two aspects of dissemination the Dinas "perlu diperhatikan" (juknis IV.D): whether an activity
 * was a joint initiative or a response to monitored issues.
 */
public enum DisseminationMode {
  /**
   * DISSEM-1 Proaktif — "diseminasi informasi merupakan inisiasi bersama antara Dinas Kominfo dengan pemangku
   * kepentingan".
   */
  PROACTIVE("DISSEM-1", "Proaktif"),
  /**
   * DISSEM-2 Responsif — "respons atas pemantauan isu publik di media massa dan media sosial, pengumpulan pendapat umum
   * dan pemantauan aduan masyarakat".
   */
  RESPONSIVE("DISSEM-2", "Responsif");

  private final String ruleId;
  private final String label;

  DisseminationMode(String ruleId, String label) {
    this.ruleId = ruleId;
    this.label = label;
  }

  /** @return the RULES.md ID */
  public String ruleId() {
    return ruleId;
  }

  /** @return the Indonesian label */
  public String label() {
    return label;
  }
}
