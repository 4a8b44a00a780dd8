package id.kim.csv;

import static id.kim.csv.Tabel31Column.DISTRICT;
import static id.kim.csv.Tabel31Column.DISTRICT_CODE;
import static id.kim.csv.Tabel31Column.REGENCY_CITY;
import static id.kim.csv.Tabel31Column.REGENCY_CITY_CODE;
import static id.kim.csv.Tabel31Column.VILLAGE;
import static id.kim.csv.Tabel31Column.VILLAGE_CODE;

import id.kim.core.agency.Dinas;
import id.kim.core.region.RegencyCity;
import id.kim.core.region.RegionCode;
import id.kim.core.region.RegionDirectory;
import id.kim.core.region.RegionLevel;
import id.kim.core.region.RegionNames;
import id.kim.core.region.VillageKind;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The optional code columns of Tabel 3.1 (Kode Kelurahan/Desa, Kode Kecamatan, Kode Kabupaten/Kota): the
 * Kemendagri codes of fields f, g, h. Every code is read dotted or plain and must be of its column's level
 * (REGION-CODE-1) and lie within the row's other codes and the Dinas' own region (REGION-CODE-3); a missing
 * parent code is taken from a child's ({@code 51.01.03} from {@code 51.01.03.2006}). Given a
 * {@link RegionDirectory} ({@link Tabel31Options#regionDirectory()}), each code must exist (REGION-CODE-2),
 * the name beside it must be its official name (REGION-CODE-4), a blank name is filled from the code, and a
 * blank code from a name that names exactly one region within its parent (for a village, of the kind the
 * name begins with: "Kelurahan Terusan" is not "Desa Terusan"); a name the register does not
 * know there is REGION-CODE-2, a name that names two is REGION-CODE-4 and lists them: the SDK never guesses.
 */
final class RegionCodeCells {
  private static final String FORM = "REGION-CODE-1";
  private static final String EXISTS = "REGION-CODE-2";
  private static final String NESTS = "REGION-CODE-3";
  private static final String NAMED = "REGION-CODE-4";
  private static final Pattern KIND = Pattern.compile("\\s*(kelurahan|kel|desa|ds)\\b", Pattern.CASE_INSENSITIVE);
  private static final String[] EXAMPLES = {"51", "51.01", "51.01.03", "51.01.03.2006"};

  private final Dinas dinas;
  private final Optional<RegionDirectory> directory;

  RegionCodeCells(Tabel31Options options) {
    this.dinas = options.dinas();
    this.directory = options.regionDirectory();
  }

  /** The codes of a row's kelurahan/desa, kecamatan and kabupaten/kota, as far as the row gives them. */
  record Codes(Optional<RegionCode> village, Optional<RegionCode> district, Optional<RegionCode> regencyCity) {
    static final Codes NONE = new Codes(Optional.empty(), Optional.empty(), Optional.empty());
  }

  /**
   * Reads the code columns, checks them and completes names and codes; problems are left in {@code cells}.
   *
   * @return the row's codes, none when a code cell has a problem
   */
  Codes resolve(RowCells cells) {
    int before = cells.problems().size();
    Optional<RegionCode> regencyGiven = parse(cells, REGENCY_CITY_CODE, RegionLevel.REGENCY_CITY);
    Optional<RegionCode> districtGiven = parse(cells, DISTRICT_CODE, RegionLevel.DISTRICT);
    Optional<RegionCode> village = parse(cells, VILLAGE_CODE, RegionLevel.VILLAGE);
    noneBesideCode(cells, VILLAGE, VILLAGE_CODE, village);
    noneBesideCode(cells, DISTRICT, DISTRICT_CODE, districtGiven);
    if (cells.problems().size() > before) {
      return Codes.NONE;
    }
    nests(cells, VILLAGE_CODE, village, districtGiven.isPresent() ? districtGiven : regencyGiven);
    nests(cells, DISTRICT_CODE, districtGiven, regencyGiven);
    Optional<RegionCode> district = districtGiven.isPresent() ? districtGiven : village.flatMap(RegionCode::parent);
    Tabel31Column source = cells.text(REGENCY_CITY_CODE).isPresent() ? REGENCY_CITY_CODE
        : cells.text(DISTRICT_CODE).isPresent() ? DISTRICT_CODE : VILLAGE_CODE;
    Optional<RegionCode> area = regencyGiven.isPresent() ? regencyGiven
        : districtGiven.isPresent() ? districtGiven : village;
    nests(cells, source, area, dinas.regencyCity().flatMap(RegencyCity::code));
    nests(cells, source, area, dinas.province().code());
    if (cells.problems().size() > before) {
      return Codes.NONE;
    }
    Optional<RegionCode> regency = regencyGiven.isPresent() ? regencyGiven
        : district.isPresent() ? district.map(d -> d.truncatedTo(RegionLevel.REGENCY_CITY))
        : cells.text(REGENCY_CITY).isEmpty() ? dinas.regencyCity().flatMap(RegencyCity::code) : Optional.empty();
    if (directory.isPresent()) {
      RegionDirectory register = directory.get();
      if (cells.text(REGENCY_CITY).isPresent() || cells.text(REGENCY_CITY_CODE).isPresent()) {
        regency = check(register, cells, REGENCY_CITY, REGENCY_CITY_CODE, RegionLevel.REGENCY_CITY, regency,
            dinas.province().code());
      }
      district = check(register, cells, DISTRICT, DISTRICT_CODE, RegionLevel.DISTRICT, district, regency);
      village = check(register, cells, VILLAGE, VILLAGE_CODE, RegionLevel.VILLAGE, village, district);
      if (regency.isEmpty() && district.isPresent()) {
        regency = Optional.of(district.get().truncatedTo(RegionLevel.REGENCY_CITY));
      }
    }
    for (Tabel31Column column : List.of(VILLAGE_CODE, DISTRICT_CODE, REGENCY_CITY_CODE)) {
      Tabel31Column name = nameColumn(column);
      boolean ownRegency = column == REGENCY_CITY_CODE && dinas.regencyCity().isPresent();
      if (cells.text(column).isPresent() && cells.text(name).isEmpty() && !ownRegency) {
        cells.problem(name, "csv.regionCode.nameNeeded", cells.header(column));
      }
    }
    return cells.problems().size() > before ? Codes.NONE : new Codes(village, district, regency);
  }

  private static Optional<RegionCode> parse(RowCells cells, Tabel31Column column, RegionLevel level) {
    Optional<String> text = cells.text(column);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Optional<RegionCode> code = RegionCode.tryParse(text.get());
    String digits = String.valueOf(level.digits());
    if (code.isEmpty()) {
      cells.ruleProblem(column, FORM, "csv.regionCode.malformed", level.label(), digits, EXAMPLES[level.ordinal()]);
    } else if (code.get().level() != level) {
      cells.ruleProblem(column, FORM, "csv.regionCode.level", level.label(), digits, EXAMPLES[level.ordinal()],
          code.get().level().label());
      return Optional.empty();
    }
    return code;
  }

  /** A code beside "Tidak ada" (no seat at that level) contradicts it. */
  private static void noneBesideCode(RowCells cells, Tabel31Column name, Tabel31Column column,
      Optional<RegionCode> code) {
    if (code.isPresent() && cells.text(name).map(RegionCells::isNone).orElse(false)) {
      cells.ruleProblem(column, NAMED, "csv.regionCode.none", cells.header(name));
    }
  }

  /** REGION-CODE-3: a code lies within its parent's. */
  private static void nests(RowCells cells, Tabel31Column column, Optional<RegionCode> code,
      Optional<RegionCode> parent) {
    if (code.isPresent() && parent.isPresent() && !code.get().isWithin(parent.get())) {
      cells.ruleProblem(column, NESTS, "csv.regionCode.outside", code.get().toString(), parent.get().level().label(),
          parent.get().toString());
    }
  }

  private static Tabel31Column lowestCodeColumn(RowCells cells) {
    return cells.text(DISTRICT_CODE).isPresent() ? DISTRICT_CODE
        : cells.text(VILLAGE_CODE).isPresent() ? VILLAGE_CODE : REGENCY_CITY_CODE;
  }

  /**
   * Checks one level against the register and completes it: the code exists, the name is its official
   * name; a blank name is filled from the code, a blank code from a name unambiguous within the parent.
   *
   * @return the level's code, as given or as found by name
   */
  private static Optional<RegionCode> check(RegionDirectory register, RowCells cells, Tabel31Column nameColumn,
      Tabel31Column codeColumn, RegionLevel level, Optional<RegionCode> code, Optional<RegionCode> parent) {
    Optional<String> name = cells.text(nameColumn).filter(n -> !RegionCells.isNone(n));
    Tabel31Column codeCell = cells.text(codeColumn).isPresent() ? codeColumn : lowestCodeColumn(cells);
    if (code.isPresent()) {
      Optional<String> official = register.officialName(code.get());
      if (official.isEmpty()) {
        cells.ruleProblem(codeCell, EXISTS, "csv.regionCode.unknown", code.get().toString());
      } else if (name.isPresent() && !named(register, code.get(), name.get())) {
        cells.ruleProblem(nameColumn, NAMED, "csv.regionCode.nameMismatch", code.get().toString(), official.get());
      } else if (name.isEmpty() && cells.text(nameColumn).isEmpty()) {
        cells.fill(nameColumn, writtenName(code.get(), official.get()));
      }
      return code;
    }
    if (name.isEmpty() || parent.isEmpty()) {
      return Optional.empty();
    }
    List<RegionCode> found = register.codesNamed(name.get(), level, parent);
    if (found.size() > 1 && level == RegionLevel.VILLAGE) {
      Optional<VillageKind> kind = writtenKind(name.get());
      List<RegionCode> ofKind = found.stream().filter(c -> kind.isPresent() && c.villageKind().equals(kind)).toList();
      found = ofKind.size() == 1 ? ofKind : found;
    }
    if (found.size() == 1) {
      return Optional.of(found.get(0));
    }
    String where = parent.get().level().label() + " " + parent.get() + register.officialName(parent.get())
        .map(n -> " (" + n + ")").orElse("");
    if (found.isEmpty()) {
      cells.ruleProblem(nameColumn, EXISTS, "csv.regionCode.notFound", level.label(), where);
    } else {
      cells.ruleProblem(nameColumn, NAMED, "csv.regionCode.ambiguous", where, found.stream()
          .map(c -> c + " " + register.officialName(c).orElse("")).collect(Collectors.joining(", ")),
          cells.header(codeColumn));
    }
    return Optional.empty();
  }

  /** @return the kind a village name begins with ("Kelurahan Terusan", "Desa Terusan"), which its code also tells */
  private static Optional<VillageKind> writtenKind(String name) {
    Matcher m = KIND.matcher(name);
    if (!m.lookingAt()) {
      return Optional.empty();
    }
    return Optional.of(m.group(1).toLowerCase(Locale.ROOT).startsWith("k") ? VillageKind.KELURAHAN : VillageKind.DESA);
  }

  /** The name is the code's official name, and a kabupaten/kota's kind, when written, is the official one. */
  private static boolean named(RegionDirectory register, RegionCode code, String name) {
    if (!register.isNamed(code, name)) {
      return false;
    }
    return code.level() != RegionLevel.REGENCY_CITY || RegionNames.kindPrefix(name).isEmpty()
        || RegionNames.kindPrefix(name).equals(register.officialName(code).flatMap(RegionNames::kindPrefix));
  }

  /**
   * @return the name to fill a blank cell with: a village with the kind its code gives ("Desa Gumbrih"),
   *     a kabupaten/kota with its kind ("Kabupaten Jembrana", "Kota Jakarta Pusat"), a kecamatan as named
   */
  private static String writtenName(RegionCode code, String official) {
    return switch (code.level()) {
      case VILLAGE -> code.villageKind().map(k -> k.label() + " " + official).orElse(official);
      case REGENCY_CITY -> official.replaceFirst("^Kota Administrasi ", "Kota ");
      default -> official;
    };
  }

  private static Tabel31Column nameColumn(Tabel31Column codeColumn) {
    return switch (codeColumn) {
      case VILLAGE_CODE -> VILLAGE;
      case DISTRICT_CODE -> DISTRICT;
      default -> REGENCY_CITY;
    };
  }
}
