package id.kim.core.region;

import id.kim.core.privacy.Mask;
import id.kim.core.privacy.PersonalData;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The secretariat address of a KIM (alamat, PROFILE-e): "dilengkapi nama jalan, RT/RW, dan nomor".
 * It is often a board member's home, so the street and house number are personal data and are
 * masked in {@code toString}. The village, district and regency/city are the KIM's seat and live
 * in {@link id.kim.core.community.KimProfile#seat()}.
 */
@Value.Immutable
public abstract class Address implements PersonalData, WithAddress {

  /** @return the street (nama jalan), e.g. {@code "Jl. Melati"} */
  @NotBlank(message = "{kim.text.blank}")
  @Size(max = 160, message = "{kim.text.tooLong}")
  public abstract String street();

  /** @return RT/RW, when the address has them */
  public abstract Optional<@Valid RtRw> rtRw();

  /** @return house or building number (nomor), e.g. {@code "12A"} */
  public abstract Optional<@Size(max = 20, message = "{kim.text.tooLong}") String> number();

  /** @return own secretariat or a board member's residence */
  @Value.Default
  public SecretariatKind secretariat() {
    return SecretariatKind.OWN_SECRETARIAT;
  }

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String masked() {
    return Mask.street(street()) + rtRw().map(r -> ", " + r).orElse("") + number().map(n -> ", No. ***").orElse("");
  }

  @Override
  public String toString() {
    return "Address[" + masked() + "]";
  }

  /** Builds an {@link Address}. */
  public static final class Builder extends ImmutableAddress.Builder {}
}
