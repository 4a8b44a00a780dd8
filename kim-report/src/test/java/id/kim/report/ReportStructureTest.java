package id.kim.report;

import static id.kim.report.Page.SVG;
import static id.kim.report.Page.XHTML;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.i18n.Lang;
import id.kim.report.html.HtmlReport;
import id.kim.rules.mapping.grid.GridCategory;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** The report of the bundled sample keeps its markup contract (docs/report.md), is self-contained and deterministic. */
class ReportStructureTest {
  private static final ReportModel MODEL = SampleReport.model(Lang.ID);
  private static final String HTML = HtmlReport.render(MODEL);
  private static final Page PAGE = Page.of(HTML);

  @Test
  @DisplayName(
      "contract: every KIM that entered the mapping is one SVG element data-kim=N in svg.grid inside section#mapping")
  void everyPlacedKimIsDrawnOnce() {
    Element grid = PAGE.grid();
    assertEquals("mapping", ((Element) grid.getParentNode().getParentNode()).getAttribute("id"));
    List<Element> dots = PAGE.withKim(grid);
    assertEquals(MODEL.grid().size(), dots.size());
    assertEquals(35, dots.size());
    Set<String> numbers = dots.stream().map(d -> d.getAttribute("data-kim")).collect(Collectors.toSet());
    assertEquals(MODEL.grid().stream().map(p -> String.valueOf(p.number())).collect(Collectors.toSet()), numbers);
    for (Element d : dots) {
      String title = PAGE.all(d, SVG, "title").get(0).getTextContent();
      String name = MODEL.kims().get(Integer.parseInt(d.getAttribute("data-kim")) - 1).name();
      assertTrue(title.startsWith(d.getAttribute("data-kim") + " — " + name), title);
      assertEquals(d.getAttribute("data-kim"), PAGE.all(d, SVG, "text").get(0).getTextContent());
    }
  }

  @Test
  @DisplayName(
      "contract: #grid-legend prints 'N — name' once per KIM on the grid; #not-mapped lists the others with the reason")
  void legendAndNotMapped() {
    List<Element> legend = PAGE.withKim(PAGE.byId("grid-legend"));
    assertEquals(MODEL.grid().size(), legend.size());
    for (Element e : legend) {
      int n = Integer.parseInt(e.getAttribute("data-kim"));
      assertEquals(n + " — " + MODEL.kims().get(n - 1).name(), e.getTextContent().strip());
    }
    List<Element> out = PAGE.withKim(PAGE.byId("not-mapped"));
    assertEquals(MODEL.notMapped().size(), out.size());
    assertEquals(40, legend.size() + out.size());
    for (Element e : out) {
      assertTrue(e.getTextContent().contains("MAP-ENTRY-"), e.getTextContent());
    }
  }

  @Test
  @DisplayName(
      "each dot lies in the cell of its category (Tabel 3.3, GRID-1..4); rings are the mixed cases placed by the "
          + "policy")
  void dotsSitInTheirCells() {
    List<double[]> circles = new ArrayList<>();
    for (Element g : PAGE.withKim(PAGE.grid())) {
      Element c = PAGE.all(g, SVG, "circle").get(0);
      double x = Double.parseDouble(c.getAttribute("cx"));
      double y = Double.parseDouble(c.getAttribute("cy"));
      double r = Double.parseDouble(c.getAttribute("r"));
      Element cell = PAGE.all(PAGE.grid(), SVG, "rect").stream().filter(e -> e.getAttribute("class").equals("cell")
          && e.getAttribute("data-category").equals(g.getAttribute("data-category"))).findFirst().orElseThrow();
      assertTrue(x - r >= Double.parseDouble(cell.getAttribute("x"))
          && x + r <= Double.parseDouble(cell.getAttribute("x")) + Double.parseDouble(cell.getAttribute("width")));
      assertTrue(y - r >= Double.parseDouble(cell.getAttribute("y"))
          && y + r <= Double.parseDouble(cell.getAttribute("y")) + Double.parseDouble(cell.getAttribute("height")));
      assertEquals(g.getAttribute("data-exact").equals("true"), !c.getAttribute("fill").equals("#ffffff"));
      circles.add(new double[] {x, y, r});
    }
    for (int i = 0; i < circles.size(); i++) {
      for (int j = i + 1; j < circles.size(); j++) {
        double[] a = circles.get(i);
        double[] b = circles.get(j);
        assertTrue(Math.hypot(a[0] - b[0], a[1] - b[1]) >= a[2] + b[2] - 0.05, "dots " + i + " and " + j + " overlap");
      }
    }
  }

