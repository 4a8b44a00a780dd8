package id.kim.report;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import id.kim.core.i18n.Lang;
import id.kim.rules.mapping.grid.GridCategory;
import id.kim.rules.mapping.grid.Level;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** However many KIM share a cell of the grid, no two circles overlap and each stays in its cell. */
class GridLayoutTest {
  private static final Gen<Level> LEVEL = Generate.enumValues(Level.class);
  private static final Gen<GridCategory> CATEGORY = Generate.enumValues(GridCategory.class);

  @Test
  @DisplayName("overlaps are handled for any number of KIM per category, unclassified ones included (up to 150 in all)")
  void noOverlapForAnyPopulation() {
    Gen<List<Object[]>> populations = lists().of(LEVEL.zip(CATEGORY, Generate.booleans(), (l, c, exact) -> new Object[] {l, c, exact}))
        .ofSizeBetween(0, 150);
    qt().withExamples(40).forAll(populations).checkAssert(specs -> {
      List<GridPoint> points = new ArrayList<>();
      for (Object[] s : specs) {
        points.add(GridPoint.builder().number(points.size() + 1).kim("KIM " + points.size()).interest((Level) s[0]).power((Level) s[0])
            .influence((Level) s[0]).interestBasis("-").powerBasis("-").influenceBasis("-").category((GridCategory) s[1])
            .categoryLabel("-").approaches("-").exactMatch((Boolean) s[2]).priority("-").inMatrix(false).build());
      }
      XmlOut x = new XmlOut();
      GridSvg.write(x, points, Lang.ID);
      NodeList circles = SampleReport.parse(x.toString()).getElementsByTagNameNS("*", "circle");
      List<double[]> all = new ArrayList<>();
      for (int i = 0; i < circles.getLength(); i++) {
        Element c = (Element) circles.item(i);
        all.add(new double[] {Double.parseDouble(c.getAttribute("cx")), Double.parseDouble(c.getAttribute("cy")),
            Double.parseDouble(c.getAttribute("r"))});
      }
      if (all.size() != points.size()) {
        throw new AssertionError(all.size() + " circles for " + points.size() + " KIM");
      }
      ReportStructureTest.assertNoOverlap(all);
    });
  }

  @Test
  void theLatticeFitsItsBox() {
    qt().forAll(integers().between(1, 400), integers().between(60, 400), integers().between(40, 200)).checkAssert((n, w, h) -> {
      double s = GridSvg.spacing(n, w, h);
      int columns = (int) Math.floor(w / s);
      if (s > 8 && (columns < 1 || Math.ceil((double) n / columns) * s > h)) {
        throw new AssertionError("spacing " + s + " does not fit " + n + " in " + w + "x" + h);
      }
    });
  }

  @Test
  @DisplayName("every cell label fits its cell (long labels wrap) and the vertical axis label fits two rows of cells, in both languages")
  void labelsFit() {
    for (Lang lang : Lang.values()) {
      String axis = id.kim.report.Texts.get(lang, "report.grid.powerAxis");
      if (axis.length() * 8.5 > 2 * 130) {
        throw new AssertionError("'" + axis + "' is longer than the grid is high");
      }
      for (GridCategory c : GridCategory.values()) {
        for (String line : GridSvg.lines(c, lang)) {
          if (line.length() > 40) {
            throw new AssertionError(c + " " + lang + ": '" + line + "' does not fit");
          }
        }
      }
    }
  }
}
