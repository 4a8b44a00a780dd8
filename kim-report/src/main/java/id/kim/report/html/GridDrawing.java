package id.kim.report.html;

import static id.kim.report.html.Svg.n;

import id.kim.core.i18n.Lang;
import id.kim.report.GridPoint;
import id.kim.report.Texts;
import id.kim.rules.mapping.grid.GridCategory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The geometry of the grid of Tabel 3.3 "Kategori KIM dan Pendekatan yang Perlu Dilakukan" (GRID-1..4): interest
 * across, the power/influence axis up, one cell per category, every KIM that entered the mapping as a numbered
 * dot in the cell of its category — filled when its levels match a row of the table exactly, a ring when power
 * and influence differ and the mixed-case policy or the Dinas placed it (GAP-14); unclassified KIM (MANUAL
 * policy) in a strip below. Dots lie on a lattice inside their cell, by number, so none overlap.
 *
 * @param width the drawing's width
 * @param height the drawing's height
 * @param cells the cells with their labels
 * @param dots one per KIM placed
 * @param axes the axis labels and titles
 */
record GridDrawing(String width, String height, List<Cell> cells, List<Dot> dots, List<Svg.Text> axes) {
  static final double WIDTH = 760;
  static final double LEFT = 120;
  static final double RIGHT = 740;
  static final double TOP = 20;
  private static final double MIN_CELL = 130;
  private static final double MAX_CELL = 250;
  private static final double LINE = 15;
  private static final double MAX_SPACING = 30;
  private static final double MIN_SPACING = 8;

  /** A cell of a category, with its label in lines. */
  record Cell(String category, String x, String y, String width, String height, String fill, List<Svg.Text> label) {}

  /** A KIM on the grid: its number in a filled circle or a ring, and its name and levels for the tooltip. */
  record Dot(int number, String category, boolean exact, String cx, String cy, String r, String fill, String stroke,
      String strokeWidth, String ink, String fontSize, String textY, String title) {}

  static GridDrawing of(List<GridPoint> points, Lang lang) {
    List<GridPoint> byNumber = points.stream().sorted(Comparator.comparingInt(GridPoint::number)).toList();
    double column = (RIGHT - LEFT) / 2;
    GridCategory[][] grid = {{GridCategory.G2_PERSUADE, GridCategory.G1_PARTNER},
        {GridCategory.G4_RECORD_AND_MONITOR, GridCategory.G3_BUILD_CAPACITY}};
    List<Cell> cells = new ArrayList<>();
    List<Dot> dots = new ArrayList<>();
    double[] rows = new double[2];
    double y = TOP;
    for (int row = 0; row < 2; row++) {
      rows[row] = rowHeight(byNumber, grid[row][0], grid[row][1], lang);
      for (int col = 0; col < 2; col++) {
        cell(grid[row][col], LEFT + col * column, y, column, rows[row], lang, pointsOf(byNumber, grid[row][col],
            col), cells, dots);
      }
      y += rows[row];
    }
    double bottom = y;
    if (byNumber.stream().anyMatch(p -> p.category() == GridCategory.UNCLASSIFIED)) {
      double strip = rowHeight(byNumber, GridCategory.UNCLASSIFIED, GridCategory.UNCLASSIFIED, lang);
      for (int col = 0; col < 2; col++) {
        cell(GridCategory.UNCLASSIFIED, LEFT + col * column, bottom, column, strip, lang,
            pointsOf(byNumber, GridCategory.UNCLASSIFIED, col), cells, dots);
      }
      bottom += strip;
    }
    return new GridDrawing(n(WIDTH), n(bottom + 56), List.copyOf(cells), List.copyOf(dots), axes(column, rows,
        bottom, lang));
  }

