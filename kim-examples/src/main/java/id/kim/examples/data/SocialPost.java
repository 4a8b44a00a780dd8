package id.kim.examples.data;

import id.kim.core.media.ContentType;
import id.kim.core.media.Platform;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One row of Tabel 5.3 "Media Sosial yang dikelola KIM" (SOCIAL-COL-1..5) with the indicators the
 * juknis lists per platform (SOCIAL-IG/FB/TW/YT/TT). Provisional shape until the evaluation family
 * defines its own.
 */
@Value.Immutable
public abstract class SocialPost {

  /** @return the KIM's name (SOCIAL-HEAD-0) */
  public abstract String kim();

  /** @return SOCIAL-COL-1, the content title */
  public abstract String title();

  /** @return SOCIAL-COL-2, the format */
  public abstract ContentType format();

  /** @return SOCIAL-COL-3, the platform */
  public abstract Platform platform();

  /** @return SOCIAL-COL-3, the account */
  public abstract String account();

  /** @return SOCIAL-COL-5, the day published */
  public abstract LocalDate publishedOn();

  /** @return likes */
  public abstract Optional<Long> like();

  /** @return shares */
  public abstract Optional<Long> share();

  /** @return comments */
  public abstract Optional<Long> comment();

  /** @return views */
  public abstract Optional<Long> view();

  /** @return retweets */
  public abstract Optional<Long> retweet();

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SocialPost}. */
  public static final class Builder extends ImmutableSocialPost.Builder {}
}
