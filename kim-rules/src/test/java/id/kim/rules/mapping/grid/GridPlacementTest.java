package id.kim.rules.mapping.grid;

import static id.kim.rules.mapping.MappingFixtures.AS_OF;
import static id.kim.rules.mapping.MappingFixtures.OFFICER;
import static id.kim.rules.mapping.grid.GridTestData.INTEREST;
import static id.kim.rules.mapping.grid.GridTestData.ROW1;
import static id.kim.rules.mapping.grid.GridTestData.ROW2;
import static id.kim.rules.mapping.grid.GridTestData.ROW3;
import static id.kim.rules.mapping.grid.GridTestData.ROW4;
import static id.kim.rules.mapping.grid.GridTestData.ROWS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.community.GovernmentAffair;
import id.kim.core.community.KimProfile;
import id.kim.core.community.KimRef;
import id.kim.core.i18n.Lang;
import id.kim.core.metric.ReachMetric;
import id.kim.rules.explain.Finding;
import id.kim.rules.explain.Outcome;
import id.kim.rules.explain.Severity;
import id.kim.rules.mapping.MappingFixtures;
import id.kim.rules.mapping.issue.IssueDossier;
import id.kim.rules.mapping.issue.IssueDuration;
import id.kim.rules.mapping.issue.PublicIssue;
import id.kim.rules.mapping.threshold.AbsoluteThreshold;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName(
    "Grid placement — MAP-STAGE-C, MAP-RULE-d, GRID-VAR: every KIM placed, with the policy and numbers that decided")
class GridPlacementTest {

  private static GridPlacement placementOf(Grid grid, KimProfile p) {
    return grid.placementOf(KimRef.from(p)).get();
  }

  @Test
  @DisplayName("GRID-1..4: a small Dinas with one KIM per row of Tabel 3.3 — each an exact juknis match")
  void oneKimPerRow() {
    Grid grid = GridTestData.place(ROWS, INTEREST, LevelPolicy.standard());
    assertEquals(List.of(GridCategory.G1_PARTNER, GridCategory.G2_PERSUADE, GridCategory.G3_BUILD_CAPACITY,
        GridCategory.G4_RECORD_AND_MONITOR),
        List.of(ROW1, ROW2, ROW3, ROW4).stream().map(p -> placementOf(grid, p).category()).toList());
    for (GridPlacement p : grid.placements()) {
      assertTrue(p.juknisExactMatch());
      assertEquals(Outcome.SATISFIED, p.finding().outcome());
      assertEquals(p.category().ruleId(), p.finding().ruleId());
      assertFalse(p.finding().citation().proposed());
      assertTrue(p.notes().isEmpty());
    }
  }

  @Test
  @DisplayName("GAP-15: the placement records the policy and the numbers — total 5200 above the median 300 of 4 KIM")
  void placementRecordsPolicyAndNumbers() {
    GridPlacement p = placementOf(GridTestData.place(ROWS, INTEREST, LevelPolicy.standard()), ROW1);
    assertEquals(LevelBasis.MEASURED, p.power().basis());
    assertEquals("total 5200 > 300", p.power().measurement().get().comparison());
    assertEquals(4, p.power().measurement().get().populationSize());
    String evidence = p.finding().evidence().mkString("; ");
    assertTrue(evidence.contains("power=HIGH (MEASURED: total 5200 > 300; relative(p50,SUM); n=4)"), evidence);
    assertTrue(evidence.contains("interest=HIGH (ASSESSED: S*** A***, 2026-03-10)"), evidence);
    assertTrue(evidence.contains(
        "policy=power=relative(p50,SUM); influence=relative(p50,SUM); interest=ASSESSMENT_ONLY; mixed=BOTH_HIGH"));
    assertEquals(5200L, p.power().figure());
    assertTrue(p.finding().message().render(Lang.ID).contains("Tabel 3.3 No. 1"));
  }

