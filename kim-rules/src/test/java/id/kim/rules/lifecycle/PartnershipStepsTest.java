package id.kim.rules.lifecycle;

import static id.kim.rules.lifecycle.Journeys.DESIGNATED_ON;
import static id.kim.rules.lifecycle.Journeys.PERIOD;
import static id.kim.rules.lifecycle.Journeys.PROGRAMME;
import static id.kim.rules.lifecycle.Journeys.reach;
import static id.kim.rules.lifecycle.Journeys.rejected;
import static id.kim.rules.lifecycle.Journeys.run;
import static id.kim.rules.lifecycle.Journeys.state;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.community.PartnershipPeriod;
import id.kim.core.i18n.Lang;
import id.kim.core.time.Period;
import id.kim.rules.explain.Outcome;
import id.kim.rules.explain.RuleId;
import id.kim.rules.fixtures.Kims;
import id.kim.rules.termination.TerminationTrigger;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("T4/T4b designation for a period, T8/T8b end of partnership periods (PROFILE-r, INV-4, GAP-27)")
class PartnershipStepsTest {
  private final Lifecycle lifecycle = Lifecycle.standard();
  private final LifecycleState categorised = state(reach(Status.CATEGORISED));

  private Designate designate(LocalDate on, Outcome outcome, LocalDate decidedAsOf) {
    return Designate.of(Kims.OFFICER, on, PartnershipPeriod.of(PERIOD, PROGRAMME), Kims.decision(decidedAsOf, outcome));
  }

  @Test
  @DisplayName(
      "T4 CATEGORISED → PARTNER on an ELIGIBLE decision; the designation is held with period, programme and decision")
  void designate() {
    Transition t = lifecycle.apply(categorised, Journeys.designate(DESIGNATED_ON), DESIGNATED_ON).get();
    assertEquals(Step.T4, t.step());
    assertEquals(Status.PARTNER, t.after().status());
    Designation d = t.after().designations().single();
    assertEquals(PartnershipPeriod.of(PERIOD, PROGRAMME), d.period());
    assertEquals(Kims.OFFICER, d.designatedBy());
    assertEquals(DESIGNATED_ON, d.designatedOn());
    assertTrue(t.rules().contains(RuleId.of("MAP-RULE-0")));
  }

  @Test
  @DisplayName("T4 a NOT_ELIGIBLE or INCOMPLETE decision is refused, citing the failed requirement")
  void notEligible() {
    Rejection no = rejected(lifecycle.apply(categorised, designate(DESIGNATED_ON, Outcome.NOT_SATISFIED, DESIGNATED_ON),
        DESIGNATED_ON));
    assertEquals("guard.notEligible", no.reason().key());
    assertTrue(no.rules().contains(RuleId.of("PARTNER-LEGAL-1")));
    assertTrue(no.explain(Lang.ID).contains("NOT_ELIGIBLE"));
    Rejection unknown = rejected(lifecycle.apply(categorised, designate(DESIGNATED_ON, Outcome.UNKNOWN, DESIGNATED_ON),
        DESIGNATED_ON));
    assertTrue(unknown.explain(Lang.EN).contains("INCOMPLETE, not ELIGIBLE"));
  }

  @Test
  @DisplayName("T4 the decision must be dated no later than the designation")
  void decisionAfterDesignation() {
    Rejection r = rejected(lifecycle.apply(categorised,
        designate(DESIGNATED_ON, Outcome.SATISFIED, DESIGNATED_ON.plusDays(1)), DESIGNATED_ON.plusDays(1)));
    assertEquals("guard.decisionAfterEvent", r.reason().key());
  }

  @Test
  @DisplayName("T4 freshness edge: a decision 30 days old is fresh, 31 days old is stale (policy default 30, PROPOSED)")
  void freshnessEdge() {
    assertTrue(lifecycle.apply(categorised, designate(DESIGNATED_ON, Outcome.SATISFIED, DESIGNATED_ON.minusDays(30)),
        DESIGNATED_ON).isRight());
    Rejection stale = rejected(lifecycle.apply(categorised,
        designate(DESIGNATED_ON, Outcome.SATISFIED, DESIGNATED_ON.minusDays(31)), DESIGNATED_ON));
    assertEquals("Keputusan kelayakan per 2026-01-10 lebih lama dari 30 hari sebelum penetapan 2026-02-10 (31 hari); "
        + "nilai ulang kelayakan.", stale.reason().render(Lang.ID));
    Lifecycle lenient = Lifecycle.of(LifecyclePolicy.builder().freshnessDays(31).build());
    assertTrue(lenient.apply(categorised, designate(DESIGNATED_ON, Outcome.SATISFIED, DESIGNATED_ON.minusDays(31)),
        DESIGNATED_ON).isRight());
  }

