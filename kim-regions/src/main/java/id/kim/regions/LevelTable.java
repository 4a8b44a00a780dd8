package id.kim.regions;

import id.kim.core.region.RegionCode;
import id.kim.core.region.RegionLevel;
import java.util.Arrays;

/**
 * The regions of one level as three parallel arrays in code order: the code as a number, the
 * official name, and the index of the parent in the level above. A lookup by code is a binary search
 * over a {@code long[]}; the regions within a parent are one contiguous range, because a code begins
 * with its parent's. Never changed after loading.
 *
 * <p>{@link RegionCode} values are made on first use of a row and kept. The cache is written without
 * locks: a thread may make a code another thread made too, which is harmless, and a {@code RegionCode}
 * seen through a race is complete because all its fields are final (JLS 17.5), as {@code String} caches
 * its hash.
 */
final class LevelTable {
  private final RegionLevel level;
  private final long[] codes;
  private final String[] names;
  private final int[] parents;
  private final RegionCode[] regionCodes;

  LevelTable(RegionLevel level, long[] codes, String[] names, int[] parents) {
    this.level = level;
    this.codes = codes;
    this.names = names;
    this.parents = parents;
    this.regionCodes = new RegionCode[codes.length];
  }

  RegionLevel level() {
    return level;
  }

  int size() {
    return codes.length;
  }

  /** @return the row of a code of this level, or a negative number if the register lacks it */
  int indexOf(long code) {
    return Arrays.binarySearch(codes, code);
  }

  long code(int row) {
    return codes[row];
  }

  String name(int row) {
    return names[row];
  }

  /** @return the parent's row in the level above; -1 for a province */
  int parent(int row) {
    return parents[row];
  }

  RegionCode regionCode(int row) {
    RegionCode made = regionCodes[row];
    if (made == null) {
      made = RegionCode.parse(Long.toString(codes[row]));
      regionCodes[row] = made;
    }
    return made;
  }

  Region region(int row) {
    return Region.of(regionCode(row), names[row]);
  }

  /**
   * @param ancestor a code of a level above, as a number
   * @param ancestorDigits its number of digits
   * @return the first row within it
   */
  int firstWithin(long ancestor, int ancestorDigits) {
    return insertionPoint(ancestor * Codes.POWERS[level.digits() - ancestorDigits]);
  }

  /**
   * @param ancestor a code of a level above, as a number
   * @param ancestorDigits its number of digits
   * @return the row after the last within it
   */
  int endWithin(long ancestor, int ancestorDigits) {
    return insertionPoint((ancestor + 1) * Codes.POWERS[level.digits() - ancestorDigits]);
  }

  private int insertionPoint(long code) {
    int found = Arrays.binarySearch(codes, code);
    return found >= 0 ? found : -found - 1;
  }
}
