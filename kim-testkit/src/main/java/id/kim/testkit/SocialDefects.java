package id.kim.testkit;

import static id.kim.testkit.BadText.citing;
import static id.kim.testkit.BadText.defect;
import static id.kim.testkit.BadText.rule;

import id.kim.core.media.KimMedium;
import id.kim.core.media.Platform;
import id.kim.core.monitoring.FacebookMetrics;
import id.kim.core.monitoring.InstagramMetrics;
import id.kim.core.monitoring.SocialContent;
import id.kim.core.monitoring.SocialMetrics;
import id.kim.core.monitoring.TikTokMetrics;
import id.kim.core.monitoring.TwitterMetrics;
import id.kim.core.monitoring.YouTubeMetrics;
import java.util.ArrayList;
import java.util.List;

/** Single defects of the social-media table (Tabel 5.3, SOCIAL-HEAD-0, SOCIAL-COL-1..5, SOCIAL-IG/FB/TW/YT/TT). */
final class SocialDefects {
  private SocialDefects() {}

  static List<Defect<InstagramMetrics>> instagramMetrics() {
    Sampler<InstagramMetrics> host = SocialSamplers.instagramMetrics();
    return List.of(
        negative("InstagramMetrics", "SOCIAL-IG", "likes", host, (m, n) ->
            InstagramMetrics.of(n, m.shares(), m.comments(), m.views())),
        negative("InstagramMetrics", "SOCIAL-IG", "shares", host, (m, n) ->
            InstagramMetrics.of(m.likes(), n, m.comments(), m.views())),
        negative("InstagramMetrics", "SOCIAL-IG", "comments", host, (m, n) ->
            InstagramMetrics.of(m.likes(), m.shares(), n, m.views())),
        negative("InstagramMetrics", "SOCIAL-IG", "views", host, (m, n) ->
            InstagramMetrics.of(m.likes(), m.shares(), m.comments(), n)));
  }

  static List<Defect<FacebookMetrics>> facebookMetrics() {
    Sampler<FacebookMetrics> host = SocialSamplers.facebookMetrics();
    return List.of(
        negative("FacebookMetrics", "SOCIAL-FB", "likes", host, (m, n) ->
            FacebookMetrics.of(n, m.shares(), m.comments())),
        negative("FacebookMetrics", "SOCIAL-FB", "shares", host, (m, n) ->
            FacebookMetrics.of(m.likes(), n, m.comments())),
        negative("FacebookMetrics", "SOCIAL-FB", "comments", host, (m, n) ->
            FacebookMetrics.of(m.likes(), m.shares(), n)));
  }

  static List<Defect<TwitterMetrics>> twitterMetrics() {
    Sampler<TwitterMetrics> host = SocialSamplers.twitterMetrics();
    return List.of(
        negative("TwitterMetrics", "SOCIAL-TW", "likes", host, (m, n) ->
            TwitterMetrics.of(n, m.retweets(), m.comments(), m.shares())),
        negative("TwitterMetrics", "SOCIAL-TW", "retweets", host, (m, n) ->
            TwitterMetrics.of(m.likes(), n, m.comments(), m.shares())),
        negative("TwitterMetrics", "SOCIAL-TW", "comments", host, (m, n) ->
            TwitterMetrics.of(m.likes(), m.retweets(), n, m.shares())),
        negative("TwitterMetrics", "SOCIAL-TW", "shares", host, (m, n) ->
            TwitterMetrics.of(m.likes(), m.retweets(), m.comments(), n)));
  }

  static List<Defect<YouTubeMetrics>> youTubeMetrics() {
    Sampler<YouTubeMetrics> host = SocialSamplers.youTubeMetrics();
    return List.of(
        negative("YouTubeMetrics", "SOCIAL-YT", "likes", host, (m, n) -> YouTubeMetrics.of(n, m.comments())),
        negative("YouTubeMetrics", "SOCIAL-YT", "comments", host, (m, n) -> YouTubeMetrics.of(m.likes(), n)));
  }

  static List<Defect<TikTokMetrics>> tikTokMetrics() {
    Sampler<TikTokMetrics> host = SocialSamplers.tikTokMetrics();
    return List.of(
        negative("TikTokMetrics", "SOCIAL-TT", "likes", host, (m, n) -> TikTokMetrics.of(n, m.comments(), m.shares())),
        negative("TikTokMetrics", "SOCIAL-TT", "comments", host, (m, n) -> TikTokMetrics.of(m.likes(), n, m.shares())),
        negative("TikTokMetrics", "SOCIAL-TT", "shares", host, (m, n) -> TikTokMetrics.of(m.likes(), m.comments(), n)));
  }

  static List<Defect<SocialContent>> socialContent() {
    Sampler<SocialContent> host = SocialSamplers.socialContent();
    List<Defect<SocialContent>> out = new ArrayList<>(Defect.allWithin(MonitoringDefects.kimRef(), "SocialContent",
        "kim",
        rule("SOCIAL-HEAD-0"), host, SocialContent::withKim));
    out.addAll(citing(BadText.textDefects("SocialContent", "title", 300, host, SocialContent::withTitle),
        "SOCIAL-COL-1"));
    out.addAll(Defect.allWithin(MediaDefects.medium(), "SocialContent", "account", rule("SOCIAL-COL-3"), host,
        (c, m) -> c.withAccount(KimMedium.builder().from(m).platform(c.account().platform()).build())));
    out.addAll(metrics(instagramMetrics(), Platform.INSTAGRAM));
    out.addAll(metrics(facebookMetrics(), Platform.FACEBOOK));
    out.addAll(metrics(twitterMetrics(), Platform.TWITTER));
    out.addAll(metrics(youTubeMetrics(), Platform.YOUTUBE));
    out.addAll(metrics(tikTokMetrics(), Platform.TIKTOK));
    out.add(defect("SocialContent", "accountOnMetricsPlatform",
        "the account is on another platform than the indicators",
        "kim.social.platformMismatch", d -> {
          SocialContent c = host.sample(d);
          List<Platform> others = new ArrayList<>(List.of(Platform.values()));
          others.remove(c.platform());
          return c.withAccount(MediaSamplers.mediumOn(c.kim().name(), d.pick(others)).sample(d));
        }));
    out.add(defect("SocialContent", "link", "not an http(s) address", "kim.url.invalid",
        d -> host.sample(d).withLink(d.pick(MediaDefects.BAD_URLS))));
    return List.copyOf(out);
  }

  /** @return the metrics' defects inside a post on an account of their platform, citing SOCIAL-COL-4 */
  private static <M extends SocialMetrics> List<Defect<SocialContent>> metrics(List<Defect<M>> defects,
      Platform platform) {
    Sampler<SocialContent> host = d -> {
      SocialContent c = SocialSamplers.socialContent().sample(d);
      return c.withAccount(MediaSamplers.mediumOn(c.kim().name(), platform).sample(d));
    };
    return Defect.allWithin(defects, "SocialContent", "metrics", rule("SOCIAL-COL-4"), host,
        SocialContent::withMetrics);
  }

  private static <M> Defect<M> negative(String type, String row, String attribute, Sampler<M> host, Counted<M> put) {
    return Defect.<M>builder().from(defect(type, attribute, "a negative count (" + row + ")", "kim.count.negative",
        d -> put.with(host.sample(d), -d.between(1, 1_000_000)))).ruleId(rule("SOCIAL-COL-4")).build();
  }

  /** Rebuilds a metrics value with one count replaced. */
  @FunctionalInterface
  private interface Counted<M> {
    M with(M metrics, long count);
  }
}
