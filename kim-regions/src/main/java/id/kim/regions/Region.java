package id.kim.regions;

import id.kim.core.region.RegionCode;
import id.kim.core.region.RegionLevel;
import id.kim.core.validation.MissingValueException;
import java.util.Optional;

/**
 * One region of the Kemendagri register: its code and its official name as the register writes it
 * ({@code 51.01 Kabupaten Jembrana}, {@code 51.01.03 Pekutatan}, {@code 51.01.03.2006 Gumbrih}).
 * Immutable and thread-safe; two regions are equal when code and name are.
 */
public final class Region implements Comparable<Region> {
  private final RegionCode code;
  private final String name;

  private Region(RegionCode code, String name) {
    this.code = code;
    this.name = name;
  }

  /**
   * @param code the region's code, not null
   * @param name its official name, not null
   * @return the region
   * @throws MissingValueException if an argument is null
   */
  public static Region of(RegionCode code, String name) {
    return new Region(MissingValueException.requireNonNull(code, "code"),
        MissingValueException.requireNonNull(name, "name"));
  }

  /** @return the code, e.g. {@code 51.01.03.2006} */
  public RegionCode code() {
    return code;
  }

  /** @return the official name, e.g. {@code "Kabupaten Jembrana"} or {@code "Gumbrih"} */
  public String name() {
    return name;
  }

  /** @return the level of the region: provinsi, kabupaten/kota, kecamatan or kelurahan/desa */
  public RegionLevel level() {
    return code.level();
  }

  /** @return the code of the region it lies in, empty for a province */
  public Optional<RegionCode> parentCode() {
    return code.parent();
  }

  /** Regions are ordered by code, as the register lists them. */
  @Override
  public int compareTo(Region other) {
    int byCode = code.compareTo(other.code);
    return byCode != 0 ? byCode : name.compareTo(other.name);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Region region && code.equals(region.code) && name.equals(region.name);
  }

  @Override
  public int hashCode() {
    return 31 * code.hashCode() + name.hashCode();
  }

  /** @return code and name, e.g. {@code "36.71 Kota Tangerang"} */
  @Override
  public String toString() {
    return code + " " + name;
  }
}
