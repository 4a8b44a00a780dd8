package id.kim.rules.award;

/**
 * The output information material competed in a self-organised competition (IV.E.1: "hal yang penting
 * adalah output bahan informasi yang dilombakan atau dinilai … dapat berupa"), plus {@link #OTHER}.
 */
public enum CompetitionOutputType {
  /** COMP-OUT-1 Konten audio visual berupa video (video pendek iklan layanan masyarakat). */
  AUDIO_VISUAL_VIDEO("COMP-OUT-1"),
  /** COMP-OUT-2 Konten visual (desain poster atau infografis atau foto). */
  VISUAL("COMP-OUT-2"),
  /** COMP-OUT-3 Konten audio/suara (podcast). */
  AUDIO("COMP-OUT-3"),
  /** COMP-OUT-4 Konten teks dan visual (artikel blog atau berita di media sosial). */
  TEXT_AND_VISUAL("COMP-OUT-4"),
  /** Another output. */
  OTHER("-");

  private final String ruleId;

  CompetitionOutputType(String ruleId) {
    this.ruleId = ruleId;
  }

  /** @return the RULES.md ID, {@code "-"} for {@link #OTHER} */
  public String ruleId() {
    return ruleId;
  }
}
