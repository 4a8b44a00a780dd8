package id.kim.report;

import id.kim.rules.mapping.grid.GridCategory;

/** The colours of the categories of Tabel 3.3 in the report: a light cell, a strong point, a dark label — each readable on white. */
final class Palette {
  private Palette() {}

  static String cell(GridCategory c) {
    switch (c) {
      case G1_PARTNER:
        return "#e8f5e9";
      case G2_PERSUADE:
        return "#e3f2fd";
      case G3_BUILD_CAPACITY:
        return "#fff3e0";
      case G4_RECORD_AND_MONITOR:
        return "#f5f5f5";
      default:
        return "#f3e5f5";
    }
  }

  static String point(GridCategory c) {
    switch (c) {
      case G1_PARTNER:
        return "#2e7d32";
      case G2_PERSUADE:
        return "#1565c0";
      case G3_BUILD_CAPACITY:
        return "#e65100";
      case G4_RECORD_AND_MONITOR:
        return "#616161";
      default:
        return "#6a1b9a";
    }
  }

  static String ink(GridCategory c) {
    switch (c) {
      case G1_PARTNER:
        return "#1b5e20";
      case G2_PERSUADE:
        return "#0d47a1";
      case G3_BUILD_CAPACITY:
        return "#bf360c";
      case G4_RECORD_AND_MONITOR:
        return "#424242";
      default:
        return "#4a148c";
    }
  }
}
