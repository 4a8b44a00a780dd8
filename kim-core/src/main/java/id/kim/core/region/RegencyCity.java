package id.kim.core.region;

import id.kim.core.validation.MissingValueException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A regency or city (kabupaten/kota), the second-level region. Its Dinas Kominfo registers, maps and
 * partners with the KIM seated there (ARCH-4, MAP-RULE-a) and issues their Nomor Induk Komunitas
 * (PARTNER-LEGAL-2). Moving to another kabupaten/kota is a termination trigger (TERM-5).
 */
@Value.Immutable
@NestedCodes
public abstract class RegencyCity {

  /** @return the name without the kind, e.g. {@code "Jembrana"} */
  @Value.Parameter
  @NotBlank(message = "{kim.text.blank}")
  @Size(max = 80, message = "{kim.text.tooLong}")
  public abstract String name();

  /** @return kabupaten or kota */
  @Value.Parameter
  public abstract RegencyCityKind kind();

  /** @return the province it belongs to */
  @Value.Parameter
  @Valid
  public abstract Province province();

  /**
   * @param name name without the kind
   * @param kind kabupaten or kota
   * @param province its province
   * @return the regency or city
   */
  public static RegencyCity of(String name, RegencyCityKind kind, Province province) {
    return ImmutableRegencyCity.of(name, kind, province);
  }

  /** @return e.g. {@code "Kabupaten Jembrana"}; computed once per value (values are immutable) */
  @Value.Lazy
  public String fullName() {
    return kind().label() + " " + name();
  }

  /**
   * The Kemendagri code of this kabupaten/kota (kode wilayah, 4 digits, e.g. {@code 51.01}), when the Dinas
   * recorded it.
   *
   * <p>Not part of equality: the same kabupaten/kota recorded with and without its code is one region.
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
      @CodeOfLevel(value = RegionLevel.REGENCY_CITY, message = "{kim.region.code.notRegencyCity}")
      RegionCode> code();

  /**
   * @param code the Kemendagri code of this kabupaten/kota
   * @return this kabupaten/kota with its code
   */
  public RegencyCity withCode(RegionCode code) {
    return ImmutableRegencyCity.copyOf(this).withCode(code);
  }

  /**
   * Whether two records name the same kabupaten/kota: by their Kemendagri codes when both carry one of
   * this level — {@code "Kab. Jembrana"} and {@code "Jembrana"} coded {@code 51.01} are one regency,
   * two regencies written alike but coded differently are two — else by name, kind and province
   * ({@link #equals}). Used where rules compare a KIM's regency/city with a Dinas' (MAP-ENTRY-2,
   * PARTNER-LEGAL-2, TERM-5).
   *
   * @param other another kabupaten/kota
   * @return true if they are the same kabupaten/kota
   */
  public boolean isSameAs(RegencyCity other) {
    MissingValueException.requireNonNull(other, "other");
    Optional<RegionCode> mine = code().filter(c -> c.level() == RegionLevel.REGENCY_CITY);
    Optional<RegionCode> theirs = other.code().filter(c -> c.level() == RegionLevel.REGENCY_CITY);
    return (mine.isPresent() && theirs.isPresent()) ? mine.equals(theirs) : equals(other);
  }

  @Override
  public String toString() {
    return fullName() + ", " + province();
  }
}
