package id.kim.rules.collaboration.trial;

import static id.kim.rules.collaboration.Fixtures.FOREIGN_OFFICER;
import static id.kim.rules.collaboration.Fixtures.KIM_A;
import static id.kim.rules.collaboration.Fixtures.OFFICER;
import static id.kim.rules.collaboration.Fixtures.SECOND_OFFICER;
import static id.kim.rules.collaboration.Fixtures.d;
import static id.kim.rules.collaboration.trial.TrialSamples.designation;
import static id.kim.rules.collaboration.trial.TrialSamples.findingsOf;
import static id.kim.rules.collaboration.trial.TrialSamples.only;
import static id.kim.rules.collaboration.trial.TrialSamples.start;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.community.PartnershipPeriod;
import id.kim.core.i18n.Lang;
import id.kim.core.media.KimMedium;
import id.kim.core.media.Platform;
import id.kim.core.time.Period;
import id.kim.rules.collaboration.CollaborationModel;
import id.kim.rules.collaboration.Fixtures;
import id.kim.rules.collaboration.RejectionReason;
import id.kim.rules.explain.Finding;
import id.kim.rules.explain.Outcome;
import id.kim.rules.explain.Severity;
import id.kim.rules.explain.Verdict;
import io.vavr.collection.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("MODEL-A-VAL-1..3 — uji coba dan validasi model, KIM Tipe A")
class TypeAValidationTest {
  private static final ParticipationMonitoring MONITORED = ParticipationMonitoring
      .of(d("2025-01-10"), OFFICER, "stunting", "hoaks kesehatan")
      .withMedia(KimMedium.of(Platform.INSTAGRAM, "@kim.gumbrih"), KimMedium.of(Platform.WHATSAPP_GROUP));
  private static final ReadinessFeedback READY = ReadinessFeedback.of(d("2025-01-20"), OFFICER, true);
  private static final DesignationStep DESIGNATED = designation("2025-02-01", "2025-02-01", "2025-12-31");

  private static ValidationChecklist complete() {
    return start(KIM_A).record(MONITORED).flatMap(c -> c.record(READY)).flatMap(c -> c.designate(DESIGNATED)).get();
  }

  @Test
  @DisplayName("MODEL-A-VAL-1..3: all three steps recorded give three satisfied findings and the designation")
  void completeChecklist() {
    ValidationEvaluation e = complete().evaluate(d("2025-02-01"));
    assertEquals(List.of("MODEL-A-VAL-1", "MODEL-A-VAL-2", "MODEL-A-VAL-3"), e.findings().map(f -> f.ruleId().value()));
    assertTrue(e.findings().forAll(f -> f.outcome() == Outcome.SATISFIED));
    assertEquals(Verdict.ELIGIBLE, e.verdict());
    Designation des = e.designation().get();
    assertEquals(KIM_A, des.kim());
    assertEquals(CollaborationModel.ACTIVE_COORDINATION, des.model());
    assertEquals(d("2025-02-01"), des.period().start());
    assertEquals(d("2025-12-31"), des.period().end());
    assertEquals(TrialSamples.PROGRAMME, des.programmeOrPolicy());
    assertEquals(Fixtures.DINAS, des.dinas());
    assertEquals("MODEL-A-VAL-3", des.step().ruleId().value());
    assertEquals(ValidationPolicy.juknisExamples(), e.policy());
  }

  @Test
  @DisplayName(
      "MODEL-A-VAL-3 (GAP-28): the designation alone suffices; the other steps 'dapat dilakukan' and only warn")
  void designationAloneSuffices() {
    ValidationEvaluation e = start(KIM_A).designate(DESIGNATED).get().evaluate(d("2025-03-01"));
    Finding monitoring = only(e, "MODEL-A-VAL-1");
    assertEquals(Outcome.NOT_SATISFIED, monitoring.outcome());
    assertEquals(Severity.WARNING, monitoring.severity());
    assertTrue(monitoring.message().render(Lang.ID).contains("dapat dilakukan"));
    assertTrue(monitoring.remedy().isDefined());
    assertEquals(Severity.WARNING, only(e, "MODEL-A-VAL-2").severity());
    assertEquals(Outcome.SATISFIED, only(e, "MODEL-A-VAL-3").outcome());
    assertEquals(Verdict.ELIGIBLE, e.verdict());
    assertTrue(e.designation().isDefined());
  }

