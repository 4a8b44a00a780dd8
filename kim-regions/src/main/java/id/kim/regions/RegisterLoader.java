package id.kim.regions;

import id.kim.core.region.RegionLevel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Reads the four CSV files of idn-area-data ({@code provinces.csv} {@code code,name};
 * {@code regencies.csv} {@code code,province_code,name}; {@code districts.csv}
 * {@code code,regency_code,name}; {@code villages.csv} {@code code,district_code,name}) into
 * {@link LevelTable}s with {@link TrustedCsv}. The data is published and checksummed (PROVENANCE), yet
 * every row is checked as it is read: the header, the fields, a dotted code of the level, codes in
 * ascending order without repeats, a parent code that begins the code and exists in the level above,
 * a name. Anything else is a {@link CorruptRegisterException} naming file and line. Equal names share
 * one string.
 */
final class RegisterLoader {
  /** Where the bundled files lie on the class path. */
  static final String RESOURCE_DIR = "/id/kim/regions/data/";
  private static final List<String> FILES = List.of("provinces.csv", "regencies.csv", "districts.csv", "villages.csv");
  private static final List<String> HEADERS = List.of("code,name", "code,province_code,name",
      "code,regency_code,name", "code,district_code,name");

  private final Map<String, String> names = new HashMap<>(1 << 16);

  private RegisterLoader() {}

  /** @return the tables of the bundled data, provinces first */
  static LevelTable[] bundled() {
    return load(file -> RegisterLoader.class.getResourceAsStream(RESOURCE_DIR + file));
  }

  /**
   * @param opener opens a data file by name ({@code "villages.csv"}); null if there is none
   * @return the four tables, provinces first
   * @throws CorruptRegisterException if a file is missing or wrong
   */
  static LevelTable[] load(Function<String, InputStream> opener) {
    RegisterLoader loader = new RegisterLoader();
    LevelTable[] tables = new LevelTable[RegionLevel.values().length];
    for (RegionLevel level : RegionLevel.values()) {
      String file = FILES.get(level.ordinal());
      try (InputStream in = opener.apply(file)) {
        if (in == null) {
          throw new CorruptRegisterException(file, 0, "the file is missing");
        }
        LevelTable parents = level.ordinal() == 0 ? null : tables[level.ordinal() - 1];
        tables[level.ordinal()] = loader.read(level, parents, file, new TrustedCsv(in.readAllBytes()));
      } catch (IOException e) {
        throw new UncheckedIOException("kim-regions: cannot read region data " + file, e);
      }
    }
    return tables;
  }

  private LevelTable read(RegionLevel level, @Nullable LevelTable parents, String file, TrustedCsv csv) {
    String header = HEADERS.get(level.ordinal());
    csv.nextLine();
    if (!csv.hasLine() || !csv.restOfLine().equals(header)) {
      throw new CorruptRegisterException(file, 1, "the header is not '" + header + "'");
    }
    long[] codes = new long[1024];
    String[] rowNames = new String[1024];
    int[] parentRows = new int[1024];
    int count = 0;
    while (csv.hasLine()) {
      csv.nextLine();
      long line = csv.line();
      long code = csv.code(level.digits(), false);
      if (code < 0) {
        throw new CorruptRegisterException(file, line, "the first field is not a dotted " + level.label()
            + " code followed by a comma");
      }
      if (count > 0 && code <= codes[count - 1]) {
        throw new CorruptRegisterException(file, line, "code " + code + " is repeated or out of order");
      }
      if (count == codes.length) {
        codes = Arrays.copyOf(codes, count * 2);
        rowNames = Arrays.copyOf(rowNames, count * 2);
        parentRows = Arrays.copyOf(parentRows, count * 2);
      }
      parentRows[count] = parents == null ? -1 : parentRow(parents, csv, code, level, file, line);
      String name = csv.lastField();
      if (name == null || name.isBlank()) {
        throw new CorruptRegisterException(file, line, "the name of " + code
            + " is missing or malformed (a quote not closed, a field too many)");
      }
      rowNames[count] = names.computeIfAbsent(name.strip(), n -> n);
      codes[count++] = code;
    }
    if (count == 0) {
      throw new CorruptRegisterException(file, 0, "the file holds no " + level.label());
    }
    return new LevelTable(level, Arrays.copyOf(codes, count), Arrays.copyOf(rowNames, count),
        Arrays.copyOf(parentRows, count));
  }

  private static int parentRow(LevelTable parents, TrustedCsv csv, long code, RegionLevel level, String file,
      long line) {
    int parentDigits = parents.level().digits();
    long parent = csv.code(parentDigits, false);
    if (parent < 0 || parent != code / Codes.POWERS[level.digits() - parentDigits]) {
      throw new CorruptRegisterException(file, line, "the second field is not the " + parents.level().label()
          + " code that begins code " + code);
    }
    int found = parents.indexOf(parent);
    if (found < 0) {
      throw new CorruptRegisterException(file, line, "parent " + parent + " of " + code + " is not in the register");
    }
    return found;
  }
}