  @Test
  @DisplayName("GAP-14: the mixed cases are placed by the \"both high\" policy, named in words, never by its enum name")
  void mixedCasesArePlacedByThePolicy() {
    List<GridPoint> mixed = MODEL.grid().stream().filter(p -> !p.exactMatch()).toList();
    assertFalse(mixed.isEmpty());
    for (GridPoint p : mixed) {
      assertTrue(p.power() != p.influence(), p::kim);
      assertEquals(p.interest().isHigh() ? GridCategory.G3_BUILD_CAPACITY : GridCategory.G4_RECORD_AND_MONITOR,
          p.category());
      assertTrue(p.placedBy().get().contains("\"keduanya tinggi\""), p::kim);
    }
    assertEquals(MODEL.grid().stream().filter(GridPoint::inMatrix).count(),
        PAGE.all(null, XHTML, "table").stream().filter(t -> t.getAttribute("class").equals("matrix"))
            .mapToLong(t -> PAGE.withKim(t).size()).sum());
  }

  @Test
  @DisplayName("REPORT-1, PRIORITY-1: the matrix lists the KIM of the mapping report once each, by rank, with its rank")
  void theMatrixFollowsTheRanking() {
    assertEquals(IntStream.rangeClosed(1, MODEL.grid().size()).boxed().toList(),
        MODEL.grid().stream().map(GridPoint::rank).sorted().toList(), "ranks 1..n, each once");
    List<GridPoint> expected = MODEL.grid().stream().filter(GridPoint::inMatrix)
        .sorted(Comparator.comparingInt(GridPoint::rank)).toList();
    assertFalse(expected.isEmpty());
    Element matrix = PAGE.all(null, XHTML, "table").stream().filter(t -> t.getAttribute("class").equals("matrix"))
        .findFirst().orElseThrow();
    List<Element> rows = PAGE.withKim(matrix);
    assertEquals(expected.stream().map(p -> String.valueOf(p.number())).toList(),
        rows.stream().map(r -> r.getAttribute("data-kim")).toList());
    for (int i = 0; i < rows.size(); i++) {
      assertEquals(String.valueOf(expected.get(i).rank()), PAGE.all(rows.get(i), XHTML, "td").get(0).getTextContent());
    }
  }

  @Test
  @DisplayName(
      "GRID-VAR: appendix B gives what decided the levels of every KIM on the grid, even with no matrix (REPORT-1)")
  void appendixBCoversTheGridWithoutAMatrix() {
    ReportModel noMatrix = ReportModel.builder().from(MODEL).grid(MODEL.grid().stream()
        .map(p -> GridPoint.builder().from(p).inMatrix(false).build()).toList()).build();
    Page page = Page.of(HtmlReport.render(noMatrix));
    List<Element> tables = page.all(null, XHTML, "table");
    assertTrue(tables.stream().noneMatch(t -> t.getAttribute("class").equals("matrix")));
    Element basis = tables.stream().filter(t -> t.getAttribute("class").equals("basis-details")).findFirst()
        .orElseThrow(() -> new AssertionError("no appendix B"));
    assertEquals(MODEL.grid().size(), page.withKim(basis).size());
  }

  @Test
  void theNationalChartHas28BarsSumming4114AndListsTheUnknownProvinces() {
    List<Element> bars = PAGE.all(PAGE.section("national"), SVG, "rect");
    assertEquals(28, bars.size());
    assertEquals(4114, bars.stream().mapToDouble(b -> Double.parseDouble(b.getAttribute("data-value"))).sum());
    assertTrue(PAGE.section("national").getTextContent().contains("DKI Jakarta"));
  }

  @Test
  @DisplayName(
      "contract: the sections import, mapping, eligibility, reviews, evaluation, national, appendix; lang=\"id\"")
  void sectionsAndCharts() {
    assertEquals(List.of("import", "mapping", "eligibility", "reviews", "evaluation", "national", "appendix"),
        PAGE.all(null, XHTML, "section").stream().map(s -> s.getAttribute("id")).toList());
    assertEquals("id", PAGE.all(null, XHTML, "html").get(0).getAttribute("lang"));
    assertEquals(5, PAGE.all(PAGE.section("evaluation"), SVG, "svg").size());
    assertEquals(40, MODEL.evaluations().size());
  }

