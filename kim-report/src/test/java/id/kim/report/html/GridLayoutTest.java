package id.kim.report.html;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import id.kim.core.i18n.Lang;
import id.kim.report.GridPoint;
import id.kim.report.Texts;
import id.kim.rules.mapping.grid.GridCategory;
import id.kim.rules.mapping.grid.Level;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * However many KIM share a cell of the grid (GRID-1..4), each is drawn once, inside its cell, and no two dots overlap.
 */
class GridLayoutTest {
  private static final Gen<Level> LEVEL = Generate.enumValues(Level.class);
  private static final Gen<GridCategory> CATEGORY = Generate.enumValues(GridCategory.class);

  static List<GridPoint> points(List<Object[]> specs) {
    List<GridPoint> points = new ArrayList<>();
    for (Object[] s : specs) {
      int n = points.size() + 1;
      points.add(GridPoint.builder().number(n).rank(n).kim("KIM " + n).interest((Level) s[0]).power((Level) s[0])
          .influence((Level) s[0]).interestBasis("-").powerBasis("-").influenceBasis("-").category((GridCategory) s[1])
          .categoryLabel("-").approaches("-")
          .placedBy((Boolean) s[2] ? Optional.empty() : Optional.of("-")).priority("-").inMatrix(false)
          .build());
    }
    return points;
  }

  @Test
  @DisplayName(
      "any population (up to 150 KIM, unclassified ones included): one dot per KIM, numbered once, in its cell, no "
          + "overlap")
  void noOverlapForAnyPopulation() {
    Gen<List<Object[]>> populations = lists()
        .of(LEVEL.zip(CATEGORY, Generate.booleans(), (l, c, exact) -> new Object[] {l, c, exact}))
        .ofSizeBetween(0, 150);
    qt().withExamples(40).forAll(populations).checkAssert(specs -> {
      List<GridPoint> points = points(specs);
      GridDrawing g = GridDrawing.of(points, Lang.ID);
      if (g.dots().size() != points.size()) {
        throw new AssertionError(g.dots().size() + " dots for " + points.size() + " KIM");
      }
      Set<Integer> numbers = new HashSet<>();
      List<double[]> circles = new ArrayList<>();
      for (GridDrawing.Dot d : g.dots()) {
        if (!numbers.add(d.number())) {
          throw new AssertionError("KIM " + d.number() + " drawn twice");
        }
        double x = Double.parseDouble(d.cx());
        double y = Double.parseDouble(d.cy());
        double r = Double.parseDouble(d.r());
        boolean inside = g.cells().stream().filter(c -> c.category().equals(d.category())).anyMatch(c ->
            x - r >= Double.parseDouble(c.x()) && x + r <= Double.parseDouble(c.x()) + Double.parseDouble(c.width())
            && y - r >= Double.parseDouble(c.y()) && y + r <= Double.parseDouble(c.y())
                + Double.parseDouble(c.height()));
        if (!inside) {
          throw new AssertionError("KIM " + d.number() + " is outside the cell of " + d.category());
        }
        circles.add(new double[] {x, y, r});
      }
      assertNoOverlap(circles);
    });
  }

  static void assertNoOverlap(List<double[]> circles) {
    for (int i = 0; i < circles.size(); i++) {
      for (int j = i + 1; j < circles.size(); j++) {
        double[] a = circles.get(i);
        double[] b = circles.get(j);
        if (Math.hypot(a[0] - b[0], a[1] - b[1]) < a[2] + b[2] - 0.05) {
          throw new AssertionError("circles " + i + " and " + j + " overlap");
        }
      }
    }
  }

  @Test
  void theLatticeFitsItsBox() {
    qt().forAll(integers().between(1, 400), integers().between(60, 400), integers().between(40, 200))
        .checkAssert((n, w, h) -> {
      double s = GridDrawing.spacing(n, w, h);
      int columns = (int) Math.floor(w / s);
      if (s > 8 && (columns < 1 || Math.ceil((double) n / columns) * s > h)) {
        throw new AssertionError("spacing " + s + " does not fit " + n + " in " + w + "x" + h);
      }
    });
  }

  @Test
  @DisplayName(
      "every cell label fits its cell (long labels wrap) and the vertical axis label fits two rows of cells, in both "
          + "languages")
  void labelsFit() {
    for (Lang lang : Lang.values()) {
      String axis = Texts.get(lang, "report.grid.powerAxis");
      if (axis.length() * 8.5 > 2 * 130) {
        throw new AssertionError("'" + axis + "' is longer than the grid is high");
      }
      for (GridCategory c : GridCategory.values()) {
        for (String line : GridDrawing.lines(c, lang)) {
          if (line.length() > 40) {
            throw new AssertionError(c + " " + lang + ": '" + line + "' does not fit");
          }
        }
      }
    }
  }
}
