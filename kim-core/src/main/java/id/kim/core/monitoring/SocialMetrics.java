package id.kim.core.monitoring;

import id.kim.core.media.Platform;
import id.kim.core.validation.MissingValueException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The indicator counts of one piece of social-media content (Indikator, SOCIAL-COL-4 of Tabel 5.3),
 * with exactly the indicators the juknis prints for its platform (SOCIAL-IG, -FB, -TW, -YT, -TT;
 * RULES.md GAP-42: implemented exactly as printed, not "fixed"). There is one type per platform, so an
 * indicator a platform does not have cannot be recorded for it: a {@link FacebookMetrics} has no views,
 * a {@link YouTubeMetrics} no shares. Platforms without a row in Tabel 5.3 (Line, WhatsApp, Telegram,
 * blogs) have no indicator set in the juknis and so no metrics type.
 */
public abstract sealed class SocialMetrics
    permits InstagramMetrics, FacebookMetrics, TwitterMetrics, YouTubeMetrics, TikTokMetrics {

  private static final Map<Platform, List<SocialIndicator>> JUKNIS_INDICATORS = Map.of(
      Platform.INSTAGRAM,
      List.of(SocialIndicator.LIKE, SocialIndicator.SHARE, SocialIndicator.COMMENT, SocialIndicator.VIEW),
      Platform.FACEBOOK, List.of(SocialIndicator.LIKE, SocialIndicator.SHARE, SocialIndicator.COMMENT),
      Platform.TWITTER,
      List.of(SocialIndicator.LIKE, SocialIndicator.RETWEET, SocialIndicator.COMMENT, SocialIndicator.SHARE),
      Platform.YOUTUBE, List.of(SocialIndicator.LIKE, SocialIndicator.COMMENT),
      Platform.TIKTOK, List.of(SocialIndicator.LIKE, SocialIndicator.COMMENT, SocialIndicator.SHARE));

  SocialMetrics() {}

  /**
   * The exact indicator set of Tabel 5.3 for a platform, in the juknis' order.
   *
   * @param platform a platform
   * @return its indicators; empty for a platform Tabel 5.3 does not list
   */
  public static Optional<List<SocialIndicator>> indicatorsOf(Platform platform) {
    MissingValueException.requireNonNull(platform, "platform");
    return Optional.ofNullable(JUKNIS_INDICATORS.get(platform));
  }

  /** @return the platform (Akun, SOCIAL-COL-3) */
  public abstract Platform platform();

  /** @return the RULES.md ID of the platform's row, e.g. {@code "SOCIAL-IG"} */
  public abstract String ruleId();

  /** @return the platform's indicators, in the juknis' order */
  public final List<SocialIndicator> indicators() {
    return indicatorsOf(platform()).orElseThrow();
  }

  /** @return every indicator with its count, in the juknis' order */
  public final Map<SocialIndicator, Long> counts() {
    Map<SocialIndicator, Long> counts = new LinkedHashMap<>();
    for (SocialIndicator indicator : indicators()) {
      counts.put(indicator, countOf(indicator));
    }
    return Collections.unmodifiableMap(counts);
  }

  /**
   * @param indicator an indicator
   * @return its count, or empty if the platform does not have this indicator
   */
  public final Optional<Long> count(SocialIndicator indicator) {
    MissingValueException.requireNonNull(indicator, "indicator");
    return indicators().contains(indicator) ? Optional.of(countOf(indicator)) : Optional.empty();
  }

  /**
   * @param indicator one of this platform's indicators
   * @return its count
   */
  abstract long countOf(SocialIndicator indicator);

  static IllegalArgumentException notAnIndicator(Platform platform, SocialIndicator indicator) {
    return new IllegalArgumentException(platform.label() + " has no indicator " + indicator + " in Tabel 5.3");
  }
}
