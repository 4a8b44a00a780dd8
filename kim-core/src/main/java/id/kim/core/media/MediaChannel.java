package id.kim.core.media;

/**
 * The seven kinds of media or means managed by a KIM that a Dinas may use (Tabel 4.6 "Pemanfaatan
 * Media yang Dikelola KIM", MEDIA-1..7; the same list explains Tabel 5.2). Each belongs to one of the
 * three media kinds of PROFILE-o ({@link #kind()}, derivation MEDIA-KIND-MAP, PROPOSED).
 */
public enum MediaChannel {
  /** MEDIA-1 Media cetak — books, booklets, pamphlets, leaflets; coverage in print. */
  PRINT("Media cetak", MediaKind.CONVENTIONAL),
  /** MEDIA-2 Media penyiaran — radio (incl. community radio), television. */
  BROADCAST("Media penyiaran", MediaKind.CONVENTIONAL),
  /** MEDIA-3 Media sosial — the KIM's own social-media accounts. */
  SOCIAL_MEDIA("Media sosial", MediaKind.DIGITAL),
  /** MEDIA-4 Media pengiriman pesan instan — WhatsApp (groups), Telegram. */
  INSTANT_MESSAGING("Media pengiriman pesan instan", MediaKind.DIGITAL),
  /** MEDIA-5 Media daring — website/blog of the KIM or provided by the Ministry (kim.id). */
  ONLINE("Media daring", MediaKind.DIGITAL),
  /** MEDIA-6 Media luar ruang — banners, wall magazines at the secretariat. */
  OUTDOOR("Media luar ruang", MediaKind.CONVENTIONAL),
  /** MEDIA-7 Komunikasi tatap muka — meetings with residents, discussion forums. */
  FACE_TO_FACE("Komunikasi tatap muka", MediaKind.FACE_TO_FACE);

  private final String label;
  private final MediaKind kind;
  private final String ruleId;

  MediaChannel(String label, MediaKind kind) {
    this.label = label;
    this.kind = kind;
    this.ruleId = "MEDIA-" + (ordinal() + 1);
  }

  /** @return the Indonesian label of Tabel 4.6 */
  public String label() {
    return label;
  }

  /** @return the PROFILE-o kind this channel belongs to (MEDIA-KIND-MAP, PROPOSED) */
  public MediaKind kind() {
    return kind;
  }

  /** @return the juknis rule ID of this channel, {@code "MEDIA-1"} … {@code "MEDIA-7"} */
  public String ruleId() {
    return ruleId;
  }
}