  @Test
  @DisplayName("the page is self-contained: no script, no link, no external URL")
  void selfContained() {
    assertTrue(PAGE.all(null, XHTML, "script").isEmpty());
    assertTrue(PAGE.all(null, XHTML, "link").isEmpty());
    assertTrue(PAGE.all(null, XHTML, "img").isEmpty());
    assertFalse(Pattern.compile("(src|href)=\"(https?:)?//").matcher(HTML).find());
    assertFalse(HTML.contains("url("));
  }

  @Test
  @DisplayName("print: A4 @page with margins, rows and figures kept whole, headings kept with what follows")
  void printStyles() {
    for (String rule : List.of("@page{size:A4;margin:", "tr,figure,li,.note,svg{break-inside:avoid}",
        "h2,h3,.keep{break-after:avoid}",
        "h2{break-before:page", "thead{display:table-header-group}")) {
      assertTrue(HTML.contains(rule), rule);
    }
  }

  @Test
  @DisplayName("termination reviews show the grounds the sample was built with (TERM-1, -2, -3, -6, -7)")
  void reviewsShowTheIndicatedGrounds() {
    assertEquals(List.of("TERM-1"), indicated("KIM Sinar Pagi"));
    assertEquals(List.of("TERM-2"), indicated("KIM Maju Bersama"));
    assertEquals(List.of("TERM-3"), indicated("KIM Warta Baler Bale Agung"));
    assertEquals(List.of("TERM-3"), indicated("KIM Srikandi"));
    assertEquals(List.of("TERM-6"), indicated("KIM Kabar Desa"));
    assertEquals(List.of("TERM-7"), indicated("KIM Sejahtera"));
    assertTrue(MODEL.reviews().stream().filter(ReviewRow::partner)
        .allMatch(r -> r.unknown().stream().anyMatch(u -> u.ruleId().equals("TERM-4"))));
    for (String partner : List.of("KIM Sinar Pagi", "KIM Maju Bersama", "KIM Warta Baler Bale Agung", "KIM Srikandi",
        "KIM Kabar Desa", "KIM Sejahtera")) {
      ReviewRow row = MODEL.reviews().stream().filter(r -> r.kim().equals(partner)).findFirst().orElseThrow();
      assertEquals(Optional.of("UNDER_REVIEW"), row.status(), partner + ": " + row.lifecycle());
      assertEquals(Optional.of("dalam peninjauan"), row.statusLabel());
      assertTrue(row.lifecycle().get().contains("T5"), row.lifecycle()::get);
    }
  }

  private static List<String> indicated(String kim) {
    return MODEL.reviews().stream().filter(r -> r.kim().equals(kim)).findFirst().orElseThrow().indicated().stream()
        .map(Reason::ruleId).toList();
  }

  @Test
  @DisplayName(
      "the same model gives the same bytes (render and write), and no phone number or e-mail is printed (GAP-49)")
  void deterministicAndNoPersonalData() throws Exception {
    assertEquals(HTML, HtmlReport.render(SampleReport.model(Lang.ID)));
    StringWriter w = new StringWriter();
    HtmlReport.write(MODEL, w);
    assertEquals(HTML, w.toString());
    assertFalse(Pattern.compile("0812-[0-9]{4}-[0-9]{4}").matcher(HTML).find());
    assertFalse(HTML.contains("@example.id"));
  }

  @Test
  void theEnglishReportIsEnglish() {
    String en = HtmlReport.render(SampleReport.model(Lang.EN));
    Page page = Page.of(en);
    assertEquals("en", page.all(null, XHTML, "html").get(0).getAttribute("lang"));
    String text = page.visibleText();
    assertTrue(text.contains("NOT ELIGIBLE"));
    assertTrue(text.contains("GRID-1: make partner"));
    assertTrue(text.contains("CONTINUE THE COLLABORATION"), "the recommendation is in English");
    assertTrue(text.contains("Indicated"));
    Set<String> ids = new HashSet<>(page.all(null, XHTML, "section").stream().map(s -> s.getAttribute("id")).toList());
    assertTrue(ids.containsAll(Set.of("mapping", "appendix")));
  }
}