  @Test
  @DisplayName(
      "MODEL-A-VAL-3 (GAP-28): without a designation there is no result, as a PROPOSED requirement with a remedy")
  void noDesignationNoResult() {
    ValidationEvaluation e = start(KIM_A).record(MONITORED).flatMap(c -> c.record(READY)).get()
        .evaluate(d("2025-03-01"));
    Finding f = only(e, "MODEL-A-VAL-3");
    assertEquals(Outcome.NOT_SATISFIED, f.outcome());
    assertEquals(Severity.REQUIREMENT, f.severity());
    assertTrue(f.citation().proposed());
    assertEquals("GAP-28", f.citation().gap().get());
    assertTrue(f.remedy().get().render(Lang.EN).contains("partnership period"));
    assertEquals(Verdict.NOT_ELIGIBLE, e.verdict());
    assertTrue(e.designation().isEmpty());
  }

  @Test
  @DisplayName("MODEL-A-VAL-3: as of the day before the designation there is none; on its day there is one")
  void designationDateBoundary() {
    ValidationChecklist c = complete();
    assertTrue(c.evaluate(d("2025-01-31")).designation().isEmpty());
    assertTrue(c.evaluate(d("2025-02-01")).designation().isDefined());
    assertEquals(Outcome.NOT_SATISFIED, only(c.evaluate(d("2025-01-09")), "MODEL-A-VAL-1").outcome(),
        "a monitoring dated after the as-of day is not yet done");
  }

  @Test
  @DisplayName("MODEL-A-VAL-2: a KIM not ready to coordinate is a warning, readiness not stated is unknown")
  void readinessAnswers() {
    ValidationEvaluation notReady = start(KIM_A).record(ReadinessFeedback.of(d("2025-01-20"), OFFICER, false))
        .flatMap(c -> c.designate(DESIGNATED)).get().evaluate(d("2025-02-01"));
    Finding f = only(notReady, "MODEL-A-VAL-2");
    assertEquals(Outcome.NOT_SATISFIED, f.outcome());
    assertEquals(Severity.WARNING, f.severity());
    assertTrue(f.message().render(Lang.ID).contains("belum siap berkoordinasi"));
    assertTrue(notReady.designation().isDefined(), "the step is optional: the Dinas decides (GAP-28)");
    ValidationEvaluation unstated = start(KIM_A).record(ReadinessFeedback.unstated(d("2025-01-20"), OFFICER)).get()
        .evaluate(d("2025-02-01"));
    assertEquals(Outcome.UNKNOWN, only(unstated, "MODEL-A-VAL-2").outcome());
  }

  @Test
  @DisplayName("MODEL-A-VAL-2: on the same day 'not ready' prevails over 'ready', whatever the recording order")
  void sameDayNotReadyPrevails() {
    ReadinessFeedback no = ReadinessFeedback.of(d("2025-01-20"), SECOND_OFFICER, false);
    ValidationChecklist one = start(KIM_A).record(READY).flatMap(c -> c.record(no)).get();
    ValidationChecklist two = start(KIM_A).record(no).flatMap(c -> c.record(READY)).get();
    assertEquals(Outcome.NOT_SATISFIED, only(one.evaluate(d("2025-02-01")), "MODEL-A-VAL-2").outcome());
    assertEquals(one.evaluate(d("2025-02-01")), two.evaluate(d("2025-02-01")));
    ReadinessFeedback laterYes = ReadinessFeedback.of(d("2025-01-21"), OFFICER, true);
    assertEquals(Outcome.SATISFIED,
        only(one.record(laterYes).get().evaluate(d("2025-02-01")), "MODEL-A-VAL-2").outcome(),
        "a later answer counts");
  }

  @Test
  @DisplayName("MODEL-A-VAL-1: monitoring 'khususnya dikaitkan dengan isu dan media' — without either it is unknown")
  void monitoringWithoutIssuesOrMedia() {
    ValidationEvaluation e = start(KIM_A).record(ParticipationMonitoring.of(d("2025-01-10"), OFFICER)).get()
        .evaluate(d("2025-02-01"));
    assertEquals(Outcome.UNKNOWN, only(e, "MODEL-A-VAL-1").outcome());
    Finding ok = only(complete().evaluate(d("2025-02-01")), "MODEL-A-VAL-1");
    assertTrue(ok.message().render(Lang.EN).contains("2 issues and 2 media"), ok.message().render(Lang.EN));
  }

