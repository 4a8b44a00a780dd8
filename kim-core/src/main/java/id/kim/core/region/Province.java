package id.kim.core.region;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A province (provinsi), the first-level region; its Dinas Kominfo Provinsi guides the regencies and cities (ARCH-3).
 */
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

  /**
   * The Kemendagri code of this provinsi (kode wilayah, 2 digits, e.g. {@code 51}), when the Dinas recorded it.
   *
   * <p>Not part of equality: the same provinsi recorded with and without its code is one region.
   * Every validation checks that the code is of this region's level (REGION-CODE-1) and lies within the
   * code of the region recorded above it (REGION-CODE-3); validation with a {@link RegionDirectory}
   * ({@code RegionCheck}) checks that it exists (REGION-CODE-2) and that the name is its official name
   * (REGION-CODE-4). Rules that can compare codes do so where both sides have one (MAP-ENTRY-2,
   * PARTNER-LEGAL-2, TERM-5).
   *
   * @return the code, if recorded
   */
  @Value.Auxiliary
  public abstract Optional<
      @CodeOfLevel(value = RegionLevel.PROVINCE, message = "{kim.region.code.notProvince}")
      RegionCode> code();

  /**
   * @param code the Kemendagri code of this provinsi
   * @return this provinsi with its code
   */
  public Province withCode(RegionCode code) {
    return ImmutableProvince.copyOf(this).withCode(code);
  }

  @Override
  public String toString() {
    return "Provinsi " + name();
  }
}