  @Test
  @DisplayName("PRIORITY-1 'yang dinilai': an assessment prevails over the figures, which stay on record")
  void assessmentPrevails() {
    List<GridAssessment> as = new ArrayList<>(INTEREST);
    as.add(MappingFixtures.assess(ROW2, GridVariable.POWER, Level.LOW));
    GridPlacement p = placementOf(GridTestData.place(ROWS, as, LevelPolicy.standard()), ROW2);
    assertEquals(Level.LOW, p.power().level());
    assertEquals(LevelBasis.ASSESSED, p.power().basis());
    assertEquals(Level.HIGH, p.power().indicated().get());
    assertEquals(GridCategory.G4_RECORD_AND_MONITOR, p.category());
    assertFalse(p.juknisExactMatch());
    assertEquals(MixedCasePolicy.BOTH_HIGH, p.classification().appliedPolicy().get());
    assertEquals("GAP-14", p.finding().citation().gap().get());
  }

  @Test
  @DisplayName(
      "As-of: the latest assessment on or before the date counts; a later one is ignored; same day, LOW prevails")
  void latestAssessment() {
    KimRef ref = KimRef.from(ROW1);
    GridAssessment old = GridAssessment.builder().kim(ref).variable(GridVariable.INTEREST).level(Level.LOW)
        .assessedBy(OFFICER).assessedOn(AS_OF.minusMonths(6)).rationale("Belum aktif").build();
    GridAssessment current = old.withLevel(Level.HIGH).withAssessedOn(AS_OF);
    GridAssessment future = old.withLevel(Level.LOW).withAssessedOn(AS_OF.plusDays(1));
    assertEquals(Level.HIGH,
        placementOf(GridTestData.place(ROWS, List.of(future, current, old), LevelPolicy.standard()), ROW1)
        .interest().level());
    GridAssessment sameDayLow = current.withLevel(Level.LOW).withAssessedOn(AS_OF);
    for (List<GridAssessment> order : List.of(List.of(current, sameDayLow), List.of(sameDayLow, current))) {
      assertEquals(Level.LOW,
          placementOf(GridTestData.place(ROWS, order, LevelPolicy.standard()), ROW1).interest().level());
    }
  }

  @Test
  @DisplayName(
      "GAP-16: interest not assessed is LOW and flagged (UNKNOWN warning with a remedy); no figures is LOW and flagged")
  void noEvidenceIsLowAndFlagged() {
    KimProfile bare = KimProfile.builder().name("KIM Baru").build();
    GridPlacement p = placementOf(GridTestData.place(List.of(bare, ROW1), List.of(), LevelPolicy.standard()), bare);
    assertEquals(GridCategory.G4_RECORD_AND_MONITOR, p.category());
    assertEquals(3, p.notes().size());
    Finding note = p.notes().head();
    assertEquals("GRID-VAR", note.ruleId().value());
    assertEquals(Outcome.UNKNOWN, note.outcome());
    assertEquals(Severity.WARNING, note.severity());
    assertTrue(note.remedy().isDefined());
    assertEquals(LevelBasis.NO_EVIDENCE, p.power().basis());
  }

  @Test
  @DisplayName(
      "GAP-16: interest may be suggested by current priority issues that meet PROFILE-m — only when the policy says so")
  void suggestedInterest() {
    PublicIssue priority = PublicIssue.builder().title("Vaksinasi lansia").field(GovernmentAffair.HEALTH).priority(true)
        .build();
    PublicIssue faded = priority.withTitle("Vaksinasi Covid-19 tahap 1")
        .withDossier(IssueDossier.builder()
            .duration(IssueDuration.of(AS_OF.minusYears(3)).withExpectedFadeOn(AS_OF.minusYears(2))).build());
    LevelPolicy overlap = LevelPolicy.builder().interest(InterestPolicy.ASSESSMENT_OR_ISSUE_OVERLAP).build();
    GridPlacement suggested = placementOf(GridTestData.place(ROWS, List.of(priority), List.of(), List.of(), overlap),
        ROW3);
    assertEquals(Level.HIGH, suggested.interest().level());
    assertEquals(LevelBasis.SUGGESTED, suggested.interest().basis());
    assertEquals(List.of("Vaksinasi lansia"), suggested.interest().overlappingIssues().toJavaList());
    GridPlacement onlyFaded = placementOf(GridTestData.place(ROWS, List.of(faded), List.of(), List.of(), overlap),
        ROW3);
    assertEquals(Level.LOW, onlyFaded.interest().level());
    GridPlacement notAllowed = placementOf(GridTestData.place(ROWS, List.of(priority), List.of(), List.of(),
        LevelPolicy.standard()), ROW3);
    assertEquals(LevelBasis.NO_EVIDENCE, notAllowed.interest().basis());
    assertEquals(Level.HIGH, notAllowed.interest().suggestion().get());
  }