  /** @return the height of a row of cells: room for the labels and the most crowded cell of the row, within bounds */
  static double rowHeight(List<GridPoint> points, GridCategory left, GridCategory right, Lang lang) {
    double column = (RIGHT - LEFT) / 2;
    int most = Math.max(pointsOf(points, left, 0).size(), pointsOf(points, right, 1).size());
    int perRow = (int) Math.floor((column - 16) / MAX_SPACING);
    double label = LINE * Math.max(lines(left, lang).size(), lines(right, lang).size());
    return Math.min(MAX_CELL, Math.max(MIN_CELL, 18 + label + Math.ceil((double) most / perRow) * MAX_SPACING));
  }

  private static void cell(GridCategory c, double left, double top, double w, double h, Lang lang, List<GridPoint> here,
      List<Cell> cells, List<Dot> dots) {
    List<String> lines = lines(c, lang);
    List<Svg.Text> label = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      label.add(Svg.Text.at(left + 8, top + 17 + i * LINE, lines.get(i), "start", 12.5, true, Palette.ink(c)));
    }
    cells.add(new Cell(c.name(), n(left), n(top), n(w), n(h), Palette.cell(c), List.copyOf(label)));
    double used = 10 + LINE * lines.size();
    place(here, left + 8, top + used, w - 16, h - used - 6, lang, dots);
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

  private static List<GridPoint> pointsOf(List<GridPoint> points, GridCategory c, int column) {
    return points.stream().filter(p -> p.category() == c
        && (c != GridCategory.UNCLASSIFIED || (p.interest().isHigh() ? 1 : 0) == column)).toList();
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

  private static void place(List<GridPoint> here, double left, double top, double w, double h, Lang lang,
      List<Dot> dots) {
    if (here.isEmpty()) {
      return;
    }
    double s = spacing(here.size(), w, h);
    int columns = (int) Math.floor(w / s);
    double r = Math.min(12, s * 0.42);
    for (int i = 0; i < here.size(); i++) {
      GridPoint p = here.get(i);
      int column = i % columns;
      int row = i / columns;
      double cx = left + s / 2 + column * s;
      double cy = top + s / 2 + row * s;
      String colour = Palette.point(p.category());
      String title = p.number() + " — " + p.kim() + " — " + Texts.get(lang, "report.grid.levels", p.interest()
          .label(lang),
          p.power().label(lang), p.influence().label(lang)) + " — " + p.categoryLabel();
      dots.add(p.exactMatch()
          ? new Dot(p.number(), p.category().name(), true, n(cx), n(cy), n(r), colour, "#ffffff", "1", "#ffffff",
              n(Math.max(7, r * 0.9)), n(cy + r * 0.36), title)
          : new Dot(p.number(), p.category().name(), false, n(cx), n(cy), n(r - 1.25), "#ffffff", colour, "2.5", colour,
              n(Math.max(7, r * 0.9)), n(cy + r * 0.36), title));
    }
  }

  private static List<Svg.Text> axes(double column, double[] rows, double bottom, Lang lang) {
    List<Svg.Text> axes = new ArrayList<>();
    axes.add(Svg.Text.at(LEFT + column / 2, bottom + 20, Texts.get(lang, "report.grid.interestLow"), "middle", 13,
        false, "#212121"));
    axes.add(Svg.Text.at(LEFT + column * 1.5, bottom + 20, Texts.get(lang, "report.grid.interestHigh"), "middle", 13,
        false,
        "#212121"));
    axes.add(Svg.Text.at(LEFT + column, bottom + 44, Texts.get(lang, "report.grid.interestAxis"), "middle", 14, true,
        "#212121"));
    String[] keys = {"report.grid.axisHigh", "report.grid.axisLow"};
    double y = TOP;
    for (int row = 0; row < 2; row++) {
      axes.add(Svg.Text.rotated(LEFT - 14, y + rows[row] / 2, Texts.get(lang, keys[row]), "middle", 12, false, -90));
      y += rows[row];
    }
    axes.add(Svg.Text.rotated(44, TOP + rows[0], Texts.get(lang, "report.grid.powerAxis"), "middle", 14, true, -90));
    return List.copyOf(axes);
  }
}
