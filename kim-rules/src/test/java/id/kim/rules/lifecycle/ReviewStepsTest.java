package id.kim.rules.lifecycle;

import static id.kim.rules.lifecycle.Journeys.REVIEWED_ON;
import static id.kim.rules.lifecycle.Journeys.TERMINATED_ON;
import static id.kim.rules.lifecycle.Journeys.indication;
import static id.kim.rules.lifecycle.Journeys.reach;
import static id.kim.rules.lifecycle.Journeys.rejected;
import static id.kim.rules.lifecycle.Journeys.state;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.community.KimRecord;
import id.kim.core.i18n.Lang;
import id.kim.core.organisation.Member;
import id.kim.core.contact.PersonName;
import id.kim.rules.explain.Evidence;
import id.kim.rules.explain.RuleId;
import id.kim.rules.fixtures.Kims;
import id.kim.rules.termination.Indication;
import id.kim.rules.termination.TerminationTrigger;
import id.kim.rules.termination.TriggerDetector;
import id.kim.rules.termination.TriggerSubject;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("T5/T5b review, T7 cleared, T6 termination — juknis II.B.6, TERM-PROC-1, TERM-PROC-2, INV-3, GAP-37")
class ReviewStepsTest {
  private final Lifecycle lifecycle = Lifecycle.standard();
  private final LifecycleState partner = state(reach(Status.PARTNER));
  private final LifecycleState underReview = state(reach(Status.UNDER_REVIEW));

  @Test
  @DisplayName("TERM-PROC-1 T5: an indicated ground opens a review of the partner; the review holds the indications")
  void openReview() {
    Transition t = lifecycle.apply(partner, Journeys.review(REVIEWED_ON, TerminationTrigger.REPUTATION_DECLINE),
        REVIEWED_ON).get();
    assertEquals(Step.T5, t.step());
    assertEquals(Status.UNDER_REVIEW, t.after().status());
    Review review = t.after().review().get();
    assertEquals(REVIEWED_ON, review.openedOn());
    assertEquals(Kims.OFFICER, review.openedBy());
    assertEquals(List.of(TerminationTrigger.REPUTATION_DECLINE), review.triggers().toList());
    assertTrue(t.rules().containsAll(List.of(RuleId.of("TERM-PROC-1"), RuleId.of("TERM-6"))));
    assertEquals(partner.designations(), t.after().designations());
    assertEquals(
        "Bagi KIM yang terindikasi mengalami salah satu poin tersebut di atas, maka Dinas Kominfo akan melakukan "
        + "peninjauan terhadap kemitraan dengan KIM.", t.citation().quote());
  }

  @Test
  @DisplayName("TERM-PROC-1 detected indications (TERM-3 from two record versions) open the review")
  void detectedIndicationsOpenReview() {
    KimRecord before = Kims.record().withMembers(java.util.List.of(Member.of(PersonName.of("Budi Santoso"))));
    KimRecord after = Kims.record().withMembers(java.util.List.of(
        Member.builder().name(PersonName.of("Budi Santoso")).civilServantSince(REVIEWED_ON.minusDays(3)).build()));
    Seq<Indication> found = TriggerDetector.standard()
        .detectChanges(before, after, Kims.DINAS, REVIEWED_ON, Kims.OFFICER);
    assertEquals(List.of(TerminationTrigger.BECAME_CIVIL_SERVANT), found.map(Indication::trigger));
    Transition t = lifecycle.apply(partner, OpenReview.of(Kims.OFFICER, REVIEWED_ON, found), REVIEWED_ON).get();
    assertEquals(found, t.after().openIndications());
    assertTrue(Kims.hidesNames(t.toString()));
  }

  @Test
  @DisplayName(
      "T5 guards: at least one indication, each with evidence, not dated after the event, within the policy, not "
          + "already open")
  void openReviewGuards() {
    assertEquals("guard.noIndication", key(OpenReview.of(Kims.OFFICER, REVIEWED_ON, List.empty())));
    Indication bare = Indication.builder().from(indication(TerminationTrigger.SELF_DISSOLUTION, REVIEWED_ON))
        .evidence(List.empty()).build();
    assertEquals("guard.indicationNoEvidence", key(OpenReview.of(Kims.OFFICER, REVIEWED_ON, List.of(bare))));
    Indication later = indication(TerminationTrigger.SELF_DISSOLUTION, REVIEWED_ON.plusDays(1));
    assertEquals("guard.indicationLater", key(OpenReview.of(Kims.OFFICER, REVIEWED_ON, List.of(later))));
    Indication memberCrime = Indication.reported(TerminationTrigger.UNLAWFUL_ACTIVITY, TriggerSubject.MEMBER,
        List.of(Evidence.of("laporan", "polsek")), Kims.OFFICER, REVIEWED_ON);
    Rejection scope = rejected(lifecycle.apply(partner, OpenReview.of(Kims.OFFICER, REVIEWED_ON, List.of(memberCrime)),
        REVIEWED_ON));
    assertEquals("guard.indicationScope", scope.reason().key());
    assertTrue(scope.rules().contains(RuleId.of("TERM-4")));
    Indication twice = indication(TerminationTrigger.SELF_DISSOLUTION, REVIEWED_ON);
    assertEquals("guard.indicationDuplicate", key(OpenReview.of(Kims.OFFICER, REVIEWED_ON, List.of(twice, twice))));
  }

