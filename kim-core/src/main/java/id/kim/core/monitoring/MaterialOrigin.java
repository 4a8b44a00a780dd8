package id.kim.core.monitoring;

/**
 * Where the disseminated material came from (DISSEM-0, juknis IV.D): "Dinas Kominfo menyediakan
 * dan/atau merancang secara bersama bahan-bahan informasi bersama dengan KIM"; the Ministry's single
 * narrative (narasi tunggal, ARCH-2) is the third source.
 */
public enum MaterialOrigin {
  /** Disediakan Dinas — provided by the Dinas. */
  DINAS_PROVIDED("Disediakan Dinas"),
  /** Dirancang bersama — co-designed by the Dinas and the KIM. */
  CO_DESIGNED("Dirancang bersama Dinas dan KIM"),
  /** Narasi tunggal Kementerian Kominfo (ARCH-2). */
  MINISTRY_SINGLE_NARRATIVE("Narasi tunggal Kementerian");

  private final String label;

  MaterialOrigin(String label) {
    this.label = label;
  }

  /** @return the Indonesian label */
  public String label() {
    return label;
  }

  /** @return the juknis rule ID, {@code "DISSEM-0"} */
  public String ruleId() {
    return "DISSEM-0";
  }
}
