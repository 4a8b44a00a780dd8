package id.kim.rules.collaboration.trial;

import static id.kim.rules.collaboration.Fixtures.KIM_B;
import static id.kim.rules.collaboration.Fixtures.OFFICER;
import static id.kim.rules.collaboration.Fixtures.d;
import static id.kim.rules.collaboration.trial.TrialSamples.designation;
import static id.kim.rules.collaboration.trial.TrialSamples.findingsOf;
import static id.kim.rules.collaboration.trial.TrialSamples.only;
import static id.kim.rules.collaboration.trial.TrialSamples.start;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.i18n.Lang;
import id.kim.core.time.Period;
import id.kim.rules.collaboration.CollaborationModel;
import id.kim.rules.collaboration.RejectionReason;
import id.kim.rules.explain.Finding;
import id.kim.rules.explain.Outcome;
import id.kim.rules.explain.Severity;
import id.kim.rules.explain.Verdict;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("MODEL-B-VAL-1..4 — simulasi model, KIM Tipe B (komunitas pemberdayaan masyarakat)")
class TypeBValidationTest {
  private static final CommitmentMonitoring COMMITTED =
      CommitmentMonitoring.builder()
          .on(d("2025-01-06"))
          .by(OFFICER)
          .committed(Option.of(true))
          .empowermentField(Option.of("pertanian organik"))
          .build();
  private static final SupportFeedback SUPPORT = SupportFeedback.of(d("2025-01-13"), OFFICER,
      SupportNeed.INFORMATION_MATERIAL, SupportNeed.CONTENT_MENTORING);
  /** "misal selama 2 bulan": a two-month trial, 8 contents scheduled, 8 produced. */
  private static final ProductionTrial TRIAL = ProductionTrial.of(d("2025-03-17"), OFFICER,
      Period.of(d("2025-01-15"), d("2025-03-14")), 8, 8);
  /** "selama tahun berjalan (misalnya 6 atau 8 bulan)": eight months within 2025. */
  private static final DesignationStep EIGHT_MONTHS = designation("2025-03-20", "2025-04-01", "2025-11-30");

  private static ValidationChecklist complete(DesignationStep designation) {
    return start(KIM_B).record(COMMITTED).flatMap(c -> c.record(SUPPORT)).flatMap(c -> c.record(TRIAL))
        .flatMap(c -> c.designate(designation)).get();
  }

  private static Seq<Finding> advisories(ValidationEvaluation e) {
    return findingsOf(e, "MODEL-B-VAL-4").filter(f -> f.message().key().startsWith("MODEL-B-VAL-4."));
  }

  @Test
  @DisplayName("MODEL-B-VAL-1..4: the four steps of the simulation, in order, with the designation as result")
  void completeSimulation() {
    ValidationEvaluation e = complete(EIGHT_MONTHS).evaluate(d("2025-03-20"));
    assertEquals(CollaborationModel.EMPOWERMENT_CONTENT, e.model());
    assertEquals(List.of("MODEL-B-VAL-1", "MODEL-B-VAL-2", "MODEL-B-VAL-3", "MODEL-B-VAL-4", "MODEL-B-VAL-4",
        "MODEL-B-VAL-4"), e.findings().map(f -> f.ruleId().value()));
    assertTrue(e.findings().forAll(f -> f.outcome() == Outcome.SATISFIED), e.findings().mkString("\n"));
    assertEquals(Verdict.ELIGIBLE, e.verdict());
    assertEquals("MODEL-B-VAL-4", e.designation().get().step().ruleId().value());
    assertTrue(only(e, "MODEL-B-VAL-2").message().render(Lang.EN).contains("2 support needs"));
  }

  @Test
  @DisplayName("MODEL-B-VAL-1: a community not committed to content creation is a warning, not stated is unknown")
  void commitment() {
    ValidationEvaluation no = start(KIM_B).record(CommitmentMonitoring.of(d("2025-01-06"), OFFICER, false)).get()
        .evaluate(d("2025-02-01"));
    assertEquals(Outcome.NOT_SATISFIED, only(no, "MODEL-B-VAL-1").outcome());
    assertEquals(Severity.WARNING, only(no, "MODEL-B-VAL-1").severity());
    ValidationEvaluation unstated = start(KIM_B)
        .record(CommitmentMonitoring.builder().on(d("2025-01-06")).by(OFFICER).build()).get().evaluate(d("2025-02-01"));
    assertEquals(Outcome.UNKNOWN, only(unstated, "MODEL-B-VAL-1").outcome());
  }

