package id.kim.core.monitoring;

/**
 * What a survey for the Outcome level measures (MEASURE-3): "peningkatan kesadaran audiens dan
 * perubahan sikap" — an open list, hence {@link #OTHER}.
 */
public enum OutcomeKind {
  /** Kesadaran audiens — awareness. */
  AWARENESS("Kesadaran"),
  /** Perubahan sikap — attitude. */
  ATTITUDE("Sikap"),
  /** Other communication impact. */
  OTHER("Lainnya");

  private final String label;

  OutcomeKind(String label) {
    this.label = label;
  }

  /** @return the Indonesian label */
  public String label() {
    return label;
  }
}
