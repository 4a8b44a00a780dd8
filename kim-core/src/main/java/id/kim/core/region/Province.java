package id.kim.core.region;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.immutables.value.Value;

/** A province (provinsi), the first-level region; its Dinas Kominfo Provinsi guides the regencies and cities (ARCH-3). */
@Value.Immutable
public abstract class Province {

  /** @return the province's name, e.g. {@code "Jawa Timur"} */
  @Value.Parameter
  @NotBlank(message = "{kim.text.blank}")
  @Size(max = 80, message = "{kim.text.tooLong}")
  public abstract String name();

  /**
   * @param name the province's name
   * @return the province
   */
  public static Province of(String name) {
    return ImmutableProvince.of(name);
  }

  @Override
  public String toString() {
    return "Provinsi " + name();
  }
}
