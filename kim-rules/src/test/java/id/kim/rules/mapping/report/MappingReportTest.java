package id.kim.rules.mapping.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import id.kim.core.community.KimProfile;
import id.kim.core.community.KimRef;
import id.kim.core.i18n.Lang;
import id.kim.rules.explain.Finding;
import id.kim.rules.mapping.Mapping;
import id.kim.rules.mapping.MappingFixtures;
import id.kim.rules.mapping.MappingGen;
import id.kim.rules.mapping.MappingInput;
import id.kim.rules.mapping.MappingPolicy;
import id.kim.rules.mapping.WorkedExample;
import id.kim.rules.mapping.grid.GridCategory;
import id.kim.rules.mapping.grid.GridVariable;
import id.kim.rules.mapping.grid.Level;
import io.vavr.collection.Seq;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("MappingReport — MAP-STAGE-E, REPORT-1: the matrix, issue links and completeness, as text and as a tree")
class MappingReportTest {

  private static MappingReport run(MappingInput input, MappingPolicy policy) {
    return Mapping.run(input, policy, WorkedExample.asOf()).get();
  }

  private static MappingReport example() {
    return run(WorkedExample.input(), MappingPolicy.standard());
  }

  @Test
  @DisplayName(
      "REPORT-1, GAP-18: by default the matrix holds the prioritised KIM, by rank, with interest, power, influence and "
          + "category")
  void matrixOfPriorityKim() {
    MappingReport r = example();
    assertEquals(List.of("Indonesia Bisa", "KIM Radio Jembrana", "KIM Pahlawan", "KIM Gumbrih"),
        r.rows().map(row -> row.kim().name()).toJavaList());
    MappingReportRow first = r.rows().head();
    assertEquals(List.of(Level.HIGH, Level.HIGH, Level.HIGH),
        List.of(first.interest(), first.power(), first.influence()));
    assertEquals(GridCategory.G1_PARTNER, first.category());
    assertTrue(first.juknisExactMatch() && first.prioritised() && first.involved());
    assertTrue(r.rows().forAll(MappingReportRow::prioritised));
    assertEquals("BOTH_HIGH", r.rows().get(2).appliedPolicy().get().name());
  }

  @Test
  @DisplayName("GAP-18 includeAll: every KIM of the census is in the matrix, the category-4 KIM too")
  void includeAll() {
    MappingReport r = run(WorkedExample.input(), MappingPolicy.standard().withReport(ReportOptions.allKim()));
    assertEquals(6, r.rows().size());
    assertEquals(GridCategory.G4_RECORD_AND_MONITOR, r.rows().last().category());
    assertTrue(r.toText(Lang.ID).contains("Cakupan matriks: seluruh KIM, 6 dari 6 KIM"));
    assertEquals("all", r.toTree(Lang.ID).get("scope"));
  }

  @Test
  @DisplayName("MAP-RULE-0: the report records which KIM were mapped — prioritised or not — and no other")
  void mappedKim() {
    MappingReport r = example();
    assertTrue(r.isMapped(KimRef.from(WorkedExample.MAKATA)));
    assertFalse(r.isMapped(KimRef.from(KimProfile.builder().name("KIM Belum Dipetakan").build())));
    assertTrue(MappingReport.MAP_RULE_0_CITATION.quote().contains("berdasarkan hasil pemetaan"));
  }

  @Test
  @DisplayName(
      "The tree is JSON-ready: only maps with string keys, lists, strings, numbers and booleans, in a stable order")
  @SuppressWarnings("unchecked")
  void treeIsJsonReady() {
    Map<String, Object> tree = example().toTree(Lang.EN);
    assertJsonReady(tree);
    assertEquals(List.of("report", "dinas", "dinasLevel", "asOf", "lang", "scope", "policies", "censusSize", "matrix",
        "issues",
        "completeness", "notes"), List.copyOf(tree.keySet()));
    Map<String, Object> row = ((List<Map<String, Object>>) tree.get("matrix")).get(0);
    assertEquals("GRID-1", ((Map<String, Object>) row.get("category")).get("rule"));
    Map<String, Object> power = (Map<String, Object>) ((Map<String, Object>) row.get("power")).get("measurement");
    assertEquals(300L, power.get("cutoff"));
    assertEquals("relative(p50,SUM)", power.get("policy"));
    assertEquals(example().toTree(Lang.EN), tree);
    Map<String, Object> issue = ((List<Map<String, Object>>) tree.get("issues")).get(0);
    assertEquals(WorkedExample.PROKES.title(), issue.get("title"));
  }

