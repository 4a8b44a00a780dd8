package id.kim.core.region;

import id.kim.core.validation.MissingValueException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A district (kecamatan), the third-level region (PROFILE-g, MAP-A-2).
 *
 * <p>Its regency/city is optional on purpose: Tabel 3.1 field h (Kabupaten/Kota) is "diisi hanya oleh
 * Dinas Kominfo Provinsi, untuk Dinas Kabupaten/Kota tidak diperlukan" — a regency/city Dinas leaves
 * it out because it is its own. Rules that need it take it from the Dinas' scope (RULES.md GAP-22);
 * {@link #withRegencyCity(RegencyCity)} fills it in.
 */
@Value.Immutable
@NestedCodes
public abstract class District implements WithDistrict {

  /** @return the district's name, e.g. {@code "Negara"} */
  @Value.Parameter
  @NotBlank(message = "{kim.text.blank}")
  @Size(max = 80, message = "{kim.text.tooLong}")
  public abstract String name();

  /** @return the regency or city, when recorded (PROFILE-h) */
  @Value.Parameter
  public abstract Optional<@Valid RegencyCity> regencyCity();

  /**
   * @param name district name
   * @param regencyCity its regency or city
   * @return the district
   */
  public static District of(String name, RegencyCity regencyCity) {
    return ImmutableDistrict.of(name, Optional.of(MissingValueException.requireNonNull(regencyCity, "regencyCity")));
  }

  /**
   * A district recorded by a regency/city Dinas, without field h.
   *
   * @param name district name
   * @return the district, regency/city not recorded
   */
  public static District of(String name) {
    return ImmutableDistrict.of(name, Optional.empty());
  }

  /**
   * The Kemendagri code of this kecamatan (kode wilayah, 6 digits, e.g. {@code 51.01.03}), when the Dinas recorded it.
   *
   * <p>Not part of equality: the same kecamatan recorded with and without its code is one region.
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
      @CodeOfLevel(value = RegionLevel.DISTRICT, message = "{kim.region.code.notDistrict}")
      RegionCode> code();

  /**
   * @param code the Kemendagri code of this kecamatan
   * @return this kecamatan with its code
   */
  @Override
  public District withCode(RegionCode code) {
    return ImmutableDistrict.copyOf(this).withCode(code);
  }

  @Override
  public String toString() {
    return text();
  }

  /** @return the text of {@link #toString}, built once per value */
  @Value.Lazy
  String text() {
    return "Kecamatan " + name() + regencyCity().map(r -> ", " + r).orElse("");
  }
}
