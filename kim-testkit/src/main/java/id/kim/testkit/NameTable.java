package id.kim.testkit;

import java.util.ArrayList;
import java.util.List;

/** The personal names of {@code names.txt}, read once. */
final class NameTable {
  static final List<String> GIVEN;
  static final List<String> SECOND;
  static final List<String> FAMILY;
  static final List<String> BALINESE_PREFIX;

  static {
    List<String> given = new ArrayList<>();
    List<String> second = new ArrayList<>();
    List<String> family = new ArrayList<>();
    List<String> balinese = new ArrayList<>();
    for (String line : RegionTable.lines("names.txt")) {
      String[] f = line.split("\\|");
      switch (f[0]) {
        case "G" -> given.add(f[1]);
        case "S" -> second.add(f[1]);
        case "F" -> family.add(f[1]);
        case "B" -> balinese.add(f[1]);
        default -> throw new IllegalStateException("names.txt: unknown line '" + line + "'");
      }
    }
    GIVEN = List.copyOf(given);
    SECOND = List.copyOf(second);
    FAMILY = List.copyOf(family);
    BALINESE_PREFIX = List.copyOf(balinese);
  }

  private NameTable() {}
}
