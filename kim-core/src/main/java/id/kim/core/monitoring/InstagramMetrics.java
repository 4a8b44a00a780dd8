package id.kim.core.monitoring;

import id.kim.core.media.Platform;
import id.kim.core.validation.JuknisField;
import id.kim.core.validation.PlausibleCounts;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;
import org.immutables.value.Value;

/**
 * Indicators of one Instagram post, SOCIAL-IG of Tabel 5.3: "Instagram / Like Share Comment View".
 */
@Value.Immutable
public abstract sealed class InstagramMetrics extends SocialMetrics permits ImmutableInstagramMetrics {

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

  /** @return the number of views (VIEW) */
  @Value.Parameter
  @PositiveOrZero(message = "{kim.count.negative}")
  @JuknisField("SOCIAL-COL-4")
  @Max(value = PlausibleCounts.POST_INDICATOR, message = "{kim.count.tooLarge}")
  public abstract long views();

  /**
   * @param likes the number of likes
   * @param shares the number of shares
   * @param comments the number of comments
   * @param views the number of views
   * @return the counts, given in the juknis' order of indicators
   */
  public static InstagramMetrics of(long likes, long shares, long comments, long views) {
    return ImmutableInstagramMetrics.of(likes, shares, comments, views);
  }

  @Override
  public Platform platform() {
    return Platform.INSTAGRAM;
  }

  @Override
  public String ruleId() {
    return "SOCIAL-IG";
  }

  @Override
  long countOf(SocialIndicator indicator) {
    return switch (indicator) {
      case LIKE -> likes();
      case SHARE -> shares();
      case COMMENT -> comments();
      case VIEW -> views();
      default -> throw notAnIndicator(platform(), indicator);
    };
  }
}