  @SuppressWarnings("unchecked")
  private static void assertJsonReady(Object node) {
    if (node instanceof Map) {
      for (Map.Entry<Object, Object> e : ((Map<Object, Object>) node).entrySet()) {
        assertTrue(e.getKey() instanceof String, "key " + e.getKey());
        assertJsonReady(e.getValue());
      }
    } else if (node instanceof List) {
      ((List<Object>) node).forEach(MappingReportTest::assertJsonReady);
    } else {
      assertTrue(node instanceof String || node instanceof Number || node instanceof Boolean, "leaf " + node);
    }
  }

  @Test
  @DisplayName("Personal data never appears unmasked in the text or the tree")
  void personalDataMasked() {
    MappingReport r = example();
    for (String out : List.of(r.toText(Lang.ID), r.toText(Lang.EN), r.toTree(Lang.ID).toString(), r.toString())) {
      for (String raw : List.of("Siti Aminah", "Made Wirawan", "081200000000", "Ngurah Rai", "kim@desa.id")) {
        assertFalse(out.contains(raw), raw);
      }
    }
  }

  @Test
  @DisplayName("Every message and remedy of the report exists in both bundles")
  void messagesExistInBothLanguages() {
    MappingReport r = run(WorkedExample.input(), MappingPolicy.standard().withReport(ReportOptions.allKim()));
    Seq<Finding> all = r.rows().flatMap(row -> row.decision().findings().prepend(row.decision().placement().finding()))
        .appendAll(r.issues().rows().flatMap(row -> row.links().map(l -> l.explanation())))
        .appendAll(r.issues().findings()).appendAll(r.completeness().flatMap(c -> c.findings())).appendAll(r.notes());
    assertTrue(all.size() > 20);
    for (Lang lang : Lang.values()) {
      for (Finding f : all) {
        assertFalse(f.message().render(lang).startsWith("["), f.message().key());
        f.remedy().forEach(m -> assertFalse(m.render(lang).startsWith("["), m.key()));
      }
      assertFalse(r.toText(lang).contains("[report."));
    }
  }

  @Test
  @DisplayName("A Dinas with zero KIM gets an empty report without error")
  void zeroKim() {
    MappingReport r = run(MappingInput.builder().dinas(MappingFixtures.DINAS).build(), MappingPolicy.standard());
    assertTrue(r.rows().isEmpty());
    assertTrue(r.toText(Lang.ID).contains("A. MATRIKS PEMETAAN (Tabel 3.3)\n  (tidak ada)"));
    assertEquals(List.of(), r.toTree(Lang.EN).get("matrix"));
  }

  @Test
  @DisplayName("A Dinas with one KIM: relative power and influence are low; the Dinas' assessment still counts")
  void oneKim() {
    KimProfile only = MappingFixtures.kim("Indonesia Bisa", "KIM/5101/0001", 5200, 840);
    MappingReport r =
        run(
            MappingInput.builder()
                .dinas(MappingFixtures.DINAS)
                .addProfiles(only)
                .addAssessments(MappingFixtures.assess(only, GridVariable.INTEREST, Level.HIGH))
                .build(),
            MappingPolicy.standard());
    assertEquals(GridCategory.G3_BUILD_CAPACITY, r.rows().single().category());
    assertTrue(r.toText(Lang.EN).contains("total 5200 <= 5200 (n=1)"));
  }

  @Test
  @DisplayName("A Dinas whose KIM all have equal figures: no one is high; categories follow interest alone")
  void allEqual() {
    List<KimProfile> equal = List.of(MappingFixtures.kim("A", "KIM/1", 100, 10),
        MappingFixtures.kim("B", "KIM/2", 100, 10));
    MappingReport r = run(MappingInput.builder().dinas(MappingFixtures.DINAS).addAllProfiles(equal).build(),
        MappingPolicy.standard().withReport(ReportOptions.allKim()));
    assertTrue(r.rows().forAll(row -> row.category() == GridCategory.G4_RECORD_AND_MONITOR));
    assertEquals(2, r.notes().size());
  }

  @Test
  @DisplayName("The text does not depend on the order of the input")
  void textIndependentOfInputOrder() {
    MappingInput input = WorkedExample.input();
    String expected = run(input, MappingPolicy.standard()).toText(Lang.ID);
    qt().withExamples(30).forAll(MappingGen.seeds()).checkAssert(seed -> assertEquals(expected, run(input
        .withProfiles(MappingGen.shuffled(input.profiles(), seed))
        .withIssues(MappingGen.shuffled(input.issues(), seed))
        .withAssessments(MappingGen.shuffled(input.assessments(), seed)), MappingPolicy.standard()).toText(Lang.ID)));
  }
}