  @Test
  @DisplayName("T5b more grounds join the open review; the same indication again is refused")
  void addToReview() {
    LocalDate later = REVIEWED_ON.plusDays(3);
    Transition t = lifecycle.apply(underReview, Journeys.review(later, TerminationTrigger.SELF_DISSOLUTION), later)
        .get();
    assertEquals(Step.T5B, t.step());
    assertEquals(List.of(TerminationTrigger.SK_EXPIRED_OR_REVOKED, TerminationTrigger.SELF_DISSOLUTION),
        t.after().review().get().triggers().toList());
    assertEquals(REVIEWED_ON, t.after().review().get().openedOn());
    OpenReview again = OpenReview.of(Kims.OFFICER, later, underReview.openIndications());
    assertEquals("guard.indicationDuplicate", rejected(lifecycle.apply(underReview, again, later)).reason().key());
  }

  @Test
  @DisplayName(
      "TERM-PROC-2 T6: a proven ground under review ends the partnership; the decision cites the ground, proof and "
          + "review (INV-3)")
  void terminate() {
    Transition t = lifecycle.apply(underReview,
        Journeys.terminate(TERMINATED_ON, TerminationTrigger.SK_EXPIRED_OR_REVOKED),
        TERMINATED_ON).get();
    assertEquals(Step.T6, t.step());
    LifecycleState after = t.after();
    assertEquals(Status.TERMINATED, after.status());
    assertTrue(after.designations().isEmpty() && after.review().isEmpty());
    Termination d = after.termination().get();
    assertEquals(TERMINATED_ON, d.decidedOn());
    assertEquals(Kims.OFFICER, d.decidedBy());
    assertEquals(Journeys.PROOF, d.proven().single().proof());
    assertEquals("TERM-1", d.proven().single().ruleId().value());
    assertEquals(TerminationTrigger.SK_EXPIRED_OR_REVOKED.citation(), d.proven().single().citation());
    assertEquals(REVIEWED_ON, d.review().openedOn());
    assertTrue(t.rules().containsAll(List.of(RuleId.of("TERM-PROC-2"), RuleId.of("INV-3"), RuleId.of("TERM-1"))));
    assertEquals(Kims.NUMBER, after.communityNumber().get());
  }

  @Test
  @DisplayName("TERM-PROC-2 T6 guards: no proven ground, or a ground that was never under review, is refused")
  void terminateGuards() {
    assertEquals("guard.noProof",
        rejected(lifecycle.apply(underReview, Journeys.terminate(TERMINATED_ON), TERMINATED_ON))
        .reason().key());
    Rejection r = rejected(lifecycle.apply(underReview,
        Journeys.terminate(TERMINATED_ON, TerminationTrigger.SK_EXPIRED_OR_REVOKED,
            TerminationTrigger.REPUTATION_DECLINE), TERMINATED_ON));
    assertEquals("Ground TERM-6 is not under review (under review: TERM-1); add its indication to the review first "
        + "(TERM-PROC-1).", r.reason().render(Lang.EN));
    assertTrue(r.rules().contains(RuleId.of("TERM-6")));
  }

  @Test
  @DisplayName("GAP-37 T7: a review without proof closes on a rationale and the partnership continues")
  void clearReview() {
    LocalDate on = REVIEWED_ON.plusDays(14);
    Transition t = lifecycle.apply(underReview, Journeys.clear(on), on).get();
    assertEquals(Step.T7, t.step());
    assertEquals(Status.PARTNER, t.after().status());
    assertTrue(t.after().review().isEmpty());
    assertEquals(underReview.designations(), t.after().designations());
    assertTrue(t.citation().proposed());
    assertTrue(t.rules().contains(RuleId.of("TERM-1")));
    assertEquals("guard.rationaleBlank",
        rejected(lifecycle.apply(underReview, ClearReview.of(Kims.OFFICER, on, " "), on))
        .reason().key());
    assertTrue(t.event().toString().contains("***("), "the rationale prints masked: " + t.event());
  }

  @Test
  @DisplayName("GAP-37 the SDK never terminates by itself: detected grounds only ever open a review")
  void neverAutomatic() {
    KimRecord expired = Kims.record().withDecree(Kims.decree(REVIEWED_ON.minusDays(1)));
    Seq<Indication> found = TriggerDetector.standard().detect(expired, Kims.DINAS, REVIEWED_ON, Kims.OFFICER);
    LifecycleState s = lifecycle.apply(partner, OpenReview.of(Kims.OFFICER, REVIEWED_ON, found), REVIEWED_ON).get()
        .after();
    assertEquals(Status.UNDER_REVIEW, s.status());
  }

  private String key(OpenReview e) {
    return rejected(lifecycle.apply(partner, e, e.on())).reason().key();
  }
}
