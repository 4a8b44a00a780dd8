package id.kim.report;

import static id.kim.report.Page.XHTML;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.community.KimProfile;
import id.kim.core.i18n.Lang;
import id.kim.report.data.Dataset;
import id.kim.report.data.Inputs;
import id.kim.report.html.HtmlReport;
import id.kim.report.pipeline.MappingEntry;
import id.kim.report.pipeline.MappingRun;
import id.kim.report.pipeline.RuleFamilies;
import id.kim.rules.mapping.report.MappingReport;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** What misled a reader of the report, each pinned on the bundled sample (issue 14). */
class ReportFixesTest {
  private static final Dataset DATA = Dataset.load(Inputs.sample(), Lang.ID).getOrElseThrow(p -> new AssertionError(p));
  private static final ReportModel MODEL = SampleReport.model(Lang.ID);
  private static final ReportModel EN = SampleReport.model(Lang.EN);
  private static final Page PAGE = Page.of(HtmlReport.render(MODEL));

  private static Map<Integer, EligibilityRow> eligibility() {
    return MODEL.eligibility().stream().collect(Collectors.toMap(EligibilityRow::number, Function.identity()));
  }

  @Test
  @DisplayName(
      "MAP-ENTRY-1..4: only KIM whose mapping-entry decision is ELIGIBLE are mapped; the others are listed apart with "
          + "the rule")
  void onlyEligibleKimEnterTheMapping() {
    Map<Integer, EligibilityRow> eligibility = eligibility();
    for (GridPoint p : MODEL.grid()) {
      assertEquals("ELIGIBLE", eligibility.get(p.number()).mappingEntry().get(), p.kim());
    }
    assertEquals(List.of(21, 22, 23, 29, 34), MODEL.notMapped().stream().map(NotMappedRow::number).toList());
    for (NotMappedRow n : MODEL.notMapped()) {
      assertFalse(MODEL.grid().stream().anyMatch(p -> p.number() == n.number()), n.kim() + " is on the grid");
      assertTrue(n.reasons().stream().allMatch(r -> r.ruleId().startsWith("MAP-ENTRY-")), n.kim() + ": " + n.reasons());
      assertFalse(n.reasons().isEmpty());
      assertEquals(eligibility.get(n.number()).mappingEntryLabel().get(), n.verdictLabel());
      Element li = PAGE.withKim(PAGE.byId("not-mapped")).stream()
          .filter(e -> e.getAttribute("data-kim").equals(String.valueOf(n.number()))).findFirst().orElseThrow();
      assertTrue(li.getTextContent().contains(n.reasons().get(0).ruleId()) && li.getTextContent().contains(n.kim()));
    }
    assertEquals("TIDAK LAYAK", MODEL.notMapped().get(0).verdictLabel());
    assertEquals("MAP-ENTRY-3", MODEL.notMapped().get(0).reasons().get(0).ruleId());
  }

