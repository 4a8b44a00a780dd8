package id.kim.core.media;

/**
 * The form of information a KIM delivers (Jenis konten, PROFILE-q): "misalnya tulisan, gambar, foto,
 * atau video" — an open list in the juknis, completed from CAP-2 and COMP-OUT; {@link #OTHER} covers
 * the rest.
 */
public enum ContentType {
  /** Tulisan — text, articles, citizen journalism. */
  TEXT("Tulisan"),
  /** Gambar — images, drawings. */
  IMAGE("Gambar"),
  /** Foto — photographs. */
  PHOTO("Foto"),
  /** Video. */
  VIDEO("Video"),
  /** Audio, e.g. radio programmes, podcasts. */
  AUDIO("Audio"),
  /** Audio-visual. */
  AUDIO_VISUAL("Audio-visual"),
  /** Infografis — infographics. */
  INFOGRAPHIC("Infografis"),
  /** Lainnya — any other form. */
  OTHER("Lainnya");

  private final String label;

  ContentType(String label) {
    this.label = label;
  }

  /** @return the Indonesian label */
  public String label() {
    return label;
  }
}