  @Test
  @DisplayName(
      "GAP-14 MANUAL: a mixed case is UNCLASSIFIED until the Dinas decides; the decision is recorded in the placement")
  void manualPolicy() {
    LevelPolicy manual = LevelPolicy.builder().mixedCase(MixedCasePolicy.MANUAL).build();
    List<GridAssessment> as = new ArrayList<>(INTEREST);
    as.add(MappingFixtures.assess(ROW1, GridVariable.INFLUENCE, Level.LOW));
    GridPlacement open = placementOf(GridTestData.place(ROWS, List.of(), as, List.of(), manual), ROW1);
    assertEquals(GridCategory.UNCLASSIFIED, open.category());
    assertEquals("GRID-VAR", open.finding().ruleId().value());
    assertEquals(Outcome.UNKNOWN, open.finding().outcome());
    assertTrue(open.finding().remedy().isDefined());

    CategoryDecision decided = CategoryDecision.builder().kim(KimRef.from(ROW1)).category(GridCategory.G1_PARTNER)
        .decidedBy(OFFICER).decidedOn(AS_OF.minusDays(1)).rationale("Pengaruh turun sementara karena akun diretas")
        .build();
    CategoryDecision later = decided.withCategory(GridCategory.G3_BUILD_CAPACITY).withDecidedOn(AS_OF.plusDays(1));
    GridPlacement closed = placementOf(GridTestData.place(ROWS, List.of(), as, List.of(later, decided), manual), ROW1);
    assertEquals(GridCategory.G1_PARTNER, closed.category());
    assertEquals(Outcome.SATISFIED, closed.finding().outcome());
    assertEquals("GRID.decided.1", closed.finding().message().key());

    GridPlacement exact = placementOf(GridTestData.place(ROWS, List.of(), INTEREST,
        List.of(decided.withKim(KimRef.from(ROW4))), manual), ROW4);
    assertEquals(GridCategory.G4_RECORD_AND_MONITOR, exact.category());
    assertTrue(exact.decision().isEmpty());
    assertThrows(IllegalArgumentException.class, () ->
        decided.withCategory(GridCategory.UNCLASSIFIED).withDecidedOn(AS_OF));
  }

  @Test
  @DisplayName("GRID-VAR: an assessment of a KIM outside the census is flagged, not silently dropped")
  void strayAssessment() {
    KimProfile stranger = KimProfile.builder().name("KIM Luar").build();
    Grid grid = GridTestData.place(ROWS, List.of(MappingFixtures.assess(stranger, GridVariable.INTEREST, Level.HIGH)),
        LevelPolicy.standard());
    assertEquals("GRID-VAR.unknownKim", grid.findings().single().message().key());
    assertThrows(IllegalArgumentException.class, () ->
        MappingFixtures.assess(stranger, GridVariable.INTEREST, Level.HIGH)
        .withRationale(" "));
  }

  @Test
  @DisplayName("GAP-15 absolute policy: 1000 followers make power HIGH even in a Dinas where that is below the median")
  void absolutePolicy() {
    LevelPolicy absolute = LevelPolicy.builder().power(AbsoluteThreshold.<ReachMetric>builder()
        .putPerMetric(ReachMetric.FOLLOWERS, 300L).build()).build();
    GridPlacement p = placementOf(GridTestData.place(ROWS, INTEREST, absolute), ROW3);
    assertEquals(Level.HIGH, p.power().level());
    assertEquals("FOLLOWERS 300 >= 300", p.power().measurement().get().comparison());
    assertEquals(GridCategory.G3_BUILD_CAPACITY, p.category());
    assertFalse(p.juknisExactMatch());
  }
}
