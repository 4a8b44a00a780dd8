package id.kim.rules.lifecycle;

import static id.kim.rules.lifecycle.Journeys.REVIEWED_ON;
import static id.kim.rules.lifecycle.Journeys.TERMINATED_ON;
import static id.kim.rules.lifecycle.Journeys.reach;
import static id.kim.rules.lifecycle.Journeys.rejected;
import static id.kim.rules.lifecycle.Journeys.state;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.community.PartnershipPeriod;
import id.kim.core.i18n.Lang;
import id.kim.rules.explain.RuleSetRef;
import id.kim.rules.fixtures.Kims;
import id.kim.rules.termination.TerminationTrigger;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AuditTrail: append-only history; the state is derived by replay and re-checked")
class AuditTrailTest {
  private final AuditTrail terminated = reach(Status.TERMINATED);

  @Test
  @DisplayName("each entry records who, what, when, on which evidence, under which rule set and policy, and its result")
  void entries() {
    Seq<AuditEntry> es = terminated.entries();
    assertEquals(List.of(1, 2, 3, 4, 5, 6), es.map(AuditEntry::sequence));
    assertEquals(List.of(Step.T1, Step.T2, Step.T3, Step.T4, Step.T5, Step.T6), es.map(AuditEntry::step));
    AuditEntry last = es.last();
    assertEquals(Kims.OFFICER, last.by());
    assertEquals(TERMINATED_ON, last.on());
    assertEquals(TERMINATED_ON, last.asOf());
    assertEquals(Status.TERMINATED, last.status());
    assertEquals(Lifecycle.JUKNIS_2022, last.ruleSet());
    assertEquals(LifecyclePolicy.standard(), last.policy());
    assertTrue(((Terminate) last.event()).proven().single().proof().equals(Journeys.PROOF));
    assertTrue(Kims.hidesNames(terminated.toString() + es.mkString()), es.mkString("\n"));
  }

  @Test
  @DisplayName("recording returns a longer trail and leaves the old one as it was; a rejection adds nothing")
  void appendOnly() {
    AuditTrail partner = reach(Status.PARTNER);
    AuditTrail copy = AuditTrail.of(partner.initial(), partner.entries());
    AuditTrail longer = partner.record(Journeys.review(REVIEWED_ON, TerminationTrigger.SELF_DISSOLUTION), REVIEWED_ON)
        .get();
    assertEquals(partner.size() + 1, longer.size());
    assertEquals(partner.entries(), longer.entries().take(partner.size()));
    assertEquals(copy, partner);
    rejected(partner.record(Journeys.terminate(REVIEWED_ON, TerminationTrigger.SELF_DISSOLUTION), REVIEWED_ON));
    assertEquals(copy, partner);
  }

  @Test
  @DisplayName("replay derives the current state from the trail alone, equal to the state kept while recording")
  void replay() {
    assertEquals(terminated.state(), terminated.replay());
    assertEquals(Status.TERMINATED, terminated.replay().get().status());
    AuditTrail reloaded = AuditTrail.of(terminated.initial(), terminated.entries());
    assertEquals(terminated, reloaded);
    assertEquals(terminated.state(), reloaded.state());
  }

  @Test
  @DisplayName("a stored trail missing its review fails replay at the termination entry (TERM-PROC-1)")
  void missingReview() {
    Seq<AuditEntry> withoutReview = terminated.entries().removeAt(4)
        .map(e -> e.sequence() == 6 ? AuditEntry.builder().from(e).sequence(5).build() : e);
    AuditTrail corrupt = AuditTrail.of(terminated.initial(), withoutReview);
    Rejection r = corrupt.replay().getLeft();
    assertEquals(Option.some(5), r.entry());
    assertEquals(EventKind.TERMINATE, r.event());
    assertEquals(Status.PARTNER, r.state());
    assertTrue(r.explain(Lang.ID).startsWith("Jejak audit entri ke-5: Peristiwa \"penghentian kemitraan\" ditolak"));
    assertEquals(corrupt.replay(), corrupt.state());
    assertEquals(Either.left(r), corrupt.record(Journeys.categorise(TERMINATED_ON), TERMINATED_ON));
    assertTrue(corrupt.toString().contains("broken at entry 5"));
  }

  @Test
  @DisplayName("a tampered result or sequence number is caught, naming the entry")
  void tampered() {
    Seq<AuditEntry> es = terminated.entries();
    AuditEntry t6 = es.last();
    AuditTrail wrongStatus = AuditTrail.of(terminated.initial(),
        es.update(5, AuditEntry.builder().from(t6).status(Status.PARTNER).build()));
    Rejection r = wrongStatus.replay().getLeft();
    assertEquals("trail.mismatch", r.reason().key());
    assertEquals(Option.some(6), r.entry());
    assertTrue(r.explain(Lang.EN)
        .contains("records step T6 to state PARTNER, but replaying gives step T6 to state TERMINATED"));
    AuditTrail wrongNumber = AuditTrail.of(terminated.initial(),
        es.update(2, AuditEntry.builder().from(es.get(2)).sequence(9).build()));
    assertEquals("trail.sequence", wrongNumber.replay().getLeft().reason().key());
    assertEquals(Option.some(3), wrongNumber.replay().getLeft().entry());
  }

  @Test
  @DisplayName("replay applies each entry's own policy: a trail made under a 60-day window replays under it")
  void replayUnderRecordedPolicy() {
    Lifecycle lenient = Lifecycle.of(RuleSetRef.of("jembrana-2026", "1"),
        LifecyclePolicy.builder().freshnessDays(60).build());
    AuditTrail categorised = reach(Status.CATEGORISED);
    Designate old =
        Designate.of(
            Kims.OFFICER,
            Journeys.DESIGNATED_ON,
            PartnershipPeriod.of(Journeys.PERIOD, Journeys.PROGRAMME),
            Kims.eligible(Journeys.DESIGNATED_ON.minusDays(45)));
    rejected(categorised.record(old, Journeys.DESIGNATED_ON));
    AuditTrail made = categorised.record(lenient, old, Journeys.DESIGNATED_ON).get();
    assertEquals(RuleSetRef.of("jembrana-2026", "1"), made.entries().last().ruleSet());
    assertEquals(Status.PARTNER, made.replay().get().status());
  }

  @Test
  @DisplayName("append takes only a transition from the trail's current state")
  void appendTransition() {
    AuditTrail partner = reach(Status.PARTNER);
    Transition fromPartner = Lifecycle.standard().apply(state(partner),
        Journeys.review(REVIEWED_ON, TerminationTrigger.REPUTATION_DECLINE), REVIEWED_ON).get();
    assertEquals(partner.size() + 1, partner.append(fromPartner).get().size());
    Rejection r = reach(Status.CATEGORISED).append(fromPartner).getLeft();
    assertEquals("trail.notFromCurrent", r.reason().key());
    assertEquals(Status.CATEGORISED, r.state());
  }

  @Test
  @DisplayName("a trail starts at a candidate")
  void startsAtCandidate() {
    assertEquals(Status.CANDIDATE, terminated.initial().status());
    assertThrows(IllegalArgumentException.class, () -> AuditTrail.of(state(terminated), List.empty()));
  }
}
