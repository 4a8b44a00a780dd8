package id.kim.core.monitoring;

import id.kim.core.media.Platform;
import id.kim.core.validation.JuknisField;
import id.kim.core.validation.PlausibleCounts;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;
import org.immutables.value.Value;

/**
 * Indicators of one Facebook post, SOCIAL-FB of Tabel 5.3: "Facebook Like Share Comment" (no views).
 */
@Value.Immutable
public abstract sealed class FacebookMetrics extends SocialMetrics permits ImmutableFacebookMetrics {

  /** @return the number of likes (LIKE) */
  @Value.Parameter
  @PositiveOrZero(message = "{kim.count.negative}")
  @JuknisField("SOCIAL-COL-4")
  @Max(value = PlausibleCounts.POST_INDICATOR, message = "{kim.count.tooLarge}")
  public abstract long likes();

  /** @return the number of shares (SHARE) */
  @Value.Parameter
  @PositiveOrZero(message = "{kim.count.negative}")
  @JuknisField("SOCIAL-COL-4")
  @Max(value = PlausibleCounts.POST_INDICATOR, message = "{kim.count.tooLarge}")
  public abstract long shares();

  /** @return the number of comments (COMMENT) */
  @Value.Parameter
  @PositiveOrZero(message = "{kim.count.negative}")
  @JuknisField("SOCIAL-COL-4")
  @Max(value = PlausibleCounts.POST_INDICATOR, message = "{kim.count.tooLarge}")
  public abstract long comments();

  /**
   * @param likes the number of likes
   * @param shares the number of shares
   * @param comments the number of comments
   * @return the counts, given in the juknis' order of indicators
   */
  public static FacebookMetrics of(long likes, long shares, long comments) {
    return ImmutableFacebookMetrics.of(likes, shares, comments);
  }

  @Override
  public Platform platform() {
    return Platform.FACEBOOK;
  }

  @Override
  public String ruleId() {
    return "SOCIAL-FB";
  }

  @Override
  long countOf(SocialIndicator indicator) {
    return switch (indicator) {
      case LIKE -> likes();
      case SHARE -> shares();
      case COMMENT -> comments();
      default -> throw notAnIndicator(platform(), indicator);
    };
  }
}
