package id.kim.core.monitoring;

import id.kim.core.media.Platform;
import id.kim.core.validation.JuknisField;
import id.kim.core.validation.PlausibleCounts;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;
import org.immutables.value.Value;

/**
 * Indicators of one Twitter (X) post, SOCIAL-TW of Tabel 5.3: "Twitter / Like Retweet Comment Share" (both retweets and
 * shares, RULES.md GAP-42).
 */
@Value.Immutable
public abstract sealed class TwitterMetrics extends SocialMetrics permits ImmutableTwitterMetrics {

  /** @return the number of likes (LIKE) */
  @Value.Parameter
  @PositiveOrZero(message = "{kim.count.negative}")
  @JuknisField("SOCIAL-COL-4")
  @Max(value = PlausibleCounts.POST_INDICATOR, message = "{kim.count.tooLarge}")
  public abstract long likes();

  /** @return the number of retweets (RETWEET) */
  @Value.Parameter
  @PositiveOrZero(message = "{kim.count.negative}")
  @JuknisField("SOCIAL-COL-4")
  @Max(value = PlausibleCounts.POST_INDICATOR, message = "{kim.count.tooLarge}")
  public abstract long retweets();

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
   * @param retweets the number of retweets
   * @param comments the number of comments
   * @param shares the number of shares
   * @return the counts, given in the juknis' order of indicators
   */
  public static TwitterMetrics of(long likes, long retweets, long comments, long shares) {
    return ImmutableTwitterMetrics.of(likes, retweets, comments, shares);
  }

  @Override
  public Platform platform() {
    return Platform.TWITTER;
  }

  @Override
  public String ruleId() {
    return "SOCIAL-TW";
  }

  @Override
  long countOf(SocialIndicator indicator) {
    return switch (indicator) {
      case LIKE -> likes();
      case RETWEET -> retweets();
      case COMMENT -> comments();
      case SHARE -> shares();
      default -> throw notAnIndicator(platform(), indicator);
    };
  }
}
