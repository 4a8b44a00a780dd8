package id.kim.regions;

import id.kim.core.region.RegencyCityKind;
import id.kim.core.region.RegionCode;
import id.kim.core.region.RegionDirectory;
import id.kim.core.region.RegionLevel;
import id.kim.core.region.RegionNames;
import id.kim.core.validation.MissingValueException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The Kemendagri region register (kode dan data wilayah administrasi pemerintahan) as the SDK ships it:
 * 38 provinsi, 514 kabupaten/kota, 7,285 kecamatan and 83,762 kelurahan/desa of idn-area-data 4.0.1
 * (ODbL 1.0, see {@code META-INF/NOTICE}). It is the {@link RegionDirectory} that checks a KIM's seat
 * (PROFILE-f..h, MAP-ENTRY-2; REGION-CODE-2..4): whether a code exists, its official name, the regions
 * within a region, and which regions a name as a Dinas writes it names, never guessing between two.
 *
 * <pre>{@code
 * RegionRegister register = RegionRegister.bundled();
 * register.officialName(RegionCode.parse("51.01.03.2006"));          // Optional[Gumbrih]
 * register.isVillageInRegency(RegionCode.parse("5101032006"), RegionCode.parse("51.01")); // true
 * register.resolve("Tangerang", RegionLevel.REGENCY_CITY, Optional.of(RegionCode.parse("36")));
 *     // Ambiguous: 36.03 Kabupaten Tangerang; 36.71 Kota Tangerang
 * }</pre>
 *
 * <p>{@link #bundled()} reads the data once, on first use, in any thread (holder idiom); the register is
 * immutable afterwards and safe to share. A lookup by code is a binary search over a {@code long[]}; a
 * lookup by name is a hash lookup of the normalized name ({@link RegionNames#normalized}) in an index
 * of the level built on the first lookup by name at that level, so that an application that only
 * checks codes never pays for it. An unknown code is an empty answer, never an exception.
 */
public final class RegionRegister implements RegionDirectory {
  private final LevelTable[] tables;
  private final LazyNameIndex[] names;
  private final RegencyCityKind[] regencyKinds;

  private RegionRegister(LevelTable[] tables) {
    this.tables = tables;
    this.names = new LazyNameIndex[tables.length];
    for (LevelTable table : tables) {
      names[table.level().ordinal()] = new LazyNameIndex(table);
    }
    LevelTable regencies = tables[RegionLevel.REGENCY_CITY.ordinal()];
    this.regencyKinds = new RegencyCityKind[regencies.size()];
    for (int row = 0; row < regencies.size(); row++) {
      regencyKinds[row] = RegionNames.kindPrefix(regencies.name(row)).orElse(null);
    }
  }

  /** Loads the bundled register when first asked for, once (JLS 12.4.2 makes this thread-safe). */
  private static final class Bundled {
    static final RegionRegister REGISTER = new RegionRegister(RegisterLoader.bundled());
  }

  /**
   * @return the register of the data bundled in this jar, read on the first call
   * @throws CorruptRegisterException if the bundled data is damaged (never for the published jar:
   *     its tests load it)
   */
  public static RegionRegister bundled() {
    return Bundled.REGISTER;
  }

  /** @return a register of data opened by name; for tests of the loader's checks */
  static RegionRegister load(Function<String, InputStream> opener) {
    return new RegionRegister(RegisterLoader.load(opener));
  }

  @Override
  public Optional<String> officialName(RegionCode code) {
    LevelTable table = table(MissingValueException.requireNonNull(code, "code").level());
    int row = table.indexOf(Codes.number(code));
    return row < 0 ? Optional.empty() : Optional.of(table.name(row));
  }

  @Override
  public boolean contains(RegionCode code) {
    return table(MissingValueException.requireNonNull(code, "code").level()).indexOf(Codes.number(code)) >= 0;
  }

  /**
   * @param code a code of any level
   * @return the region with its official name, empty if the register has no such code
   */
  public Optional<Region> find(RegionCode code) {
    return officialName(code).map(name -> Region.of(code, name));
  }

  /**
   * @param level a level
   * @return how many regions of that level the register holds (38, 514, 7,285 or 83,762 for 4.0.1)
   */
  public int count(RegionLevel level) {
    return table(MissingValueException.requireNonNull(level, "level")).size();
  }

  @Override
  public List<RegionCode> codesWithin(Optional<RegionCode> within, RegionLevel level) {
    LevelTable table = table(MissingValueException.requireNonNull(level, "level"));
    int[] range = range(MissingValueException.requireNonNull(within, "within"), table);
    List<RegionCode> codes = new ArrayList<>(range[1] - range[0]);
    for (int row = range[0]; row < range[1]; row++) {
      codes.add(table.regionCode(row));
    }
    return List.copyOf(codes);
  }

  /**
   * As {@link RegionDirectory#codesNamed}, from an index of the normalized names of each level.
   *
   * @param name a name as written, e.g. {@code "Kec. Pekutatan"} or {@code "Kota Tangerang"}
   * @param level the level it names
   * @param within where to look, or empty for the whole country
   * @return every matching code, in code order; empty if none
   */
  @Override
  public List<RegionCode> codesNamed(String name, RegionLevel level, Optional<RegionCode> within) {
    LevelTable table = table(MissingValueException.requireNonNull(level, "level"));
    int[] rows = names[level.ordinal()].get().rows(RegionNames.normalized(MissingValueException.requireNonNull(name,
        "name"), level));
    int[] range = range(MissingValueException.requireNonNull(within, "within"), table);
    RegencyCityKind kind = level == RegionLevel.REGENCY_CITY ? RegionNames.kindPrefix(name).orElse(null) : null;
    List<RegionCode> codes = new ArrayList<>(rows.length);
    for (int row : rows) {
      if (row >= range[0] && row < range[1] && (kind == null || kind == regencyKinds[row])) {
        codes.add(table.regionCode(row));
      }
    }
    return List.copyOf(codes);
  }

  /**
   * Finds the one region of a level that a name as a Dinas writes it names within a region, tolerant
   * of case, spacing and the kind prefixes ({@code Kab.}, {@code Kota}, {@code Kec.}, {@code Desa}…),
   * and refusing to choose between two (REGION-CODE-4). At the regency/city level a kind in the name
   * ({@code "Kota Tangerang"}) must be the official one ({@link #codesNamed}); at the village level, where
   * a kecamatan has a kelurahan and a desa of one name (14 such pairs in the register), a name written
   * {@code "Kelurahan …"} or {@code "Desa …"} picks the one whose code is of that kind
   * ({@link RegionCode#villageKind()}: 1xxx kelurahan, 2xxx desa).
   *
   * @param name a name as written, not null
   * @param level the level it names, not null
   * @param within the region to look in (a code of the register, of a level above), or empty for the
   *     whole country
   * @return {@link Resolution.Found}, {@link Resolution.NotFound} or {@link Resolution.Ambiguous} with
   *     every candidate
   * @throws IllegalArgumentException if {@code within} is not in the register or not above {@code level}
   */
  public Resolution resolve(String name, RegionLevel level, Optional<RegionCode> within) {
    List<RegionCode> codes = codesNamed(name, level, within);
    Optional<Region> where = within.map(code -> whereToLook(code, level));
    if (codes.isEmpty()) {
      return new Resolution.NotFound(name, level, where);
    }
    if (codes.size() > 1 && level == RegionLevel.VILLAGE) {
      codes = VillageKinds.narrowed(codes, name);
    }
    List<Region> regions = codes.stream().map(code -> Region.of(code, officialName(code).orElseThrow())).toList();
    return regions.size() == 1
        ? new Resolution.Found(name, level, where, regions.get(0))
        : new Resolution.Ambiguous(name, level, where, regions);
  }

  /**
   * @param code a region's code
   * @return the regions of the level below lying in it, in code order; empty for a village or an
   *     unknown code
   */
  public List<Region> children(RegionCode code) {
    RegionLevel level = MissingValueException.requireNonNull(code, "code").level();
    if (level == RegionLevel.VILLAGE || !contains(code)) {
      return List.of();
    }
    return regions(table(RegionLevel.values()[level.ordinal() + 1]), Optional.of(code));
  }

  /** @return the 38 provinces, in code order */
  public List<Region> provinces() {
    return regions(table(RegionLevel.PROVINCE), Optional.empty());
  }

  /**
   * @param village a kelurahan/desa code
   * @param regency a kabupaten/kota code
   * @return true if the register holds the village and it lies in that regency/city
   * @throws IllegalArgumentException if a code is not of the level its parameter names
   */
  public boolean isVillageInRegency(RegionCode village, RegionCode regency) {
    requireLevel(village, "village", RegionLevel.VILLAGE);
    requireLevel(regency, "regency", RegionLevel.REGENCY_CITY);
    return village.isWithin(regency) && contains(village);
  }

  @Override
  public String toString() {
    return "RegionRegister of idn-area-data 4.0.1: " + count(RegionLevel.PROVINCE) + " provinces, "
        + count(RegionLevel.REGENCY_CITY) + " regencies/cities, " + count(RegionLevel.DISTRICT) + " districts, "
        + count(RegionLevel.VILLAGE) + " villages";
  }

  private List<Region> regions(LevelTable table, Optional<RegionCode> within) {
    int[] range = range(within, table);
    List<Region> regions = new ArrayList<>(range[1] - range[0]);
    for (int row = range[0]; row < range[1]; row++) {
      regions.add(table.region(row));
    }
    return List.copyOf(regions);
  }

  /** @return the rows [from, to) of {@code table} lying within {@code within} (all rows when empty) */
  private static int[] range(Optional<RegionCode> within, LevelTable table) {
    if (within.isEmpty()) {
      return new int[] {0, table.size()};
    }
    RegionCode code = within.get();
    int digits = code.level().digits();
    if (digits > table.level().digits()) {
      return new int[] {0, 0};
    }
    long number = Codes.number(code);
    return new int[] {table.firstWithin(number, digits), table.endWithin(number, digits)};
  }

  private Region whereToLook(RegionCode code, RegionLevel level) {
    if (code.level().digits() >= level.digits()) {
      throw new IllegalArgumentException("within: " + code + " is a " + code.level().label() + " code; a "
          + level.label() + " is looked for within a region above it (REGION-CODE-3)");
    }
    return find(code).orElseThrow(() -> new IllegalArgumentException("within: the region register has no code "
        + code + " (REGION-CODE-2)"));
  }

  private static void requireLevel(RegionCode code, String parameter, RegionLevel level) {
    if (MissingValueException.requireNonNull(code, parameter).level() != level) {
      throw new IllegalArgumentException(parameter + ": " + code + " is a " + code.level().label()
          + " code, not a " + level.label() + " code (REGION-CODE-1)");
    }
  }

  private LevelTable table(RegionLevel level) {
    return tables[level.ordinal()];
  }
}
