package id.kim.core.region;

import id.kim.core.validation.MissingValueException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A register of Kemendagri region codes and their official names, as validation needs it: does a
 * code exist, and under which name. kim-core holds no region data; module kim-regions ships the
 * published register ({@code id.kim.regions.RegionRegister}) and a Dinas may supply its own.
 *
 * <p>Implementations are immutable and thread-safe, and answer for every well-formed code (an
 * unknown code is an empty answer, never an exception). {@link #of(Map)} makes one of a Dinas' own
 * table.
 */
public interface RegionDirectory {

  /**
   * @param code a region code of any level
   * @return the official name registered for it, e.g. {@code "Kabupaten Jembrana"} for {@code 51.01}
   *     or {@code "Gumbrih"} for {@code 51.01.03.2006}; empty if the register has no such code
   */
  Optional<String> officialName(RegionCode code);

  /**
   * @param code a region code
   * @return true if the register holds it
   */
  default boolean contains(RegionCode code) {
    return officialName(code).isPresent();
  }

  /**
   * Whether a name as a Dinas writes it names the region of a code: equal once case, spacing and
   * punctuation are ignored and the kind prefixes ({@code Kabupaten}, {@code Kab.}, {@code Kota},
   * {@code Provinsi}, {@code Kecamatan}, {@code Desa}, {@code Kelurahan}…) are left out
   * ({@link RegionNames#normalized(String, RegionLevel)}).
   *
   * @param code a region code
   * @param name a name as written
   * @return true if the code exists and the name is its name; false otherwise
   */
  default boolean isNamed(RegionCode code, String name) {
    return officialName(code).map(official -> RegionNames.sameName(official, name, code.level())).orElse(false);
  }

  /**
   * @param within the region to look in, or empty for the whole country
   * @param level the level wanted, below {@code within}'s own
   * @return the codes of that level lying within it, in code order: the kecamatan of a kabupaten, the
   *     villages of a province, the provinces (level {@code PROVINCE}, {@code within} empty)
   */
  List<RegionCode> codesWithin(Optional<RegionCode> within, RegionLevel level);

  /**
   * The regions of a level, within a region, that a name as a Dinas writes it names
   * ({@link RegionNames#sameName}); at the regency/city level a kind in the name ({@code "Kota …"},
   * {@code "Kab. …"}) must match the official one. Never guesses: two or more codes mean the name is
   * ambiguous there, and the caller reports them all.
   *
   * @param name a name as written, e.g. {@code "Kec. Pekutatan"}
   * @param level the level it names
   * @param within where to look, or empty for the whole country
   * @return every matching code, in code order; empty if none
   */
  default List<RegionCode> codesNamed(String name, RegionLevel level, Optional<RegionCode> within) {
    MissingValueException.requireNonNull(name, "name");
    Optional<RegencyCityKind> kind =
        level == RegionLevel.REGENCY_CITY ? RegionNames.kindPrefix(name) : Optional.empty();
    return codesWithin(within, level).stream()
        .filter(code -> isNamed(code, name))
        .filter(code -> kind.isEmpty() || kind.equals(officialName(code).flatMap(RegionNames::kindPrefix)))
        .toList();
  }

  /**
   * A directory of a Dinas' own table of codes and official names, e.g. the villages of its
   * kabupaten; parents need not be listed.
   *
   * @param officialNames official name per code
   * @return an immutable directory of exactly those codes
   */
  static RegionDirectory of(Map<RegionCode, String> officialNames) {
    return new TableDirectory(officialNames);
  }
}
