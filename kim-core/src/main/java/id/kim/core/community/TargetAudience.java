package id.kim.core.community;

import id.kim.core.validation.constraints.NotBlankWhenPresent;
import id.kim.core.region.Village;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The target audience of a KIM (Khalayak sasaran, PROFILE-k): "baik dari segi cakupan wilayah maupun
 * status sosial dan ekonomi" — its geographic coverage and its socio-economic profile. The villages
 * covered are also the KIM's reach for QUAL-4 ("jangkauan sekurang-kurangnya satu
 * desa/kelurahan/kampung").
 */
@Value.Immutable
public abstract class TargetAudience {

  /** @return the villages the KIM reaches */
  public abstract Set<@Valid Village> villages();

  /** @return the coverage in words, e.g. {@code "warga Kelurahan Banjar Tengah dan sekitarnya"} */
  public abstract Optional<@NotBlankWhenPresent @Size(max = 300, message = "{kim.text.tooLong}") String> coverage();

  /** @return social and economic status of the audience, e.g. {@code "petani dan nelayan"} */
  public abstract Optional<@NotBlankWhenPresent @Size(
      max = 300, message = "{kim.text.tooLong}") String> socioEconomicStatus();

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TargetAudience}. */
  public static final class Builder extends ImmutableTargetAudience.Builder {}
}