  @Test
  @DisplayName(
      "MODEL-B-VAL-3: a trial still running is unknown; on its last day it is judged; 5 of 8 is not consistent")
  void productionTrial() {
    ValidationChecklist c = start(KIM_B).record(TRIAL).get();
    assertEquals("optional.notRecorded", only(c.evaluate(d("2025-03-13")), "MODEL-B-VAL-3").message().key(),
        "recorded on 2025-03-17, so not yet done as of 2025-03-13");
    ValidationChecklist interim = start(KIM_B).record(ProductionTrial.of(d("2025-02-15"), OFFICER,
        Period.of(d("2025-01-15"), d("2025-03-14")), 8, 4)).get();
    assertEquals(Outcome.UNKNOWN, only(interim.evaluate(d("2025-03-13")), "MODEL-B-VAL-3").outcome());
    assertEquals(Outcome.NOT_SATISFIED, only(interim.evaluate(d("2025-03-14")), "MODEL-B-VAL-3").outcome());
    ValidationEvaluation five = start(KIM_B).record(ProductionTrial.of(d("2025-03-17"), OFFICER,
        Period.of(d("2025-01-15"), d("2025-03-14")), 8, 5)).get().evaluate(d("2025-03-17"));
    Finding f = only(five, "MODEL-B-VAL-3");
    assertEquals(Outcome.NOT_SATISFIED, f.outcome());
    assertEquals(Severity.WARNING, f.severity());
    assertTrue(f.message().render(Lang.ID).contains("5 dari 8"));
    assertTrue(f.evidence().exists(ev -> ev.name().equals("exampleTrialMonths") && ev.value().equals("2")));
  }

  @Test
  @DisplayName("MODEL-B-VAL-4 'selama tahun berjalan' (GAP-27): a period crossing into next year is only a warning")
  void crossingTheYearWarns() {
    ValidationEvaluation e = complete(designation("2025-09-01", "2025-09-01", "2026-02-28")).evaluate(d("2025-09-01"));
    Finding year = advisories(e).find(f -> f.message().key().startsWith("MODEL-B-VAL-4.runningYear")).get();
    assertEquals(Outcome.NOT_SATISFIED, year.outcome());
    assertTrue(year.citation().proposed());
    assertEquals("GAP-27", year.citation().gap().get());
    assertTrue(year.message().render(Lang.EN).contains("running year 2025"));
    assertEquals(Verdict.ELIGIBLE, e.verdict());
    assertTrue(e.designation().isDefined());
  }

  @Test
  @DisplayName("MODEL-B-VAL-4 (GAP-27): a December designation for next year is outside the running year")
  void designationForNextYear() {
    ValidationEvaluation e = start(KIM_B).designate(designation("2025-12-15", "2026-01-01", "2026-06-30")).get()
        .evaluate(d("2025-12-31"));
    assertEquals(Outcome.NOT_SATISFIED, advisories(e).head().outcome());
  }

  @Test
  @DisplayName(
      "MODEL-B-VAL-4 'misalnya 6 atau 8 bulan' (GAP-27): 8 months is within the example, 8 months and a day warns")
  void lengthAgainstTheExample() {
    Finding exactly = advisories(complete(EIGHT_MONTHS).evaluate(d("2025-03-20"))).last();
    assertEquals(Outcome.SATISFIED, exactly.outcome());
    Finding longer = advisories(complete(designation("2025-03-20", "2025-04-01", "2025-12-01"))
        .evaluate(d("2025-03-20"))).last();
    assertEquals(Outcome.NOT_SATISFIED, longer.outcome());
    assertEquals(Severity.WARNING, longer.severity());
    assertTrue(longer.message().render(Lang.ID).contains("peringatan saja"));
  }

  @Test
  @DisplayName(
      "GAP-27: the example lengths are a policy — another Dinas may allow 12 months or switch the warnings off")
  void policyIsConfigurable() {
    ValidationChecklist c = complete(designation("2025-03-20", "2025-02-01", "2025-12-31"));
    ValidationPolicy twelve = ValidationPolicy.builder().exampleDesignationMonths(List.of(12)).build();
    ValidationEvaluation e = c.evaluate(d("2025-03-20"), twelve);
    assertTrue(advisories(e).forAll(f -> f.outcome() == Outcome.SATISFIED), advisories(e).mkString());
    assertEquals(twelve, e.policy());
    assertEquals(Outcome.NOT_SATISFIED, advisories(c.evaluate(d("2025-03-20"))).last().outcome());
    ValidationPolicy quiet = ValidationPolicy.builder().warnOutsideRunningYear(false).warnBeyondLongestExample(false)
        .build();
    assertEquals(0, advisories(c.evaluate(d("2025-03-20"), quiet)).size());
  }

  @Test
  @DisplayName(
      "MODEL-B-VAL-3: refused trials — no content scheduled, a negative count, an inverted period, the other model")
  @SuppressWarnings("ArgumentSelectionDefectChecker") // the period is inverted on purpose: MODEL-B-VAL refuses it
  void refusedEntries() {
    ValidationChecklist c = start(KIM_B);
    Period p = Period.of(d("2025-01-15"), d("2025-03-14"));
    assertEquals(RejectionReason.INVALID_COUNT, c.record(ProductionTrial.of(d("2025-03-17"), OFFICER, p, 0, 0))
        .getLeft().reason());
    assertEquals(RejectionReason.INVALID_COUNT, c.record(ProductionTrial.of(d("2025-03-17"), OFFICER, p, 3, -1))
        .getLeft().reason());
    assertEquals(RejectionReason.INVALID_PERIOD, c.record(ProductionTrial.of(d("2025-03-17"), OFFICER,
        Period.of(p.end(), p.start()), 3, 3)).getLeft().reason());
    assertEquals(RejectionReason.STEP_OF_OTHER_MODEL,
        c.record(ReadinessFeedback.of(d("2025-01-10"), OFFICER, true)).getLeft().reason());
    assertEquals("MODEL-B-VAL-3",
        c.record(ProductionTrial.of(d("2025-03-17"), OFFICER, p, 0, 0)).getLeft().ruleId().value());
  }
}