  @Test
  @DisplayName("MODEL-A-VAL-3: a designation dated before an earlier step gets an order warning")
  void orderWarning() {
    ValidationEvaluation e = start(KIM_A).record(MONITORED)
        .flatMap(c -> c.designate(designation("2025-01-05", "2025-02-01", "2025-06-30"))).get()
        .evaluate(d("2025-02-01"));
    Finding order = findingsOf(e, "MODEL-A-VAL-3").find(f -> f.severity() == Severity.WARNING).get();
    assertEquals(Outcome.NOT_SATISFIED, order.outcome());
    assertTrue(order.message().render(Lang.EN)
        .contains("before the earlier step MODEL-A-VAL-1 was first recorded (2025-01-10)"));
    assertEquals(Verdict.ELIGIBLE, e.verdict(), "an order warning never blocks the designation");
  }

  @Test
  @DisplayName("MODEL-A-VAL-1: monitoring that continues after the designation is no order warning")
  void continuedMonitoringIsInOrder() {
    ValidationEvaluation e = complete().record(ParticipationMonitoring.of(d("2025-03-10"), OFFICER, "stunting")).get()
        .evaluate(d("2025-03-31"));
    assertTrue(e.findings().forAll(f -> !f.message().key().equals("order.beforeEarlierStep")), e.findings().mkString());
    assertTrue(only(e, "MODEL-A-VAL-1").message().render(Lang.EN).contains("2025-03-10"),
        "the latest monitoring counts");
  }

  @Test
  @DisplayName("MODEL-A-VAL-3 (GAP-27): no duration or running-year warnings for type A, even for a long period")
  void noDurationAdviceForTypeA() {
    ValidationEvaluation e = start(KIM_A).designate(designation("2025-09-01", "2025-09-01", "2026-12-31")).get()
        .evaluate(d("2025-09-01"));
    assertEquals(1, findingsOf(e, "MODEL-A-VAL-3").size());
  }

  @Test
  @DisplayName(
      "MODEL-A-VAL-1..3: refused entries — the other model's step, another Dinas, an invalid period, a blank programme")
  void refusedEntries() {
    ValidationChecklist c = start(KIM_A);
    assertEquals(RejectionReason.STEP_OF_OTHER_MODEL,
        c.record(CommitmentMonitoring.of(d("2025-01-10"), OFFICER, true)).getLeft().reason());
    assertTrue(c.record(CommitmentMonitoring.of(d("2025-01-10"), OFFICER, true)).getLeft().explain(Lang.EN)
        .contains("MODEL-B-VAL-1"));
    assertEquals(RejectionReason.OTHER_DINAS,
        c.record(ReadinessFeedback.of(d("2025-01-10"), FOREIGN_OFFICER, true)).getLeft().reason());
    assertEquals(RejectionReason.INVALID_PERIOD,
        c.designate(designation("2025-02-01", "2025-12-31", "2025-02-01")).getLeft().reason());
    assertEquals(
        RejectionReason.BLANK_TEXT,
        c.designate(
                DesignationStep.of(
                    d("2025-02-01"),
                    OFFICER,
                    PartnershipPeriod.of(Period.of(d("2025-02-01"), d("2025-06-30")), " ")))
            .getLeft()
            .reason());
    assertEquals(RejectionReason.BLANK_TEXT,
        c.record(ParticipationMonitoring.of(d("2025-01-10"), OFFICER, "stunting", " ")).getLeft().reason());
    assertEquals(RejectionReason.TYPE_UNKNOWN,
        ValidationChecklist.start(Fixtures.KIM_UNTYPED, Fixtures.DINAS).getLeft().reason());
  }

  @Test
  @DisplayName("MODEL-A-VAL-1..3: the evaluation explains itself in Indonesian and English, and as a JSON-ready tree")
  void explanations() {
    ValidationEvaluation e = start(KIM_A).designate(DESIGNATED).get().evaluate(d("2025-02-01"));
    String id = e.explain(Lang.ID);
    assertTrue(id.contains("MODEL-A-VAL-3"));
    assertTrue(id.contains("USULAN"));
    assertTrue(id.contains("KIM Gumbrih (KIM/5101/0007)"));
    assertFalse(id.matches("(?s).*\\[[A-Za-z0-9-]+\\.[A-Za-z.]+\\].*"), "every key is in the bundle");
    assertFalse(id.contains("Sukerta"), "the officer's name is masked");
    String en = e.explain(Lang.EN);
    assertTrue(en.contains("Trial and validation of the participation-collaboration model"));
    Map<String, Object> tree = e.toTree(Lang.EN);
    assertEquals("ELIGIBLE", tree.get("verdict"));
    assertTrue(tree.get("policy").toString().contains("juknis IV.B examples"));
    assertTrue(tree.containsKey("designation"));
  }
}
