package id.kim.core.monitoring;

import id.kim.core.community.KimRef;
import id.kim.core.media.ContentType;
import id.kim.core.media.KimMedium;
import id.kim.core.media.Platform;
import id.kim.core.validation.JuknisField;
import id.kim.core.validation.constraints.HttpLink;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One row of the social-media table (Tabel 5.3 "Tabel Media Sosial yang dikelola KIM"): "evaluasi
 * dapat dilakukan dengan mengidentifikasi beberapa hal yang menjadi parameter suatu konten yang
 * ditampilkan di media sosial". Sheet header SOCIAL-HEAD-0 {@link #kim()}; columns SOCIAL-COL-1
 * {@link #title()}, COL-2 {@link #format()}, COL-3 {@link #account()}, COL-4 {@link #metrics()},
 * COL-5 {@link #publishedOn()}. The account's platform must be the platform of the metrics.
 */
@Value.Immutable
public abstract class SocialContent implements WithSocialContent {

  /** @return SOCIAL-HEAD-0 Nama KIM */
  @JuknisField("SOCIAL-HEAD-0")
  @Valid
  public abstract KimRef kim();

  /** @return SOCIAL-COL-1 Judul Konten */
  @JuknisField("SOCIAL-COL-1")
  @NotBlank(message = "{kim.text.blank}")
  @Size(max = 300, message = "{kim.text.tooLong}")
  public abstract String title();

  /** @return SOCIAL-COL-2 Format: photo, video, infographic … (PROFILE-q vocabulary) */
  @JuknisField("SOCIAL-COL-2")
  public abstract ContentType format();

  /** @return SOCIAL-COL-3 Akun: the KIM's account on the platform */
  @JuknisField("SOCIAL-COL-3")
  @Valid
  public abstract KimMedium account();

  /** @return SOCIAL-COL-4 Indikator: the platform's exact indicator counts */
  @JuknisField("SOCIAL-COL-4")
  @Valid
  public abstract SocialMetrics metrics();

  /** @return SOCIAL-COL-5 Tanggal tayang: the day of publication */
  @JuknisField("SOCIAL-COL-5")
  public abstract LocalDate publishedOn();

  /** @return the content's own address, for verification (MONITOR-COL-5) */
  public abstract Optional<@HttpLink String> link();

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the platform of the account and the metrics */
  public Platform platform() {
    return metrics().platform();
  }

  /** @return true if the account is on the platform whose indicators were recorded */
  @AssertTrue(message = "{kim.social.platformMismatch}")
  public boolean isAccountOnMetricsPlatform() {
    return account().platform() == metrics().platform();
  }

  /** Builds a {@link SocialContent}. */
  public static final class Builder extends ImmutableSocialContent.Builder {}
}
