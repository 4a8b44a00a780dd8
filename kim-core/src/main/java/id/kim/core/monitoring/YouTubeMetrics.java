package id.kim.core.monitoring;

import id.kim.core.media.Platform;
import id.kim.core.validation.JuknisField;
import id.kim.core.validation.PlausibleCounts;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;
import org.immutables.value.Value;

/**
 * Indicators of one YouTube video, SOCIAL-YT of Tabel 5.3: "Youtube / Like Comment" (no views, no shares: GAP-42).
 */
@Value.Immutable
public abstract sealed class YouTubeMetrics extends SocialMetrics permits ImmutableYouTubeMetrics {

  /** @return the number of likes (LIKE) */
  @Value.Parameter
  @PositiveOrZero(message = "{kim.count.negative}")
  @JuknisField("SOCIAL-COL-4")
  @Max(value = PlausibleCounts.POST_INDICATOR, message = "{kim.count.tooLarge}")
  public abstract long likes();

  /** @return the number of comments (COMMENT) */
  @Value.Parameter
  @PositiveOrZero(message = "{kim.count.negative}")
  @JuknisField("SOCIAL-COL-4")
  @Max(value = PlausibleCounts.POST_INDICATOR, message = "{kim.count.tooLarge}")
  public abstract long comments();

  /**
   * @param likes the number of likes
   * @param comments the number of comments
   * @return the counts, given in the juknis' order of indicators
   */
  public static YouTubeMetrics of(long likes, long comments) {
    return ImmutableYouTubeMetrics.of(likes, comments);
  }

  @Override
  public Platform platform() {
    return Platform.YOUTUBE;
  }

  @Override
  public String ruleId() {
    return "SOCIAL-YT";
  }

  @Override
  long countOf(SocialIndicator indicator) {
    return switch (indicator) {
      case LIKE -> likes();
      case COMMENT -> comments();
      default -> throw notAnIndicator(platform(), indicator);
    };
  }
}
