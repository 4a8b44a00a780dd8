package id.kim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.i18n.Lang;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import id.kim.rules.mapping.grid.GridCategory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The report of the bundled sample is well-formed, self-contained, and draws every KIM on the grid. */
class ReportStructureTest {
  private static final String SVG = "http://www.w3.org/2000/svg";
  private static final String XHTML = "http://www.w3.org/1999/xhtml";
  private static final ReportModel MODEL = SampleReport.model(Lang.ID);
  private static final String HTML = HtmlReport.render(MODEL);
  private static final Document DOC = SampleReport.parse(HTML);

  private static List<Element> elements(Element root, String ns, String name) {
    NodeList nodes = root == null ? DOC.getElementsByTagNameNS(ns, name) : root.getElementsByTagNameNS(ns, name);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add((Element) nodes.item(i));
    }
    return out;
  }

  private static Element grid() {
    return elements(null, SVG, "svg").stream().filter(e -> e.getAttribute("class").equals("grid")).findFirst().orElseThrow();
  }

  @Test
  @DisplayName("every KIM is on the grid once, numbered by rank 1..n, titled with its name and category (GRID-VAR, PRIORITY-1)")
  void everyKimIsPlacedOnce() {
    List<Element> points = elements(grid(), SVG, "g");
    assertEquals(40, points.size());
    Set<String> names = new HashSet<>();
    Set<String> numbers = new HashSet<>();
    for (Element p : points) {
      names.add(p.getAttribute("data-kim"));
      numbers.add(p.getAttribute("data-number"));
      String title = elements(p, SVG, "title").get(0).getTextContent();
      assertTrue(title.contains(p.getAttribute("data-kim")), title);
      assertEquals(p.getAttribute("data-number"), elements(p, SVG, "text").get(0).getTextContent());
    }
    assertEquals(40, names.size());
    assertEquals(40, numbers.size());
    Set<String> tableNames = new HashSet<>();
    elements(null, XHTML, "tr").stream().filter(tr -> tr.hasAttribute("data-verdict")).forEach(tr -> tableNames.add(tr.getAttribute("data-kim")));
    assertEquals(tableNames, names);
  }

  @Test
  @DisplayName("each point lies in the cell of its category (Tabel 3.3, GRID-1..4) and no two points overlap")
  void pointsSitInTheirCellsWithoutOverlap() {
    List<double[]> circles = new ArrayList<>();
    for (Element p : elements(grid(), SVG, "g")) {
      Element c = elements(p, SVG, "circle").get(0);
      double x = Double.parseDouble(c.getAttribute("cx"));
      double y = Double.parseDouble(c.getAttribute("cy"));
      double r = Double.parseDouble(c.getAttribute("r"));
      Element cell = elements(grid(), SVG, "rect").stream().filter(e -> e.getAttribute("class").equals("cell")
          && e.getAttribute("data-category").equals(p.getAttribute("data-category"))).findFirst().orElseThrow();
      double cx = Double.parseDouble(cell.getAttribute("x"));
      double cy = Double.parseDouble(cell.getAttribute("y"));
      assertTrue(x - r >= cx && x + r <= cx + Double.parseDouble(cell.getAttribute("width")), p.getAttribute("data-kim"));
      assertTrue(y - r >= cy && y + r <= cy + Double.parseDouble(cell.getAttribute("height")), p.getAttribute("data-kim"));
      circles.add(new double[] {x, y, r});
    }
    assertNoOverlap(circles);
  }

  @Test
  @DisplayName("GAP-14: the mixed cases are rings placed by the policy in force (BOTH_HIGH), exact juknis rows filled circles")
  void mixedCasesArePlacedByThePolicy() {
    List<GridPoint> mixed = MODEL.grid().stream().filter(p -> !p.exactMatch()).toList();
    assertFalse(mixed.isEmpty());
    for (GridPoint p : mixed) {
      assertTrue(p.power() != p.influence(), p::kim);
      assertEquals(p.interest().isHigh() ? GridCategory.G3_BUILD_CAPACITY : GridCategory.G4_RECORD_AND_MONITOR, p.category(), p::kim);
      assertTrue(p.placedBy().get().contains("BOTH_HIGH"), p::kim);
    }
    for (Element g : elements(grid(), SVG, "g")) {
      Element circle = elements(g, SVG, "circle").get(0);
      assertEquals(g.getAttribute("data-exact").equals("true"), !circle.getAttribute("fill").equals("#ffffff"), g.getAttribute("data-kim"));
    }
    assertTrue(MODEL.mappingPolicy().stream().anyMatch(l -> l.contains("BOTH_HIGH")));
    assertEquals(MODEL.grid().stream().filter(GridPoint::inMatrix).count(), elements(null, XHTML, "table").stream()
        .filter(t -> t.getAttribute("class").equals("matrix")).findFirst().map(t -> (long) (elements(t, XHTML, "tr").size() - 1)).orElse(0L));
  }

  static void assertNoOverlap(List<double[]> circles) {
    for (int i = 0; i < circles.size(); i++) {
      for (int j = i + 1; j < circles.size(); j++) {
        double[] a = circles.get(i);
        double[] b = circles.get(j);
        assertTrue(Math.hypot(a[0] - b[0], a[1] - b[1]) >= a[2] + b[2] - 1e-9, "circles " + i + " and " + j + " overlap");
      }
    }
  }

  @Test
  void theNationalChartHas28BarsSumming4114AndListsTheUnknownProvinces() {
    Element national = elements(null, XHTML, "section").stream().filter(s -> s.getAttribute("id").equals("national"))
        .findFirst().orElseThrow();
    List<Element> bars = elements(national, SVG, "rect");
    assertEquals(28, bars.size());
    assertEquals(4114, bars.stream().mapToDouble(b -> Double.parseDouble(b.getAttribute("data-value"))).sum());
    assertTrue(national.getTextContent().contains("DKI Jakarta"));
  }

  @Test
  void dissemination​ChartsAndSectionsArePresent() {
    assertEquals(6, elements(null, SVG, "svg").stream().filter(e -> e.getAttribute("class").equals("chart")).count());
    assertEquals(40, MODEL.evaluations().size());
    assertEquals(java.util.Set.of("CONTINUE", "INSUFFICIENT_DATA", "REVIEW_AT_RENEWAL"),
        MODEL.evaluations().stream().map(EvaluationRow::recommendation).collect(java.util.stream.Collectors.toSet()));
    for (String id : List.of("import", "eligibility", "grid", "dissemination", "reviews", "national")) {
      assertTrue(elements(null, XHTML, "section").stream().anyMatch(s -> s.getAttribute("id").equals(id)), id);
    }
  }

  @Test
  @DisplayName("the page is self-contained: no script, no link, no external URL")
  void selfContained() {
    assertTrue(elements(null, XHTML, "script").isEmpty());
    assertTrue(elements(null, XHTML, "link").isEmpty());
    assertTrue(elements(null, XHTML, "img").isEmpty());
    assertFalse(Pattern.compile("(src|href)=\"(https?:)?//").matcher(HTML).find());
    assertFalse(HTML.contains("url("));
  }

  @Test
  @DisplayName("termination reviews show the grounds the sample was built with (TERM-1, -2, -3, -6, -7)")
  void reviewsShowTheIndicatedGrounds() {
    assertEquals(List.of("TERM-1"), indicated("KIM Sinar Pagi"));
    assertEquals(List.of("TERM-2"), indicated("KIM Maju Bersama"));
    assertEquals(List.of("TERM-3"), indicated("KIM Warta Pasirjaya"));
    assertEquals(List.of("TERM-3"), indicated("KIM Srikandi"));
    assertEquals(List.of("TERM-6"), indicated("KIM Kabar Desa"));
    assertEquals(List.of("TERM-7"), indicated("KIM Sejahtera"));
    assertTrue(MODEL.reviews().stream().filter(ReviewRow::partner).allMatch(r -> r.unknown().stream().anyMatch(u -> u.ruleId().equals("TERM-4"))));
    for (String partner : List.of("KIM Sinar Pagi", "KIM Maju Bersama", "KIM Warta Pasirjaya", "KIM Srikandi", "KIM Kabar Desa",
        "KIM Sejahtera")) {
      ReviewRow row = MODEL.reviews().stream().filter(r -> r.kim().equals(partner)).findFirst().orElseThrow();
      assertEquals(java.util.Optional.of("UNDER_REVIEW"), row.status(), partner + ": " + row.lifecycle());
      assertTrue(row.lifecycle().get().contains("T5"), row.lifecycle()::get);
    }
  }

  private static List<String> indicated(String kim) {
    return MODEL.reviews().stream().filter(r -> r.kim().equals(kim)).findFirst().orElseThrow().indicated().stream()
        .map(Reason::ruleId).collect(java.util.stream.Collectors.toList());
  }

  @Test
  @DisplayName("the same data gives the same bytes, and no phone number or chair's name is printed (GAP-49)")
  void deterministicAndNoPersonalData() {
    assertEquals(HTML, HtmlReport.render(SampleReport.model(Lang.ID)));
    assertFalse(Pattern.compile("0812-[0-9]{4}-[0-9]{4}").matcher(HTML).find());
    assertFalse(HTML.contains("@example.id"));
  }

  @Test
  void theEnglishReportIsEnglish() {
    String en = HtmlReport.render(SampleReport.model(Lang.EN));
    SampleReport.parse(en);
    assertTrue(en.contains("lang=\"en\""));
    assertTrue(en.contains("NOT ELIGIBLE"));
    assertTrue(en.contains("GRID-1: make partner"));
    assertTrue(en.contains("CONTINUE THE COLLABORATION"), "the recommendation is in English");
  }
}
