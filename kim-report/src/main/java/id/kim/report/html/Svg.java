package id.kim.report.html;

import java.util.Locale;

/** Coordinates of the drawings as SVG writes them: {@code 12} or {@code 12.5}, never a locale's comma. */
final class Svg {
  private Svg() {}

  /** @return a number for a coordinate, e.g. {@code 12.5} */
  static String n(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
  }

  /**
   * A text of a drawing, already placed.
   *
   * @param x where, across
   * @param y where, down (the baseline)
   * @param text what it says (escaped by the template)
   * @param anchor start, middle or end
   * @param size the font size in px
   * @param bold true for bold
   * @param fill the colour
   * @param transform a rotation, or "" for none
   */
  record Text(String x, String y, String text, String anchor, String size, boolean bold, String fill,
      String transform) {
    static Text at(double x, double y, String text, String anchor, double size, boolean bold, String fill) {
      return new Text(n(x), n(y), text, anchor, n(size), bold, fill, "");
    }

    static Text rotated(double x, double y, String text, String anchor, double size, boolean bold, double degrees) {
      return new Text(n(x), n(y), text, anchor, n(size), bold, "#212121",
          "rotate(" + n(degrees) + " " + n(x) + " " + n(y) + ")");
    }

    /** @return the weight for the template's font-weight attribute */
    public String weight() {
      return bold ? "bold" : "normal";
    }
  }
}
