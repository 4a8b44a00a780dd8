package id.kim.regions;

import id.kim.core.region.RegionLevel;
import id.kim.core.region.RegionNames;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The regions of each level by normalized name ({@link RegionNames#normalized}): for a name, the rows
 * that bear it, in code order. A lookup by name within a parent is one hash lookup and a filter of
 * the few rows found by code range, instead of normalizing every name of the parent.
 *
 * <p>Official names are normalized without a regular expression when they are plain (ASCII letters
 * and digits, single spaces, no prefix word of the level), which is nearly every name of the
 * register; the rest go through {@link RegionNames#normalized}. NameIndexTest checks, over the whole
 * register, that both give the same key.
 */
final class NameIndex {
  private static final Set<String> PROVINCE_WORDS = Set.of("provinsi", "prov");
  private static final Set<String> REGENCY_CITY_WORDS = Set.of("kabupaten", "kab", "kota");
  private static final Set<String> DISTRICT_WORDS = Set.of("kecamatan", "kec");
  private static final Set<String> VILLAGE_WORDS = Set.of("kelurahan", "kel", "desa", "ds");
  private static final int[] NONE = new int[0];

  private final Map<String, int[]> rowsByName;

  NameIndex(LevelTable table) {
    Map<String, int[]> rows = new HashMap<>(table.size() * 2);
    for (int row = 0; row < table.size(); row++) {
      rows.merge(normalizedOfficial(table.name(row), table.level()), new int[] {row}, NameIndex::append);
    }
    this.rowsByName = rows;
  }

  /**
   * @param normalized a name normalized for this index' level
   * @return the rows of that name, ascending; empty if none
   */
  int[] rows(String normalized) {
    return rowsByName.getOrDefault(normalized, NONE);
  }

  /** @return how many distinct normalized names the level has */
  int names() {
    return rowsByName.size();
  }

  /**
   * @param name an official name of the register
   * @param level its level
   * @return {@link RegionNames#normalized(String, RegionLevel)} of it, computed by hand when the name is plain
   */
  static String normalizedOfficial(String name, RegionLevel level) {
    int length = name.length();
    if (length == 0 || name.charAt(0) == ' ' || name.charAt(length - 1) == ' ') {
      return RegionNames.normalized(name, level);
    }
    int firstSpace = -1;
    for (int i = 0; i < length; i++) {
      char c = name.charAt(i);
      if (c == ' ') {
        if (name.charAt(i - 1) == ' ') {
          return RegionNames.normalized(name, level);
        }
        firstSpace = firstSpace < 0 ? i : firstSpace;
      } else if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
        return RegionNames.normalized(name, level);
      }
    }
    String lower = name.toLowerCase(Locale.ROOT);
    String firstWord = firstSpace < 0 ? lower : lower.substring(0, firstSpace);
    return prefixWords(level).contains(firstWord) ? RegionNames.normalized(name, level) : lower;
  }

  /** @return the words a name of {@code level} may start with to say its kind */
  private static Set<String> prefixWords(RegionLevel level) {
    return switch (level) {
      case PROVINCE -> PROVINCE_WORDS;
      case REGENCY_CITY -> REGENCY_CITY_WORDS;
      case DISTRICT -> DISTRICT_WORDS;
      case VILLAGE -> VILLAGE_WORDS;
    };
  }

  private static int[] append(int[] rows, int[] more) {
    int[] joined = Arrays.copyOf(rows, rows.length + more.length);
    System.arraycopy(more, 0, joined, rows.length, more.length);
    return joined;
  }
}
