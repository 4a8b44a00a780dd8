package id.kim.rules.termination;

import static id.kim.rules.termination.Scans.changed;
import static id.kim.rules.termination.Scans.detected;
import static id.kim.rules.termination.Scans.finding;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.assessment.AssessedCriterion;
import id.kim.core.assessment.Assessment;
import id.kim.core.assessment.AssessmentResult;
import id.kim.core.community.KimRecord;
import id.kim.core.i18n.Lang;
import id.kim.rules.explain.Outcome;
import id.kim.rules.fixtures.Kims;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("TERM-6: reputation decline that could threaten the Dinas' reputation")
class ReputationTriggerTest {
  private static final TerminationTrigger T = TerminationTrigger.REPUTATION_DECLINE;
  private static final LocalDate ON = LocalDate.of(2026, 5, 10);

  private static Assessment decline(AssessmentResult result, LocalDate on) {
    return Assessment.builder().criterion(AssessedCriterion.REPUTATION_DECLINE).result(result).assessedBy(Kims.OFFICER)
        .assessedOn(on).note("Pemberitaan negatif di media lokal").build();
  }

  private static KimRecord with(Assessment... as) {
    return Kims.record().withAssessments(List.of(as));
  }

  @Test
  @DisplayName("TERM-6 a REPUTATION_DECLINE assessment MET is indicated from its day on; the officer is masked")
  void met() {
    KimRecord r = with(decline(AssessmentResult.MET, ON));
    assertEquals(Outcome.NOT_SATISFIED, finding(T, r, ON).outcome());
    Indication i = detected(T, r, ON).single();
    assertTrue(i.evidence().mkString(", ").contains("assessment.assessedBy=M*** W***"));
    assertTrue(Kims.hidesNames(i.toString()));
    assertEquals(Outcome.UNKNOWN, finding(T, r, ON.minusDays(1)).outcome());
  }

  @Test
  @DisplayName("TERM-6 the latest assessment counts: NOT_MET after MET clears it")
  void latestCounts() {
    KimRecord r = with(decline(AssessmentResult.MET, ON), decline(AssessmentResult.NOT_MET, ON.plusDays(20)));
    assertEquals(Outcome.NOT_SATISFIED, finding(T, r, ON.plusDays(19)).outcome());
    assertEquals(Outcome.SATISFIED, finding(T, r, ON.plusDays(20)).outcome());
  }

  @Test
  @DisplayName("TERM-6 without an applicable assessment: unknown, can be reported")
  void noneIsUnknown() {
    assertEquals(Outcome.UNKNOWN, finding(T, Kims.record(), ON).outcome());
    Assessment expired = Assessment.builder().from(decline(AssessmentResult.MET, ON)).validUntil(ON.plusDays(5))
        .build();
    assertEquals(Outcome.UNKNOWN, finding(T, with(expired), ON.plusDays(6)).outcome());
    assertTrue(finding(T, Kims.record(), ON).message().render(Lang.EN).contains("can report"));
  }

  @Test
  @DisplayName("TERM-6 between versions: a new decline assessment is detected")
  void changes() {
    assertEquals(1, changed(T, Kims.record(), with(decline(AssessmentResult.MET, ON)), ON).size());
  }
}
