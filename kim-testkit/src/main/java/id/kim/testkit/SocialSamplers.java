package id.kim.testkit;

import id.kim.core.community.KimRef;
import id.kim.core.media.ContentType;
import id.kim.core.media.KimMedium;
import id.kim.core.media.Platform;
import id.kim.core.monitoring.FacebookMetrics;
import id.kim.core.monitoring.InstagramMetrics;
import id.kim.core.monitoring.SocialContent;
import id.kim.core.monitoring.SocialMetrics;
import id.kim.core.monitoring.TikTokMetrics;
import id.kim.core.monitoring.TwitterMetrics;
import id.kim.core.monitoring.YouTubeMetrics;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The social-media table of Tabel 5.3 (SOCIAL-HEAD-0, SOCIAL-COL-1..5): posts on the KIM's own
 * accounts, each with exactly the indicators the juknis prints for its platform (SOCIAL-IG, -FB, -TW,
 * -YT, -TT). Counts are plausible: comments and shares fewer than likes, Instagram views at least the
 * likes.
 */
public final class SocialSamplers {
  /** The platforms Tabel 5.3 has a row for, in the juknis' order. */
  static final List<Platform> TABEL_5_3 = List.of(Platform.INSTAGRAM, Platform.FACEBOOK, Platform.TWITTER,
      Platform.YOUTUBE, Platform.TIKTOK);
  private static final List<String> TITLE_STARTS = List.of("Infografis", "Video", "Foto kegiatan", "Info", "Ayo ikut",
      "Liputan");

  private SocialSamplers() {}

  /** @return the indicators of one Instagram post (SOCIAL-IG) */
  public static Sampler<InstagramMetrics> instagramMetrics() {
    return d -> {
      long likes = likes().sample(d);
      return InstagramMetrics.of(likes, fewer(likes).sample(d), fewer(likes).sample(d), likes
          + MediaSamplers.count().sample(d));
    };
  }

  /** @return the indicators of one Facebook post (SOCIAL-FB) */
  public static Sampler<FacebookMetrics> facebookMetrics() {
    return d -> {
      long likes = likes().sample(d);
      return FacebookMetrics.of(likes, fewer(likes).sample(d), fewer(likes).sample(d));
    };
  }

  /** @return the indicators of one Twitter (X) post (SOCIAL-TW) */
  public static Sampler<TwitterMetrics> twitterMetrics() {
    return d -> {
      long likes = likes().sample(d);
      return TwitterMetrics.of(likes, fewer(likes).sample(d), fewer(likes).sample(d), fewer(likes).sample(d));
    };
  }

  /** @return the indicators of one YouTube video (SOCIAL-YT) */
  public static Sampler<YouTubeMetrics> youTubeMetrics() {
    return d -> {
      long likes = likes().sample(d);
      return YouTubeMetrics.of(likes, fewer(likes).sample(d));
    };
  }

  /** @return the indicators of one TikTok video (SOCIAL-TT) */
  public static Sampler<TikTokMetrics> tikTokMetrics() {
    return d -> {
      long likes = likes().sample(d);
      return TikTokMetrics.of(likes, fewer(likes).sample(d), fewer(likes).sample(d));
    };
  }

  /** @return the indicators of a post on any of the five Tabel 5.3 platforms */
  public static Sampler<SocialMetrics> socialMetrics() {
    return d -> metricsOn(d.pick(TABEL_5_3)).sample(d);
  }

  /** @return a post of some KIM on one of its accounts, its metrics of the account's platform */
  public static Sampler<SocialContent> socialContent() {
    return d -> {
      KimRef kim = MonitoringSamplers.kimRef().sample(d);
      KimMedium account = MediaSamplers.mediumOn(kim.name(), d.pick(TABEL_5_3)).sample(d);
      return contentOf(kim, account, TimeSamplers.EARLIEST, TimeSamplers.LATEST).sample(d);
    };
  }

  /**
   * @param platform one of the five Tabel 5.3 platforms
   * @return that platform's indicators
   */
  static Sampler<SocialMetrics> metricsOn(Platform platform) {
    return switch (platform) {
      case INSTAGRAM -> instagramMetrics().map(m -> m);
      case FACEBOOK -> facebookMetrics().map(m -> m);
      case TWITTER -> twitterMetrics().map(m -> m);
      case YOUTUBE -> youTubeMetrics().map(m -> m);
      case TIKTOK -> tikTokMetrics().map(m -> m);
      default -> throw new IllegalArgumentException(platform + " has no row in Tabel 5.3");
    };
  }

  /**
   * @param kim the KIM
   * @param account its account on a Tabel 5.3 platform
   * @param from first day of publication
   * @param to last day of publication
   * @return a post on that account, published in {@code [from, to]}, often with its address
   */
  static Sampler<SocialContent> contentOf(KimRef kim, KimMedium account, LocalDate from, LocalDate to) {
    return d -> SocialContent.builder()
        .kim(kim)
        .title(d.pick(TITLE_STARTS) + " " + Vocabulary.anyIssue().sample(d))
        .format(d.pick(ContentType.class))
        .account(account)
        .metrics(metricsOn(account.platform()).sample(d))
        .publishedOn(d.date(from, to))
        .link(Sampler.optional(permalink(kim.name(), account.platform()), 70).sample(d))
        .build();
  }

  private static Sampler<String> permalink(String kimName, Platform platform) {
    String slug = Vocabulary.slug(kimName);
    return d -> switch (platform) {
      case INSTAGRAM -> "https://www.instagram.com/p/" + code(d, 11);
      case FACEBOOK -> "https://www.facebook.com/" + slug + "/posts/" + d.digits(15);
      case TWITTER -> "https://x.com/" + slug + "/status/" + d.digits(19);
      case YOUTUBE -> "https://www.youtube.com/watch?v=" + code(d, 11);
      default -> "https://www.tiktok.com/@" + slug + "/video/" + d.digits(19);
    };
  }

  private static String code(Draw d, int length) {
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      int c = d.intBetween(0, 35);
      out.append(c < 10 ? (char) ('0' + c) : (char) ('a' + c - 10));
    }
    return d.chance(50) ? out.toString() : out.toString().toUpperCase(Locale.ROOT);
  }

  private static Sampler<Long> likes() {
    return d -> d.between(0, PowersOfTen.of(d.intBetween(1, 5)));
  }

  private static Sampler<Long> fewer(long likes) {
    return d -> d.between(0, likes / 2 + 1);
  }
}
