package id.kim.regions;

import id.kim.core.region.RegionCode;

/** Region codes as numbers ({@code 51.01.03.2006} → {@code 5101032006}), the key of {@link LevelTable}. */
final class Codes {
  /** Powers of ten up to 10^10. */
  static final long[] POWERS = powers();

  private Codes() {}

  /** @return the digits of a code as a number; codes never begin with 0 (provinces are 11 to 96) */
  static long number(RegionCode code) {
    String digits = code.digits();
    long n = 0;
    for (int i = 0; i < digits.length(); i++) {
      n = n * 10 + (digits.charAt(i) - '0');
    }
    return n;
  }

  /**
   * Reads a code as the register's CSV writes it, dotted ({@code 51.01.03.2006}), straight from the
   * bytes of the file: loading reads 91,599 codes and makes no string of them.
   *
   * @param bytes the file
   * @param from where the field starts
   * @param to where it ends (exclusive)
   * @param digits the number of digits the level's codes have
   * @return the code as a number, or -1 if the bytes are not a dotted code of that level beginning with 1 to 9
   */
  static long parseDotted(byte[] bytes, int from, int to, int digits) {
    if (to - from != dottedLength(digits) || bytes[from] == '0') {
      return -1;
    }
    long n = 0;
    for (int i = 0; i < to - from; i++) {
      int c = bytes[from + i];
      boolean dotPlace = i == 2 || i == 5 || i == 8;
      if (dotPlace ? c != '.' : c < '0' || c > '9') {
        return -1;
      }
      if (!dotPlace) {
        n = n * 10 + (c - '0');
      }
    }
    return n;
  }

  private static int dottedLength(int digits) {
    return switch (digits) {
      case 2 -> 2;
      case 4 -> 5;
      case 6 -> 8;
      default -> 13;
    };
  }

  private static long[] powers() {
    long[] p = new long[11];
    p[0] = 1;
    for (int i = 1; i < p.length; i++) {
      p[i] = p[i - 1] * 10;
    }
    return p;
  }
}
