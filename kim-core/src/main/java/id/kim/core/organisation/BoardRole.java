package id.kim.core.organisation;

/**
 * A role on the board of a KIM (susunan pengurus, MAP-ENTRY-4). The juknis names only the chair
 * (ketua, PROFILE-d); the others follow common practice and the recommended structure of Kota
 * Tangerang (SEED-ORG-2..6, not juknis). An adviser (penasehat, often the Lurah) is not a board
 * member (RULES.md GAP-47).
 */
public enum BoardRole {
  /** Ketua — chair. */
  CHAIR("Ketua"),
  /** Wakil ketua — vice-chair. */
  VICE_CHAIR("Wakil Ketua"),
  /** Sekretaris — secretary. */
  SECRETARY("Sekretaris"),
  /** Bendahara — treasurer. */
  TREASURER("Bendahara"),
  /** Koordinator/Kepala bidang — head of a field, e.g. information processing or dissemination. */
  HEAD_OF_FIELD("Koordinator Bidang"),
  /** Any other board position; its title is recorded on the member. */
  OTHER("Pengurus");

  private final String label;

  BoardRole(String label) {
    this.label = label;
  }

  /** @return the Indonesian label */
  public String label() {
    return label;
  }
}
