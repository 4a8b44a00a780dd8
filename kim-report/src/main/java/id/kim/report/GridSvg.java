package id.kim.report;

import static id.kim.report.XmlOut.n;

import id.kim.core.i18n.Lang;
import id.kim.rules.mapping.grid.GridCategory;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws the grid of Tabel 3.3 "Kategori KIM dan Pendekatan yang Perlu Dilakukan" (GRID-1..4): interest
 * across, the power/influence axis up, one cell per category, every KIM in the cell of the category the
 * mapping gave it. A KIM whose levels match a row of the table exactly is a filled circle; one whose
 * power and influence differ — a combination the table does not name — is a ring, placed by the
 * mixed-case policy (GAP-14) or the Dinas' decision; an unclassified KIM (MANUAL policy) sits in a strip
 * below. Circles lie on a lattice inside their cell, so no two overlap however many share it.
 */
final class GridSvg {
  static final double WIDTH = 760;
  static final double LEFT = 120;
  static final double RIGHT = 740;
  static final double TOP = 30;
  private static final double MIN_CELL = 130;
  private static final double MAX_CELL = 260;
  private static final double LINE = 15;
  private static final double MAX_SPACING = 30;
  private static final double MIN_SPACING = 8;

  private GridSvg() {}

  /**
   * @return the height of a row of cells: room for the labels and for the most crowded cell of the row at
   *     the largest spacing, within bounds (a denser lattice takes over beyond them)
   */
  static double rowHeight(List<GridPoint> points, GridCategory left, GridCategory right, Lang lang) {
    double column = (RIGHT - LEFT) / 2;
    int most = Math.max(pointsOf(points, left, 0).size(), pointsOf(points, right, 1).size());
    int perRow = (int) Math.floor((column - 16) / MAX_SPACING);
    double label = LINE * Math.max(lines(left, lang).size(), lines(right, lang).size());
    return Math.min(MAX_CELL, Math.max(MIN_CELL, 18 + label + Math.ceil((double) most / perRow) * MAX_SPACING));
  }

  /** @return the drawing's height: two rows of cells, the strip of unclassified KIM when there are any, the axis */
  static double height(List<GridPoint> points, Lang lang) {
    return TOP + rowHeight(points, GridCategory.G2_PERSUADE, GridCategory.G1_PARTNER, lang)
        + rowHeight(points, GridCategory.G4_RECORD_AND_MONITOR, GridCategory.G3_BUILD_CAPACITY, lang)
        + (hasUnclassified(points) ? rowHeight(points, GridCategory.UNCLASSIFIED, GridCategory.UNCLASSIFIED, lang) : 0) + 60;
  }

  static void write(XmlOut x, List<GridPoint> points, Lang lang) {
    double height = height(points, lang);
    x.start("svg", "xmlns", "http://www.w3.org/2000/svg", "class", "grid", "viewBox", "0 0 " + n(WIDTH) + " " + n(height),
        "width", n(WIDTH), "height", n(height), "role", "img", "aria-label", Texts.get(lang, "report.grid.title")).newline();
    double column = (RIGHT - LEFT) / 2;
    GridCategory[][] cells = {{GridCategory.G2_PERSUADE, GridCategory.G1_PARTNER},
        {GridCategory.G4_RECORD_AND_MONITOR, GridCategory.G3_BUILD_CAPACITY}};
    double[] rows = new double[2];
    double y = TOP;
    for (int row = 0; row < 2; row++) {
      rows[row] = rowHeight(points, cells[row][0], cells[row][1], lang);
      for (int col = 0; col < 2; col++) {
        GridCategory c = cells[row][col];
        cell(x, c, LEFT + col * column, y, column, rows[row], lang, pointsOf(points, c, col));
      }
      y += rows[row];
    }
    double bottom = y;
    if (hasUnclassified(points)) {
      double strip = rowHeight(points, GridCategory.UNCLASSIFIED, GridCategory.UNCLASSIFIED, lang);
      for (int col = 0; col < 2; col++) {
        cell(x, GridCategory.UNCLASSIFIED, LEFT + col * column, bottom, column, strip, lang, pointsOf(points, GridCategory.UNCLASSIFIED, col));
      }
      bottom += strip;
    }
    axes(x, column, rows, bottom, lang);
    x.end().newline();
  }

  private static void cell(XmlOut x, GridCategory c, double left, double top, double w, double h, Lang lang, List<GridPoint> here) {
    x.empty("rect", "class", "cell", "data-category", c.name(), "x", n(left), "y", n(top), "width", n(w), "height", n(h),
        "fill", Palette.cell(c), "stroke", "#9e9e9e");
    List<String> label = lines(c, lang);
    for (int i = 0; i < label.size(); i++) {
      x.element("text", label.get(i), "class", "cell-label", "x", n(left + 8), "y", n(top + 17 + i * LINE), "font-size", "12.5",
          "font-weight", "bold", "fill", Palette.ink(c)).newline();
    }
    double used = 10 + LINE * label.size();
    place(x, here, left + 8, top + used, w - 16, h - used - 6, lang);
  }

