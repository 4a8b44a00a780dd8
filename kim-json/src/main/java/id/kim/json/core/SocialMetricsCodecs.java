package id.kim.json.core;

import id.kim.core.media.Platform;
import id.kim.core.monitoring.FacebookMetrics;
import id.kim.core.monitoring.InstagramMetrics;
import id.kim.core.monitoring.SocialMetrics;
import id.kim.core.monitoring.TikTokMetrics;
import id.kim.core.monitoring.TwitterMetrics;
import id.kim.core.monitoring.YouTubeMetrics;
import id.kim.json.Codec;
import id.kim.json.ComputedFields;
import id.kim.json.Field;
import id.kim.json.ObjectCodec;
import id.kim.json.Scalars;
import id.kim.json.Variants;
import java.util.List;
import java.util.Optional;

/**
 * JSON of the indicators of Tabel 5.3 (SOCIAL-COL-4), exactly the set the juknis prints per platform
 * and told apart by {@code "platform"}: Instagram likes, shares, comments, views (SOCIAL-IG); Facebook
 * likes, shares, comments (SOCIAL-FB); Twitter likes, retweets, comments, shares (SOCIAL-TW); YouTube
 * likes, comments (SOCIAL-YT); TikTok likes, comments, shares (SOCIAL-TT). An indicator a platform
 * does not have is an unknown field (GAP-42).
 */
public final class SocialMetricsCodecs {
  private static final Field<InstagramMetrics, Optional<String>> IG = ComputedFields.tag("platform",
      Platform.INSTAGRAM.name());
  private static final Field<InstagramMetrics, Long> IG_LIKES = Field.required("likes", InstagramMetrics::likes,
      Scalars.LONG);
  private static final Field<InstagramMetrics, Long> IG_SHARES = Field.required("shares", InstagramMetrics::shares,
      Scalars.LONG);
  private static final Field<InstagramMetrics, Long> IG_COMMENTS = Field.required("comments",
      InstagramMetrics::comments, Scalars.LONG);
  private static final Field<InstagramMetrics, Long> IG_VIEWS = Field.required("views", InstagramMetrics::views,
      Scalars.LONG);
  /** Instagram, SOCIAL-IG. */
  public static final Codec<InstagramMetrics> INSTAGRAM = ObjectCodec.of("InstagramMetrics",
      List.of(IG, IG_LIKES, IG_SHARES, IG_COMMENTS, IG_VIEWS),
      d -> InstagramMetrics.of(d.get(IG_LIKES), d.get(IG_SHARES), d.get(IG_COMMENTS), d.get(IG_VIEWS)));

  private static final Field<FacebookMetrics, Optional<String>> FB = ComputedFields.tag("platform",
      Platform.FACEBOOK.name());
  private static final Field<FacebookMetrics, Long> FB_LIKES = Field.required("likes", FacebookMetrics::likes,
      Scalars.LONG);
  private static final Field<FacebookMetrics, Long> FB_SHARES = Field.required("shares", FacebookMetrics::shares,
      Scalars.LONG);
  private static final Field<FacebookMetrics, Long> FB_COMMENTS = Field.required("comments", FacebookMetrics::comments,
      Scalars.LONG);
  /** Facebook, SOCIAL-FB. */
  public static final Codec<FacebookMetrics> FACEBOOK = ObjectCodec.of("FacebookMetrics",
      List.of(FB, FB_LIKES, FB_SHARES, FB_COMMENTS),
      d -> FacebookMetrics.of(d.get(FB_LIKES), d.get(FB_SHARES), d.get(FB_COMMENTS)));

  private static final Field<TwitterMetrics, Optional<String>> TW = ComputedFields.tag("platform",
      Platform.TWITTER.name());
  private static final Field<TwitterMetrics, Long> TW_LIKES = Field.required("likes", TwitterMetrics::likes,
      Scalars.LONG);
  private static final Field<TwitterMetrics, Long> TW_RETWEETS = Field.required("retweets", TwitterMetrics::retweets,
      Scalars.LONG);
  private static final Field<TwitterMetrics, Long> TW_COMMENTS = Field.required("comments", TwitterMetrics::comments,
      Scalars.LONG);
  private static final Field<TwitterMetrics, Long> TW_SHARES = Field.required("shares", TwitterMetrics::shares,
      Scalars.LONG);
  /** Twitter, SOCIAL-TW. */
  public static final Codec<TwitterMetrics> TWITTER = ObjectCodec.of("TwitterMetrics",
      List.of(TW, TW_LIKES, TW_RETWEETS, TW_COMMENTS, TW_SHARES),
      d -> TwitterMetrics.of(d.get(TW_LIKES), d.get(TW_RETWEETS), d.get(TW_COMMENTS), d.get(TW_SHARES)));

  private static final Field<YouTubeMetrics, Optional<String>> YT = ComputedFields.tag("platform",
      Platform.YOUTUBE.name());
  private static final Field<YouTubeMetrics, Long> YT_LIKES = Field.required("likes", YouTubeMetrics::likes,
      Scalars.LONG);
  private static final Field<YouTubeMetrics, Long> YT_COMMENTS = Field.required("comments", YouTubeMetrics::comments,
      Scalars.LONG);
  /** YouTube, SOCIAL-YT. */
  public static final Codec<YouTubeMetrics> YOUTUBE = ObjectCodec.of("YouTubeMetrics",
      List.of(YT, YT_LIKES, YT_COMMENTS),
      d -> YouTubeMetrics.of(d.get(YT_LIKES), d.get(YT_COMMENTS)));

  private static final Field<TikTokMetrics, Optional<String>> TT = ComputedFields.tag("platform",
      Platform.TIKTOK.name());
  private static final Field<TikTokMetrics, Long> TT_LIKES = Field.required("likes", TikTokMetrics::likes,
      Scalars.LONG);
  private static final Field<TikTokMetrics, Long> TT_COMMENTS = Field.required("comments", TikTokMetrics::comments,
      Scalars.LONG);
  private static final Field<TikTokMetrics, Long> TT_SHARES = Field.required("shares", TikTokMetrics::shares,
      Scalars.LONG);
  /** TikTok, SOCIAL-TT. */
  public static final Codec<TikTokMetrics> TIKTOK = ObjectCodec.of("TikTokMetrics",
      List.of(TT, TT_LIKES, TT_COMMENTS, TT_SHARES),
      d -> TikTokMetrics.of(d.get(TT_LIKES), d.get(TT_COMMENTS), d.get(TT_SHARES)));

  /** The indicators of one post, by platform. */
  public static final Codec<SocialMetrics> METRICS = Variants.<SocialMetrics>of("SocialMetrics", "platform", m ->
      m.platform().name())
      .with(Platform.INSTAGRAM.name(), INSTAGRAM).with(Platform.FACEBOOK.name(), FACEBOOK)
      .with(Platform.TWITTER.name(), TWITTER)
      .with(Platform.YOUTUBE.name(), YOUTUBE).with(Platform.TIKTOK.name(), TIKTOK).build();

  private SocialMetricsCodecs() {}
}
