package id.kim.core.monitoring;

import id.kim.core.media.Platform;
import id.kim.core.validation.JuknisField;
import id.kim.core.validation.PlausibleCounts;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;
import org.immutables.value.Value;

/**
 * Indicators of one TikTok video, SOCIAL-TT of Tabel 5.3: "TikTok / Like Comment Share".
 */
@Value.Immutable
public abstract sealed class TikTokMetrics extends SocialMetrics permits ImmutableTikTokMetrics {

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

  /** @return the number of shares (SHARE) */
  @Value.Parameter
  @PositiveOrZero(message = "{kim.count.negative}")
  @JuknisField("SOCIAL-COL-4")
  @Max(value = PlausibleCounts.POST_INDICATOR, message = "{kim.count.tooLarge}")
  public abstract long shares();

  /**
   * @param likes the number of likes
   * @param comments the number of comments
   * @param shares the number of shares
   * @return the counts, given in the juknis' order of indicators
   */
  public static TikTokMetrics of(long likes, long comments, long shares) {
    return ImmutableTikTokMetrics.of(likes, comments, shares);
  }

  @Override
  public Platform platform() {
    return Platform.TIKTOK;
  }

  @Override
  public String ruleId() {
    return "SOCIAL-TT";
  }

  @Override
  long countOf(SocialIndicator indicator) {
    return switch (indicator) {
      case LIKE -> likes();
      case COMMENT -> comments();
      case SHARE -> shares();
      default -> throw notAnIndicator(platform(), indicator);
    };
  }
}
