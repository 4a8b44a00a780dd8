package id.kim.testkit;

import id.kim.core.media.KimMedium;
import id.kim.core.media.Platform;
import id.kim.core.metric.ReachMetric;
import id.kim.core.metric.ReachObservation;
import id.kim.core.metric.ResponseMetric;
import id.kim.core.metric.ResponseObservation;
import java.util.Locale;
import java.util.Optional;

/**
 * The media a KIM manages (PROFILE-l; Tabel 4.6 MEDIA-1..7) with handles and http(s) addresses, and
 * dated strength (PROFILE-s) and influence (PROFILE-t) figures.
 */
public final class MediaSamplers {
  private MediaSamplers() {}

  /** @return a medium of any platform, named after a KIM, with a URL where the platform has one */
  public static Sampler<KimMedium> medium() {
    return d -> mediumOf("KIM " + d.pick(Vocabulary.KIM_WORDS)).sample(d);
  }

  /** @return a strength figure of some medium, with the metric that fits its platform */
  public static Sampler<ReachObservation> reachObservation() {
    return d -> reachOf(medium().sample(d)).sample(d);
  }

  /** @return an influence figure of some medium */
  public static Sampler<ResponseObservation> responseObservation() {
    return d -> responseOf(medium().sample(d)).sample(d);
  }

  /**
   * @param kimName the KIM's name, e.g. "KIM Gumbrih"
   * @return one of its media: {@code @kim.gumbrih} on Instagram, a WhatsApp group, its radio …
   */
  static Sampler<KimMedium> mediumOf(String kimName) {
    return d -> mediumOn(kimName, d.pick(Platform.class)).sample(d);
  }

  /**
   * @param kimName the KIM's name
   * @param platform the platform
   * @return the KIM's medium on that platform, e.g. its Instagram account {@code @kim.gumbrih}
   */
  static Sampler<KimMedium> mediumOn(String kimName, Platform platform) {
    String slug = Vocabulary.slug(kimName);
    return d -> {
      String handle = "@" + (slug.startsWith("kim") ? "kim." + slug.substring(3) : slug);
      String name =
          switch (platform) {
            case INSTAGRAM, TWITTER, TIKTOK, YOUTUBE -> handle;
            case FACEBOOK, LINE, WEBSITE, BLOG, KIM_ID -> kimName;
            case WHATSAPP_GROUP -> "WAG " + kimName;
            case TELEGRAM -> "Kanal " + kimName;
            case COMMUNITY_RADIO ->
                "Radio Komunitas Suara "
                    + (kimName.startsWith("KIM ") ? kimName.substring(4) : kimName);
            case TELEVISION -> "Liputan TV lokal " + kimName;
            case PRINT -> "Buletin " + kimName;
            case OUTDOOR -> "Majalah dinding sekretariat " + kimName;
            case FACE_TO_FACE -> "Temu warga bulanan " + kimName;
          };
      Optional<String> url =
          switch (platform) {
            case INSTAGRAM -> Optional.of("https://www.instagram.com/" + handle.substring(1));
            case FACEBOOK -> Optional.of("https://www.facebook.com/" + slug);
            case TWITTER -> Optional.of("https://x.com/" + slug);
            case YOUTUBE -> Optional.of("https://www.youtube.com/" + handle);
            case TIKTOK -> Optional.of("https://www.tiktok.com/" + handle);
            case WHATSAPP_GROUP ->
                Optional.of(
                    "https://chat.whatsapp.com/" + slug.toUpperCase(Locale.ROOT) + d.digits(4));
            case TELEGRAM -> Optional.of("https://t.me/" + slug);
            case WEBSITE -> Optional.of("https://" + slug + ".or.id");
            case BLOG -> Optional.of("http://" + slug + ".blogspot.com");
            case KIM_ID -> Optional.of("https://" + slug + ".kim.id");
            default -> Optional.empty();
          };
      return KimMedium.builder()
          .platform(platform)
          .name(Sampler.optional(Sampler.constant(name), 85).sample(d))
          .url(url.isPresent() && d.chance(80) ? url : Optional.empty())
          .build();
    };
  }

  static Sampler<ReachObservation> reachOf(KimMedium medium) {
    ReachMetric metric = metricOf(medium.platform());
    return d -> ReachObservation.of(medium, metric, count().sample(d), TimeSamplers.date().sample(d));
  }

  /**
   * @param platform a platform
   * @return how its strength is counted: followers, subscribers, group members, visitors …
   */
  static ReachMetric metricOf(Platform platform) {
    return switch (platform) {
      case INSTAGRAM, FACEBOOK, TWITTER, TIKTOK, LINE -> ReachMetric.FOLLOWERS;
      case YOUTUBE, TELEGRAM -> ReachMetric.SUBSCRIBERS;
      case WHATSAPP_GROUP -> ReachMetric.GROUP_MEMBERS;
      case WEBSITE, BLOG, KIM_ID -> ReachMetric.VISITORS;
      case FACE_TO_FACE -> ReachMetric.MEETING_PARTICIPANTS;
      default -> ReachMetric.OTHER;
    };
  }

  static Sampler<ResponseObservation> responseOf(KimMedium medium) {
    return d ->
        ResponseObservation.of(medium, d.pick(ResponseMetric.class), count().sample(d), TimeSamplers.date().sample(d));
  }

  /** @return a count from 0 to about a million, small counts as likely as large magnitudes */
  static Sampler<Long> count() {
    return d -> d.between(0, PowersOfTen.of(d.intBetween(1, 6)));
  }
}
