package id.kim.examples.report;

import static id.kim.examples.report.XmlOut.n;

import id.kim.core.i18n.Lang;
import id.kim.examples.Texts;
import id.kim.examples.data.Level;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws the grid of Tabel 3.3 "Kategori KIM dan Pendekatan yang Perlu Dilakukan" (GRID-VAR, GRID-1..4):
 * interest across, power and influence up. The juknis names only the combinations where power and
 * influence agree; KIM where they differ sit in a middle band marked GAP-14 until the mapping family
 * places them by its policy. Every KIM is a numbered circle on a lattice inside its cell, so no two
 * overlap however many share a cell; the legend gives the names.
 */
final class GridSvg {
  static final double WIDTH = 760;
  static final double HEIGHT = 600;
  static final double LEFT = 110;
  static final double RIGHT = 740;
  static final double TOP = 40;
  /** Band heights: both high, mixed (GAP-14), both low. */
  static final double[] BANDS = {180, 120, 180};
  private static final double MAX_SPACING = 28;
  private static final double MIN_SPACING = 8;

  private GridSvg() {}

  static void write(XmlOut x, List<GridPoint> points, Lang lang) {
    x.start("svg", "xmlns", "http://www.w3.org/2000/svg", "class", "grid", "viewBox", "0 0 " + n(WIDTH) + " " + n(HEIGHT),
        "width", n(WIDTH), "height", n(HEIGHT), "role", "img", "aria-label", Texts.get(lang, "report.grid.title")).newline();
    double column = (RIGHT - LEFT) / 2;
    String[][] labels = {{"report.grid.cell.g2", "report.grid.cell.g1"}, {"report.grid.cell.mixed", "report.grid.cell.mixed"},
        {"report.grid.cell.g4", "report.grid.cell.g3"}};
    String[] fills = {"#e8f5e9", "#fff8e1", "#f5f5f5"};
    double y = TOP;
    for (int band = 0; band < 3; band++) {
      for (int col = 0; col < 2; col++) {
        double cx = LEFT + col * column;
        x.empty("rect", "class", "cell", "data-band", String.valueOf(band), "data-column", String.valueOf(col), "x", n(cx), "y", n(y),
            "width", n(column), "height", n(BANDS[band]), "fill", fills[band], "stroke", "#9e9e9e");
        x.element("text", Texts.get(lang, labels[band][col]), "class", "cell-label", "x", n(cx + 8), "y", n(y + 16),
            "font-size", "12", "fill", "#424242").newline();
        List<GridPoint> here = new ArrayList<>();
        for (GridPoint p : points) {
          if (band(p) == band && (p.interest() == Level.HIGH ? 1 : 0) == col) {
            here.add(p);
          }
        }
        place(x, here, cx + 10, y + 26, column - 20, BANDS[band] - 34, lang);
      }
      y += BANDS[band];
    }
    axes(x, column, y, lang);
    x.end().newline();
  }

  /** @return 0 when power and influence are both high, 2 when both low, 1 when they differ */
  static int band(GridPoint p) {
    return p.power() != p.influence() ? 1 : p.power() == Level.HIGH ? 0 : 2;
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
    double r = Math.min(11, s * 0.42);
    for (int i = 0; i < here.size(); i++) {
      GridPoint p = here.get(i);
      double cx = left + s / 2 + (i % columns) * s;
      double cy = top + s / 2 + (i / columns) * s;
      x.start("g", "class", "kim-point", "data-number", String.valueOf(p.number()), "data-kim", p.kim(),
          "data-interest", p.interest().name(), "data-power", p.power().name(), "data-influence", p.influence().name());
      x.element("title", p.number() + ". " + p.kim() + " — " + levels(p, lang) + p.category().map(c -> " — " + c).orElse(""));
      x.empty("circle", "cx", n(cx), "cy", n(cy), "r", n(r), "fill", fill(p), "stroke", "#ffffff", "stroke-width", "1");
      x.element("text", String.valueOf(p.number()), "x", n(cx), "y", n(cy + r * 0.38), "text-anchor", "middle",
          "font-size", n(Math.max(7, r * 0.95)), "fill", "#ffffff", "font-weight", "bold");
      x.end().newline();
    }
  }

  static String levels(GridPoint p, Lang lang) {
    return Texts.get(lang, "report.grid.levels", word(p.interest(), lang), word(p.power(), lang), word(p.influence(), lang));
  }

  static String word(Level level, Lang lang) {
    return Texts.get(lang, level == Level.HIGH ? "report.level.high" : "report.level.low");
  }

  static String fill(GridPoint p) {
    if (p.power() == p.influence()) {
      return p.power() == Level.HIGH ? "#2e7d32" : "#616161";
    }
    return p.power() == Level.HIGH ? "#e65100" : "#6a1b9a";
  }

  private static void axes(XmlOut x, double column, double bottom, Lang lang) {
    x.element("text", Texts.get(lang, "report.grid.interestLow"), "x", n(LEFT + column / 2), "y", n(bottom + 20),
        "text-anchor", "middle", "font-size", "13");
    x.element("text", Texts.get(lang, "report.grid.interestHigh"), "x", n(LEFT + column * 1.5), "y", n(bottom + 20),
        "text-anchor", "middle", "font-size", "13");
    x.element("text", Texts.get(lang, "report.grid.interestAxis"), "x", n(LEFT + column), "y", n(bottom + 44),
        "text-anchor", "middle", "font-size", "14", "font-weight", "bold").newline();
    String[] keys = {"report.grid.bothHigh", "report.grid.mixed", "report.grid.bothLow"};
    double y = TOP;
    for (int band = 0; band < 3; band++) {
      double middle = y + BANDS[band] / 2;
      x.element("text", Texts.get(lang, keys[band]), "x", n(LEFT - 12), "y", n(middle), "text-anchor", "middle", "font-size", "12",
          "transform", "rotate(-90 " + n(LEFT - 12) + " " + n(middle) + ")");
      y += BANDS[band];
    }
    double middle = TOP + (y - TOP) / 2;
    x.element("text", Texts.get(lang, "report.grid.powerAxis"), "x", "30", "y", n(middle), "text-anchor", "middle",
        "font-size", "14", "font-weight", "bold", "transform", "rotate(-90 30 " + n(middle) + ")").newline();
  }
}
