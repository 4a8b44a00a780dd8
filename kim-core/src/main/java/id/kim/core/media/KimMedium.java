package id.kim.core.media;

import id.kim.core.validation.constraints.NotBlankWhenPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One medium owned or managed by a KIM (Jenis Media, PROFILE-l): "media komunikasi yang dimiliki
 * atau dikelola oleh KIM sebagai sarana diseminasi informasi" — e.g. its Instagram account, its
 * WhatsApp group, its monthly meeting with residents.
 */
@Value.Immutable
public abstract class KimMedium implements WithKimMedium {

  /** @return the platform */
  public abstract Platform platform();

  /** @return the account handle or the medium's own name, e.g. {@code "@kim.gumbrih"} */
  public abstract Optional<@NotBlankWhenPresent @Size(max = 120, message = "{kim.text.tooLong}") String> name();

  /** @return the address of the medium, an http(s) URL */
  public abstract Optional<@Pattern(regexp = "https?://[^\\s]+", message = "{kim.url.invalid}") @Size(
      max = 500, message = "{kim.text.tooLong}") String> url();

  /**
   * @param platform the platform
   * @param name handle or name
   * @return the medium
   */
  public static KimMedium of(Platform platform, String name) {
    return builder().platform(platform).name(name).build();
  }

  /**
   * @param platform the platform
   * @return the medium, unnamed
   */
  public static KimMedium of(Platform platform) {
    return builder().platform(platform).build();
  }

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the Tabel 4.6 channel (MEDIA-1..7) */
  public MediaChannel channel() {
    return platform().channel();
  }

  /** @return the PROFILE-o media kind */
  public MediaKind kind() {
    return platform().channel().kind();
  }

  /** Builds a {@link KimMedium}. */
  public static final class Builder extends ImmutableKimMedium.Builder {}
}
