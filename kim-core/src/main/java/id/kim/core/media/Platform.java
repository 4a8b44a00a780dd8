package id.kim.core.media;

/**
 * A named medium or platform — the union of the platforms named anywhere in the juknis
 * (MEDIA-PLATFORMS: PROFILE-o, Tabel 4.3, 4.6, 5.3; RULES.md GAP-43), each placed in one
 * {@link MediaChannel} of Tabel 4.6. Blogs and websites are online media (MEDIA-5), so they are not
 * counted twice.
 */
public enum Platform {
  /** Instagram (social media, MEDIA-3; Tabel 5.3 SOCIAL-IG). */
  INSTAGRAM("Instagram", MediaChannel.SOCIAL_MEDIA),
  /** Facebook (social media, MEDIA-3; SOCIAL-FB). */
  FACEBOOK("Facebook", MediaChannel.SOCIAL_MEDIA),
  /** Twitter, now branded X (social media, MEDIA-3; SOCIAL-TW). */
  TWITTER("Twitter/X", MediaChannel.SOCIAL_MEDIA),
  /** YouTube (social media; SOCIAL-YT). */
  YOUTUBE("YouTube", MediaChannel.SOCIAL_MEDIA),
  /** TikTok (social media; SOCIAL-TT). */
  TIKTOK("TikTok", MediaChannel.SOCIAL_MEDIA),
  /** Line (social media, MEDIA-3). */
  LINE("Line", MediaChannel.SOCIAL_MEDIA),
  /** WhatsApp, usually a WhatsApp group (WAG) (instant messaging, MEDIA-4). */
  WHATSAPP_GROUP("WhatsApp Group", MediaChannel.INSTANT_MESSAGING),
  /** Telegram (instant messaging, MEDIA-4). */
  TELEGRAM("Telegram", MediaChannel.INSTANT_MESSAGING),
  /** The KIM's own website (online media, MEDIA-5). */
  WEBSITE("Situs web", MediaChannel.ONLINE),
  /** The KIM's blog or blogspot (online media, MEDIA-5). */
  BLOG("Blog", MediaChannel.ONLINE),
  /** The KIM website provided by the Ministry, kim.id (online media, MEDIA-5; ACTION-3). */
  KIM_ID("kim.id", MediaChannel.ONLINE),
  /** Community radio (radio komunitas) (broadcast, MEDIA-2). */
  COMMUNITY_RADIO("Radio komunitas", MediaChannel.BROADCAST),
  /** Television coverage (broadcast, MEDIA-2). */
  TELEVISION("Televisi", MediaChannel.BROADCAST),
  /** Print: bulletin, magazine, newspaper, leaflet, pamphlet (MEDIA-1). */
  PRINT("Media cetak", MediaChannel.PRINT),
  /** Outdoor: banner, standing banner, wall magazine (majalah dinding) (MEDIA-6). */
  OUTDOOR("Media luar ruang", MediaChannel.OUTDOOR),
  /** Face-to-face meetings with residents, discussion forums (MEDIA-7). */
  FACE_TO_FACE("Tatap muka", MediaChannel.FACE_TO_FACE);

  private final String label;
  private final MediaChannel channel;

  Platform(String label, MediaChannel channel) {
    this.label = label;
    this.channel = channel;
  }

  /** @return the name as a Dinas writes it */
  public String label() {
    return label;
  }

  /** @return the Tabel 4.6 channel this platform belongs to */
  public MediaChannel channel() {
    return channel;
  }
}