  @Test
  @DisplayName("MAP-ENTRY-1..4: the KIM listed apart are derived from the eligibility table, never given beside it")
  void notMappedFollowsTheEligibilityTable() {
    List<EligibilityRow> firstNotMapped = MODEL.eligibility().stream().filter(r -> r.number() == 21).toList();
    ReportModel one = ReportModel.builder().from(MODEL).eligibility(firstNotMapped).build();
    assertEquals(List.of(MODEL.notMapped().get(0)), one.notMapped());
    assertEquals(List.of(), ReportModel.builder().from(MODEL).eligibility(List.of()).build().notMapped());
    EligibilityRow unknown = EligibilityRow.builder().number(99).kim("KIM Tanpa Keputusan").build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NotMappedRow.of(unknown));
    assertTrue(e.getMessage().contains("99") && e.getMessage().contains("MAP-ENTRY-1..4"), e.getMessage());
    assertEquals(List.of(), ReportModel.builder().from(MODEL).eligibility(List.of(unknown)).build().notMapped(),
        "a row without a mapping-entry verdict is not listed as left out");
  }

  @Test
  @DisplayName("MAP-ENTRY-1..4: the mapping input holds only the KIM that entered (MappingRun with MappingEntry)")
  void theMappingInputHoldsOnlyTheKimThatEntered() {
    MappingEntry entry = MappingEntry.of(DATA, RuleFamilies.available().eligibility(), Inputs.SAMPLE_AS_OF);
    assertEquals(35, entry.entered().size());
    assertEquals(35, MappingRun.input(DATA, entry.entrants()).profiles().size());
    MappingReport report = MappingRun.of(DATA, entry, RuleFamilies.available(), Inputs.SAMPLE_AS_OF).get();
    assertEquals(35, report.census().size());
    assertEquals(MODEL.notMapped().size(), report.notAdmitted().size(), "the others are listed apart in the report");
    assertEquals(report, MappingRun.of(DATA, RuleFamilies.available(), Inputs.SAMPLE_AS_OF).get(),
        "a regency/city Dinas' data are mapped through the entry decisions whichever entry point is used");
    Set<String> mapped = report.ranking().decisions().map(d -> d.placement().kim().name()).toJavaSet();
    for (NotMappedRow n : MODEL.notMapped()) {
      assertFalse(mapped.contains(n.kim()), n.kim());
    }
    assertTrue(report.notes()
        .forAll(f -> MODEL.notMapped().stream().noneMatch(n -> f.summary(Lang.ID).contains(n.kim()))),
        "no note speaks of a KIM that did not enter");
  }

  @Test
  @DisplayName(
      "MONITOR-PURPOSE: continuing the collaboration is recommended only to partners; others read that none applies")
  void recommendationOnlyForPartners() {
    Set<String> partners = DATA.records().stream().filter(r -> r.profile().partnershipPeriods().stream()
        .anyMatch(p -> p.period().contains(Inputs.SAMPLE_AS_OF))).map(r -> r.profile().name())
        .collect(Collectors.toSet());
    assertEquals(16, partners.size());
    for (EvaluationRow e : MODEL.evaluations()) {
      assertEquals(partners.contains(e.kim()), e.partner(), e.kim());
      if (!e.partner()) {
        assertEquals(EvaluationRow.NOT_APPLICABLE, e.recommendation(), e.kim());
        assertEquals("TIDAK BERLAKU (bukan mitra)", e.recommendationLabel());
        assertTrue(e.reasons().get(0).message().startsWith("Bukan mitra per 2026-01-15"), e.reasons()::toString);
      } else {
        assertFalse(e.recommendation().equals(EvaluationRow.NOT_APPLICABLE));
      }
    }
    for (Element tr : PAGE.withKim(null)) {
      if ("CONTINUE".equals(tr.getAttribute("data-recommendation"))) {
        String name = MODEL.kims().get(Integer.parseInt(tr.getAttribute("data-kim")) - 1).name();
        assertTrue(partners.contains(name), name + " is recommended to continue but is not a partner");
      }
    }
  }

  @Test
  @DisplayName(
      "TERM-1..7: an indicated ground reads \"Terindikasi\" / \"Indicated\"; an unknowable ground says what data is "
          + "missing")
  void groundsReadRight() {
    for (ReviewRow r : MODEL.reviews()) {
      r.indicated().forEach(g -> assertEquals("Terindikasi", g.outcomeLabel()));
      r.unknown().forEach(g -> assertTrue(g.message().length() > 20 && !g.message().equals(g.ruleId()), g::message));
    }
    EN.reviews().forEach(r -> r.indicated().forEach(g -> assertEquals("Indicated", g.outcomeLabel())));
    String reviews = PAGE.section("reviews").getTextContent();
    assertFalse(reviews.contains("Tidak terpenuhi"), "an indication is not a requirement not met");
    assertTrue(reviews.contains("Terindikasi"));
    assertTrue(reviews.contains("TERM-4 — Keterlibatan dalam kegiatan melanggar hukum tidak dapat dibaca dari data"),
        reviews);
  }

  @Test
  @DisplayName("one numbering: the Tabel 3.1 import order, the same in legend, grid, matrix and every table")
  void oneNumbering() {
    List<String> imported = DATA.profileImport().get().profiles().stream().map(KimProfile::name).toList();
    assertEquals(imported, MODEL.kims().stream().map(KimEntry::name).toList());
    for (int i = 0; i < MODEL.kims().size(); i++) {
      assertEquals(i + 1, MODEL.kims().get(i).number());
    }
    for (Element row : PAGE.withKim(null)) {
      if (!row.getLocalName().equals("tr")) {
        continue;
      }
      int n = Integer.parseInt(row.getAttribute("data-kim"));
      List<Element> cells = PAGE.all(row, XHTML, "td");
      String name = MODEL.kims().get(n - 1).name();
      assertTrue(cells.stream().anyMatch(td -> td.getTextContent().equals(String.valueOf(n))),
          "no number cell in a row of " + name);
      assertTrue(cells.stream().anyMatch(td -> td.getTextContent().replace(" *", "").equals(name)), "row " + n
          + " is not " + name);
    }
    for (GridPoint p : MODEL.grid()) {
      assertEquals(MODEL.kims().get(p.number() - 1).name(), p.kim());
    }
  }

  @Test
  @DisplayName("numbers: Indonesian 13.860 and 14,9 % on the id page, English 13,860 and 14.9% on the en page")
  void numberFormats() {
    assertEquals("13.860", Numbers.integer(13860, Lang.ID));
    assertEquals("14,9\u00a0%", Numbers.percent(14.9, Lang.ID));
    assertEquals("13,860", Numbers.integer(13860, Lang.EN));
    assertEquals("14.9%", Numbers.percent(14.9, Lang.EN));
    assertEquals("+21,0", Numbers.signed(21, 1, Lang.ID));
    String idText = PAGE.visibleText();
    assertFalse(idText.matches("(?s).*\\btotal \\d{4,}.*"), "a figure without thousands separator");
    assertTrue(idText.matches("(?s).*jumlah 14\\.663 > batas \\d\\.\\d{3}.*"), "measured power in Indonesian format");
    assertTrue(MODEL.evaluations().stream().anyMatch(e -> e.outtakes().matches("\\d{1,3}(\\.\\d{3})+")),
        "outtakes with a '.' group");
    assertTrue(MODEL.evaluations().stream().anyMatch(e -> e.outcome().matches("[+−]\\d+,\\d poin")),
        "outcome with a decimal comma");
    String idPage = HtmlReport.render(MODEL);
    String enPage = HtmlReport.render(EN);
    assertTrue(idPage.matches("(?s).*: \\d+,\\d\u00a0%.*"), "an Outcome share (MEASURE-3) as 14,9 % on the id page");
    assertFalse(idPage.matches("(?s).*\\d[.,]\\d+ %.*"),
        "a share with an ordinary space or two decimals on the id page");
    assertTrue(enPage.matches("(?s).*: \\d+\\.\\d%.*"), "an Outcome share (MEASURE-3) as 14.9% on the en page");
    assertFalse(enPage.matches("(?s).*\\d[.,]\\d+ %.*"), "a share with a space or two decimals on the en page");
    for (Element text : PAGE.all(PAGE.section("evaluation"), Page.SVG, "text")) {
      String t = text.getTextContent();
      if (t.matches("[-\\d.,]+") && t.length() > 3) {
        assertTrue(t.matches("-?\\d{1,3}(\\.\\d{3})*(,\\d+)?"), "tick " + t);
      }
    }
  }

  @Test
  @DisplayName("long repeated texts are folded: the same activity in a row is written once with its count")
  void repeatsFolded() {
    String text = PAGE.visibleText();
    assertFalse(
        text.contains("Berbagi tautan materi di grup WhatsApp warga; Berbagi tautan materi di grup WhatsApp warga"));
    assertTrue(text.contains("×)"));
  }
}
