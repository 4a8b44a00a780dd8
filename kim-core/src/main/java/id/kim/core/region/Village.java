package id.kim.core.region;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A kelurahan, desa, kampung "atau yang disebut dengan nama lain" — the lowest administrative unit,
 * where a KIM must be seated to enter the mapping (MAP-ENTRY-2; PROFILE-f) and the minimum reach of
 * a partner (QUAL-4).
 */
@Value.Immutable
@NestedCodes
public abstract class Village implements WithVillage {

  /** @return the village's name, e.g. {@code "Baler Bale Agung"} */
  @NotBlank(message = "{kim.text.blank}")
  @Size(max = 80, message = "{kim.text.tooLong}")
  public abstract String name();

  /** @return kelurahan, desa, kampung or another local name */
  public abstract VillageKind kind();

  /**
   * @return the local name of the unit when {@link #kind()} is {@link VillageKind#OTHER_LOCAL_NAME}, e.g.
   * {@code "Nagari"}
   */
  public abstract Optional<String> localKindName();

  /** @return the district (kecamatan) it lies in */
  @Valid
  public abstract District district();

  /**
   * @param name village name
   * @param kind kind of unit
   * @param district its district
   * @return the village
   */
  public static Village of(String name, VillageKind kind, District district) {
    return builder().name(name).kind(kind).district(district).build();
  }

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the regency/city, when recorded (PROFILE-h) */
  public Optional<RegencyCity> regencyCity() {
    return district().regencyCity();
  }

  /**
   * Fills in Tabel 3.1 field h from the Dinas' own scope.
   *
   * @param regencyCity the regency or city
   * @return this village with its district's regency/city set
   */
  public Village withRegencyCity(RegencyCity regencyCity) {
    return withDistrict(district().withRegencyCity(regencyCity));
  }

  /** @return true if a local name is given exactly when the kind is "another local name" */
  @AssertTrue(message = "{kim.village.localKindName}")
  public boolean isLocalKindNameConsistent() {
    return (kind() == VillageKind.OTHER_LOCAL_NAME) == localKindName().filter(s -> !s.isBlank()).isPresent();
  }

  /**
   * The Kemendagri code of this kelurahan/desa (kode wilayah, 10 digits, e.g. {@code 51.01.03.2006}), when the
   * Dinas recorded it.
   *
   * <p>Not part of equality: the same kelurahan/desa recorded with and without its code is one region.
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
      @CodeOfLevel(value = RegionLevel.VILLAGE, message = "{kim.region.code.notVillage}")
      RegionCode> code();

  /**
   * @param code the Kemendagri code of this kelurahan/desa
   * @return this kelurahan/desa with its code
   */
  @Override
  public Village withCode(RegionCode code) {
    return ImmutableVillage.copyOf(this).withCode(code);
  }

  @Override
  public String toString() {
    return text();
  }

  /** @return the text of {@link #toString}, built once per value (it is evidence of many rules) */
  @Value.Lazy
  String text() {
    return localKindName().orElse(kind().label()) + " " + name() + ", " + district();
  }

  /** Builds a {@link Village}. */
  public static final class Builder extends ImmutableVillage.Builder {}
}
