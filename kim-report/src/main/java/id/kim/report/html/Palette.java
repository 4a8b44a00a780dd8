package id.kim.report.html;

import id.kim.rules.mapping.grid.GridCategory;

/**
 * The colours of the categories of Tabel 3.3 in the report: a light cell, a strong point, a dark label — each
 * readable on white.
 */
final class Palette {
  private Palette() {}

  static String cell(GridCategory c) {
    return switch (c) {
      case G1_PARTNER -> "#e8f5e9";
      case G2_PERSUADE -> "#e3f2fd";
      case G3_BUILD_CAPACITY -> "#fff3e0";
      case G4_RECORD_AND_MONITOR -> "#f5f5f5";
      default -> "#f3e5f5";
    };
  }

  static String point(GridCategory c) {
    return switch (c) {
      case G1_PARTNER -> "#2e7d32";
      case G2_PERSUADE -> "#1565c0";
      case G3_BUILD_CAPACITY -> "#e65100";
      case G4_RECORD_AND_MONITOR -> "#616161";
      default -> "#6a1b9a";
    };
  }

  static String ink(GridCategory c) {
    return switch (c) {
      case G1_PARTNER -> "#1b5e20";
      case G2_PERSUADE -> "#0d47a1";
      case G3_BUILD_CAPACITY -> "#bf360c";
      case G4_RECORD_AND_MONITOR -> "#424242";
      default -> "#4a148c";
    };
  }

  /** The colours of the series of a bar chart, in order. */
  static final String[] SERIES = {"#1565c0", "#f9a825", "#2e7d32", "#c62828"};
}
