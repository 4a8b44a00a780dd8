package id.kim.bench;

import id.kim.core.community.KimRef;
import id.kim.core.media.ContentType;
import id.kim.core.media.KimMedium;
import id.kim.core.media.Platform;
import id.kim.core.metric.ReachMetric;
import id.kim.core.metric.ReachObservation;
import id.kim.core.monitoring.AudienceTally;
import id.kim.core.monitoring.FacebookMetrics;
import id.kim.core.monitoring.InstagramMetrics;
import id.kim.core.monitoring.MonitoringRecord;
import id.kim.core.monitoring.SocialContent;
import id.kim.core.monitoring.SocialMetrics;
import id.kim.core.monitoring.TallyKind;
import id.kim.core.monitoring.TikTokMetrics;
import id.kim.core.monitoring.TwitterMetrics;
import id.kim.core.monitoring.YouTubeMetrics;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * Monitoring data (juknis V, Tabel 5.2/5.3) for the metrics benchmarks: a KIM's posts on five social
 * platforms spread evenly over one calendar year, weekly follower counts of each account (with a
 * baseline the day before the year starts) and monthly visitor and discussion tallies. kim-testkit
 * has no monitoring generators yet, so these are drawn here from a seeded random generator.
 */
final class Monitoring {
  private static final Platform[] PLATFORMS =
      {Platform.INSTAGRAM, Platform.FACEBOOK, Platform.TWITTER, Platform.YOUTUBE, Platform.TIKTOK};
  private static final ContentType[] FORMATS = {ContentType.PHOTO, ContentType.VIDEO, ContentType.INFOGRAPHIC};

  private Monitoring() {}

  /**
   * @param kim the KIM
   * @param year the calendar year
   * @param posts how many posts in the year
   * @param random the source of counts
   * @return the KIM's monitoring record
   */
  static MonitoringRecord yearOf(KimRef kim, int year, int posts, RandomGenerator random) {
    KimMedium[] accounts = new KimMedium[PLATFORMS.length];
    for (int i = 0; i < accounts.length; i++) {
      accounts[i] =
          KimMedium.of(PLATFORMS[i], "@" + kim.name().replace(' ', '_').toLowerCase(Locale.ROOT));
    }
    LocalDate first = LocalDate.of(year, 1, 1);
    int days = first.lengthOfYear();
    List<SocialContent> content = new ArrayList<>(posts);
    for (int p = 0; p < posts; p++) {
      int platform = p % PLATFORMS.length;
      content.add(SocialContent.builder().kim(kim).title("Konten " + (p + 1) + " " + kim.name())
          .format(FORMATS[p % FORMATS.length]).account(accounts[platform])
          .metrics(metrics(PLATFORMS[platform], random)).publishedOn(first.plusDays((long) p * days / posts))
          .build());
    }
    List<ReachObservation> reach = new ArrayList<>();
    for (KimMedium account : accounts) {
      long followers = random.nextLong(50, 5_000);
      for (LocalDate day = first.minusDays(1); day.getYear() <= year; day = day.plusWeeks(1)) {
        reach.add(ReachObservation.of(account, ReachMetric.FOLLOWERS, followers, day));
        followers += random.nextLong(0, 40);
      }
    }
    List<AudienceTally> tallies = new ArrayList<>();
    for (int month = 1; month <= 12; month++) {
      LocalDate end = LocalDate.of(year, month, 1).plusMonths(1).minusDays(1);
      tallies.add(AudienceTally.of(TallyKind.VISITORS, random.nextLong(100, 2_000), end));
      tallies.add(AudienceTally.of(TallyKind.DISCUSSION_PARTICIPANTS, random.nextLong(5, 60), end));
    }
    return MonitoringRecord.builder().kim(kim).socialContent(content).reach(reach).tallies(tallies).build();
  }

  private static SocialMetrics metrics(Platform platform, RandomGenerator r) {
    long likes = r.nextLong(0, 500);
    long comments = r.nextLong(0, 60);
    long shares = r.nextLong(0, 40);
    return switch (platform) {
      case INSTAGRAM -> InstagramMetrics.of(likes, shares, comments, r.nextLong(100, 5_000));
      case FACEBOOK -> FacebookMetrics.of(likes, shares, comments);
      case TWITTER -> TwitterMetrics.of(likes, r.nextLong(0, 30), comments, shares);
      case YOUTUBE -> YouTubeMetrics.of(likes, comments);
      default -> TikTokMetrics.of(likes, comments, shares);
    };
  }
}
