package id.kim.rules.lifecycle;

import static id.kim.rules.lifecycle.Journeys.TERMINATED_ON;
import static id.kim.rules.lifecycle.Journeys.reach;
import static id.kim.rules.lifecycle.Journeys.rejected;
import static id.kim.rules.lifecycle.Journeys.run;
import static id.kim.rules.lifecycle.Journeys.state;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.community.PartnershipPeriod;
import id.kim.core.time.Period;
import id.kim.rules.explain.Evidence;
import id.kim.rules.explain.RuleId;
import id.kim.rules.fixtures.Kims;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("GAP-38 re-entry after termination; T9 deregistration of a non-partner (INV-7)")
class ReentryAndDeregistrationTest {
  private static final LocalDate LATER = TERMINATED_ON.plusDays(60);
  private static final Period NEW_PERIOD = Period.of(LATER.plusDays(10), LATER.plusDays(200));
  private final Lifecycle lifecycle = Lifecycle.standard();
  private final AuditTrail terminated = reach(Status.TERMINATED);

  @Test
  @DisplayName("GAP-38 a terminated KIM is not designated directly; it re-enters through categorisation")
  void noDirectDesignation() {
    Rejection r = rejected(terminated.record(Journeys.designate(LATER), LATER));
    assertEquals(List.of(Status.CATEGORISED, Status.PARTNER), r.allowedIn());
  }

  @Test
  @DisplayName("GAP-38 T3r re-entry needs a written rationale")
  void reentryNeedsRationale() {
    assertEquals("guard.reentryRationale",
        rejected(terminated.record(Journeys.categorise(LATER), LATER)).reason().key());
    Transition t = lifecycle.apply(state(terminated), Categorise.of(Kims.OFFICER, LATER, "SK baru 2026; pengurus baru"),
        LATER).get();
    assertEquals(Step.T3R, t.step());
    assertEquals(Status.CATEGORISED, t.after().status());
    assertTrue(t.after().termination().isDefined(), "the termination decision stays on the record");
  }

  @Test
  @DisplayName("GAP-38 after re-entry, designation needs a fresh ELIGIBLE decision made after the termination day")
  void freshDecisionAfterTermination() {
    AuditTrail back = run(terminated, Categorise.of(Kims.OFFICER, TERMINATED_ON.plusDays(1), "SK baru"));
    LocalDate on = TERMINATED_ON.plusDays(5);
    Designate onTerminationDay = Designate.of(Kims.OFFICER, on, PartnershipPeriod.of(NEW_PERIOD, "Program Baru"),
        Kims.eligible(TERMINATED_ON));
    Rejection r = rejected(back.record(onTerminationDay, on));
    assertEquals("guard.decisionBeforeTermination", r.reason().key());
    Designate fresh = Designate.of(Kims.OFFICER, on, PartnershipPeriod.of(NEW_PERIOD, "Program Baru"),
        Kims.eligible(TERMINATED_ON.plusDays(1)));
    assertEquals(Status.PARTNER, state(back.record(fresh, on).get()).status());
  }

  @Test
  @DisplayName("T9 a non-partner that dissolved or moved away leaves the register on evidence; the reason is kept")
  void deregister() {
    for (Status s : List.of(Status.REGISTERED, Status.MAPPED, Status.CATEGORISED, Status.TERMINATED)) {
      LifecycleState from = state(reach(s));
      LocalDate on = from.since().plusDays(1);
      Transition t = lifecycle.apply(from, Journeys.deregister(on, DeregistrationReason.MOVED_TO_OTHER_REGENCY_CITY),
          on).get();
      assertEquals(Step.T9, t.step());
      assertEquals(Status.DEREGISTERED, t.after().status());
      assertEquals(Option.some(DeregistrationReason.MOVED_TO_OTHER_REGENCY_CITY), t.after().deregistration());
      assertEquals(from.communityNumber(), t.after().communityNumber());
    }
  }

  @Test
  @DisplayName("T9 needs evidence or a document; evidence alone suffices")
  void deregisterNeedsEvidence() {
    LifecycleState mapped = state(reach(Status.MAPPED));
    LocalDate on = mapped.since().plusDays(1);
    Deregister bare = Deregister.of(Kims.OFFICER, on, DeregistrationReason.DISSOLVED);
    assertEquals("guard.deregisterEvidence", rejected(lifecycle.apply(mapped, bare, on)).reason().key());
    Deregister withEvidence = Deregister.builder().from(bare)
        .evidence(List.of(Evidence.of("dissolution.dissolvedOn", on))).build();
    assertTrue(lifecycle.apply(mapped, withEvidence, on).isRight());
  }

  @Test
  @DisplayName("INV-7 a partner that dissolves is not deregistered: TERM-7 goes through review and termination")
  void partnerIsNotDeregistered() {
    for (Status s : List.of(Status.PARTNER, Status.UNDER_REVIEW)) {
      Rejection r = rejected(reach(s).record(Journeys.deregister(LATER, DeregistrationReason.DISSOLVED), LATER));
      assertTrue(r.rules().contains(RuleId.of("INV-7")));
      assertEquals(List.of(Status.REGISTERED, Status.MAPPED, Status.CATEGORISED, Status.TERMINATED), r.allowedIn());
    }
  }
}