  @Test
  @DisplayName(
      "T4 period edges: a period whose last day is the designation day is accepted, one that ended the day before is "
          + "refused")
  void periodEdges() {
    Period endsToday = Period.of(DESIGNATED_ON.minusDays(10), DESIGNATED_ON);
    assertTrue(lifecycle.apply(categorised, Journeys.designate(DESIGNATED_ON, endsToday, PROGRAMME), DESIGNATED_ON)
        .isRight());
    Period endedYesterday = Period.of(DESIGNATED_ON.minusDays(10), DESIGNATED_ON.minusDays(1));
    assertEquals("guard.periodOver",
        rejected(lifecycle.apply(categorised, Journeys.designate(DESIGNATED_ON, endedYesterday, PROGRAMME),
            DESIGNATED_ON))
            .reason().key());
    Period reversed = Period.of(DESIGNATED_ON.plusDays(10), DESIGNATED_ON.plusDays(5));
    assertEquals("guard.periodInvalid",
        rejected(lifecycle.apply(categorised, Journeys.designate(DESIGNATED_ON, reversed, PROGRAMME), DESIGNATED_ON))
            .reason().key());
  }

  @Test
  @DisplayName("T4b a partner is designated again for another programme (INV-4); the same programme may not overlap")
  void anotherProgramme() {
    LifecycleState partner = state(reach(Status.PARTNER));
    LocalDate on = DESIGNATED_ON.plusDays(5);
    Transition t = lifecycle.apply(partner, Journeys.designate(on, PERIOD, "Sosialisasi Pemilu 2029"), on).get();
    assertEquals(Step.T4B, t.step());
    assertEquals(2, t.after().designations().size());
    Rejection dup = rejected(lifecycle.apply(partner,
        Journeys.designate(on, PERIOD, " sosialisasi program desa digital "), on));
    assertEquals("guard.periodDuplicate", dup.reason().key());
    assertTrue(dup.rules().contains(RuleId.of("INV-4")));
    Period next = Period.of(PERIOD.end().plusDays(1), PERIOD.end().plusDays(100));
    assertTrue(lifecycle.apply(partner, Journeys.designate(on, next, PROGRAMME), on).isRight());
  }

  @Test
  @DisplayName("T8 edge: a period ending on the day is still running, so it cannot be recorded as ended that day")
  void periodEndsToday() {
    LifecycleState partner = state(reach(Status.PARTNER));
    Rejection r = rejected(lifecycle.apply(partner, Journeys.periodEnded(PERIOD.end()), PERIOD.end()));
    assertEquals(Option.some(Step.T8), r.step());
    assertEquals("No partnership period is over on 2026-08-31; a period ending on that day is still running (earliest "
        + "end: 2026-08-31).", r.reason().render(Lang.EN));
  }

  @Test
  @DisplayName("T8 the day after the last period ends: PARTNER → CATEGORISED, designations cleared (GAP-27)")
  void periodEndedNextDay() {
    LocalDate next = PERIOD.end().plusDays(1);
    Transition t = lifecycle.apply(state(reach(Status.PARTNER)), Journeys.periodEnded(next), next).get();
    assertEquals(Step.T8, t.step());
    assertEquals(Status.CATEGORISED, t.after().status());
    assertTrue(t.after().designations().isEmpty());
    assertTrue(t.citation().proposed());
    assertEquals(Option.of("GAP-27"), t.citation().gap());
  }

  @Test
  @DisplayName("T8b one period over, another still running: stays PARTNER with the running one (INV-4)")
  void somePeriodsOver() {
    Period later = Period.of(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 12, 31));
    AuditTrail t = run(reach(Status.PARTNER),
        Journeys.designate(DESIGNATED_ON.plusDays(1), later, "Sosialisasi Pemilu 2029"));
    LocalDate next = PERIOD.end().plusDays(1);
    Transition t8b = lifecycle.apply(state(t), Journeys.periodEnded(next), next).get();
    assertEquals(Step.T8B, t8b.step());
    assertEquals(Status.PARTNER, t8b.after().status());
    assertEquals(later, t8b.after().designations().single().period().period());
    assertEquals(1, t8b.after().runningOn(next).size());
  }

  @Test
  @DisplayName("T8 during a review: refused; the review is concluded first")
  void periodEndedUnderReview() {
    AuditTrail t = run(reach(Status.PARTNER),
        Journeys.review(Journeys.REVIEWED_ON, TerminationTrigger.REPUTATION_DECLINE));
    LocalDate next = PERIOD.end().plusDays(1);
    assertEquals("notAllowed.PERIOD_ENDED", rejected(t.record(Journeys.periodEnded(next), next)).reason().key());
  }
}
