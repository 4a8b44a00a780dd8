package id.kim.core.media;

/**
 * The three kinds of media of Tabel 3.1 field o (Jenis Media): "Komunikasi tatap muka", "Media
 * konvensional", "Media digital" (RULES.md GAP-23 reads the six listed items as three headings with
 * examples).
 */
public enum MediaKind {
  /** Komunikasi tatap muka — meetings, deliberation (musyawarah), community discussion. */
  FACE_TO_FACE("Komunikasi tatap muka"),
  /** Media konvensional — community radio, print media (magazine, newspaper, leaflet, pamphlet). */
  CONVENTIONAL("Media konvensional"),
  /** Media digital — online media, forums, website, blog, news portal, social media, WAG. */
  DIGITAL("Media digital");

  private final String label;

  MediaKind(String label) {
    this.label = label;
  }

  /** @return the Indonesian label */
  public String label() {
    return label;
  }
}