  /** @return the cell's label in lines that fit the cell (about 40 characters of bold 12.5 px text) */
  static List<String> lines(GridCategory c, Lang lang) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : Texts.get(lang, "report.grid.cell." + c.name()).split(" ")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > 40) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(line.length() == 0 ? "" : " ").append(word);
    }
    lines.add(line.toString());
    return lines;
  }

  private static boolean hasUnclassified(List<GridPoint> points) {
    return points.stream().anyMatch(p -> p.category() == GridCategory.UNCLASSIFIED);
  }

  private static List<GridPoint> pointsOf(List<GridPoint> points, GridCategory c, int column) {
    List<GridPoint> out = new ArrayList<>();
    for (GridPoint p : points) {
      if (p.category() == c && (c != GridCategory.UNCLASSIFIED || (p.interest().isHigh() ? 1 : 0) == column)) {
        out.add(p);
      }
    }
    return out;
  }

  /** @return the lattice spacing that fits {@code n} points into a w × h box, no larger than the maximum */
  static double spacing(int n, double w, double h) {
    for (double s = MAX_SPACING; s > MIN_SPACING; s -= 0.5) {
      int columns = (int) Math.floor(w / s);
      if (columns > 0 && Math.ceil((double) n / columns) * s <= h) {
        return s;
      }
    }
    return MIN_SPACING;
  }

  private static void place(XmlOut x, List<GridPoint> here, double left, double top, double w, double h, Lang lang) {
    if (here.isEmpty()) {
      return;
    }
    double s = spacing(here.size(), w, h);
    int columns = (int) Math.floor(w / s);
    double r = Math.min(12, s * 0.42);
    for (int i = 0; i < here.size(); i++) {
      GridPoint p = here.get(i);
      double cx = left + s / 2 + (i % columns) * s;
      double cy = top + s / 2 + (i / columns) * s;
      String colour = Palette.point(p.category());
      x.start("g", "class", "kim-point", "data-number", String.valueOf(p.number()), "data-kim", p.kim(), "data-category",
          p.category().name(), "data-exact", String.valueOf(p.exactMatch()), "data-interest", p.interest().name(), "data-power",
          p.power().name(), "data-influence", p.influence().name());
      x.element("title", p.number() + ". " + p.kim() + " — " + levels(p, lang) + " — " + p.categoryLabel()
          + p.placedBy().map(b -> " (" + b + ")").orElse(""));
      if (p.exactMatch()) {
        x.empty("circle", "cx", n(cx), "cy", n(cy), "r", n(r), "fill", colour, "stroke", "#ffffff", "stroke-width", "1");
      } else {
        x.empty("circle", "cx", n(cx), "cy", n(cy), "r", n(r - 1.25), "fill", "#ffffff", "stroke", colour, "stroke-width", "2.5");
      }
      x.element("text", String.valueOf(p.number()), "x", n(cx), "y", n(cy + r * 0.36), "text-anchor", "middle",
          "font-size", n(Math.max(7, r * 0.9)), "fill", p.exactMatch() ? "#ffffff" : colour, "font-weight", "bold");
      x.end().newline();
    }
  }

  static String levels(GridPoint p, Lang lang) {
    return Texts.get(lang, "report.grid.levels", p.interest().label(lang), p.power().label(lang), p.influence().label(lang));
  }

  private static void axes(XmlOut x, double column, double[] rows, double bottom, Lang lang) {
    x.element("text", Texts.get(lang, "report.grid.interestLow"), "x", n(LEFT + column / 2), "y", n(bottom + 20),
        "text-anchor", "middle", "font-size", "13");
    x.element("text", Texts.get(lang, "report.grid.interestHigh"), "x", n(LEFT + column * 1.5), "y", n(bottom + 20),
        "text-anchor", "middle", "font-size", "13");
    x.element("text", Texts.get(lang, "report.grid.interestAxis"), "x", n(LEFT + column), "y", n(bottom + 44),
        "text-anchor", "middle", "font-size", "14", "font-weight", "bold").newline();
    String[] keys = {"report.grid.axisHigh", "report.grid.axisLow"};
    double y = TOP;
    for (int row = 0; row < 2; row++) {
      double middle = y + rows[row] / 2;
      x.element("text", Texts.get(lang, keys[row]), "x", n(LEFT - 14), "y", n(middle), "text-anchor", "middle", "font-size", "12",
          "transform", "rotate(-90 " + n(LEFT - 14) + " " + n(middle) + ")");
      y += rows[row];
    }
    double middle = TOP + rows[0];
    x.element("text", Texts.get(lang, "report.grid.powerAxis"), "x", "44", "y", n(middle), "text-anchor", "middle",
        "font-size", "14", "font-weight", "bold", "transform", "rotate(-90 44 " + n(middle) + ")").newline();
  }
}
