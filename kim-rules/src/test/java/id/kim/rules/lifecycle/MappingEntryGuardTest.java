package id.kim.rules.lifecycle;

import static id.kim.rules.lifecycle.Journeys.reach;
import static id.kim.rules.lifecycle.Journeys.rejected;
import static id.kim.rules.lifecycle.Journeys.state;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.assessment.AssessedCriterion;
import id.kim.core.community.CommunityNumber;
import id.kim.core.community.KimRecord;
import id.kim.core.community.KnownAbsence;
import id.kim.core.i18n.Lang;
import id.kim.rules.eligibility.Eligibility;
import id.kim.rules.eligibility.Kims;
import id.kim.rules.explain.Decision;
import id.kim.rules.explain.RuleId;
import id.kim.rules.mapping.entry.AdmittedKim;
import id.kim.rules.mapping.entry.MappingEntrants;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("T2 rests on the mapping-entry decision: \"harus masuk didalam pemetaan\", MAP-ENTRY-1..4 (II.B.3)")
class MappingEntryGuardTest {
  private static final LocalDate ON = Kims.AS_OF;
  private final Lifecycle lifecycle = Lifecycle.standard();
  private final LifecycleState registered = state(reach(Status.REGISTERED));

  private static Decision entry(KimRecord record, LocalDate asOf) {
    return Eligibility.mappingEntry(Kims.facts(record), asOf).get();
  }

  private Either<Rejection, Transition> apply(Decision d, LocalDate on) {
    return lifecycle.apply(registered, EnterMapping.of(Kims.OFFICER, on, d), on);
  }

  @Test
  @DisplayName("a KIM whose SK of the village head is recorded as none is refused T2 (NOT_ELIGIBLE), naming "
      + "MAP-ENTRY-3 in both languages")
  void withoutDecreeRefused() {
    Decision d = entry(Kims.record().withDecree(Optional.empty()).withRecordedAsNone(KnownAbsence.DECREE), ON);
    Rejection r = rejected(apply(d, ON));
    assertTrue(r.explain(Lang.EN).contains("is NOT_ELIGIBLE, not ELIGIBLE"), r.explain(Lang.EN));
    assertEquals(Option.some(Step.T2), r.step());
    assertEquals("guard.mappingEntryNotEligible", r.reason().key());
    assertTrue(r.rules().contains(RuleId.of("MAP-ENTRY-3")), r.rules().toString());
    assertTrue(r.explain(Lang.ID).contains("MAP-ENTRY-3") && r.explain(Lang.ID).contains("II.B.3"), r.explain(Lang.ID));
    assertTrue(r.explain(Lang.EN).contains("not met: MAP-ENTRY-3"), r.explain(Lang.EN));
    assertEquals(Status.REGISTERED, registered.status());
  }

  @Test
  @DisplayName("a KIM whose SK is not recorded is refused too (INCOMPLETE is no permission), naming MAP-ENTRY-3")
  void decreeNotRecordedRefused() {
    Rejection r = rejected(apply(entry(Kims.record().withDecree(Optional.empty()), ON), ON));
    assertTrue(r.rules().contains(RuleId.of("MAP-ENTRY-3")), r.rules().toString());
    assertTrue(r.explain(Lang.EN).contains("is INCOMPLETE, not ELIGIBLE"), r.explain(Lang.EN));
  }

  @Test
  @DisplayName("a KIM whose formation was never assessed is refused naming MAP-ENTRY-1 (INCOMPLETE is not ELIGIBLE)")
  void incompleteRefused() {
    KimRecord r = Kims.unassessed(Kims.record(), AssessedCriterion.FORMED_BY_COMMUNITY);
    Rejection x = rejected(apply(entry(r, ON), ON));
    assertTrue(x.rules().contains(RuleId.of("MAP-ENTRY-1")), x.rules().toString());
    assertTrue(x.explain(Lang.EN).contains("INCOMPLETE"), x.explain(Lang.EN));
  }

  @Test
  @DisplayName(
      "an eligible KIM, admitted by MappingEntrants, enters the mapping: REGISTERED → MAPPED citing MAP-ENTRY-1..4")
  void admittedEnters() {
    AdmittedKim admitted = MappingEntrants.admit(Kims.record(), Kims.DINAS, ON).get();
    Transition t = lifecycle.apply(registered, EnterMapping.of(Kims.OFFICER, ON, admitted), ON).get();
    assertEquals(Status.MAPPED, t.after().status());
    for (int i = 1; i <= 4; i++) {
      assertTrue(t.rules().contains(RuleId.of("MAP-ENTRY-" + i)));
    }
    assertTrue(t.event().toString().contains("mapping entry ELIGIBLE as of " + ON));
  }

  @Test
  @DisplayName("a decision about another KIM is refused, even when ELIGIBLE")
  void anotherKimRefused() {
    KimRecord other = Kims.record().withProfile(Kims.profile().withName("KIM Pengambengan"));
    Rejection r = rejected(apply(entry(other, ON), ON));
    assertEquals("guard.mappingEntrySubject", r.reason().key());
    assertTrue(r.explain(Lang.EN).contains("KIM Pengambengan"), r.explain(Lang.EN));
    KimRecord otherNumber = Kims.record().withProfile(Kims.profile().withCommunityNumber(
        CommunityNumber.of("KIM/5101/0099", Kims.JEMBRANA)));
    assertEquals("guard.mappingEntrySubject", rejected(apply(entry(otherNumber, ON), ON)).reason().key());
  }

  @Test
  @DisplayName("a decision made after the event, or older than the freshness window, is refused; on the day it holds")
  void datesOfTheDecision() {
    Decision d = entry(Kims.record(), ON);
    assertEquals("guard.mappingEntryAfterEvent", rejected(apply(d, ON.minusDays(1))).reason().key());
    int fresh = LifecyclePolicy.standard().freshnessDays();
    assertTrue(apply(d, ON.plusDays(fresh)).isRight());
    assertEquals("guard.mappingEntryStale", rejected(apply(d, ON.plusDays(fresh + 1L))).reason().key());
  }

  @Test
  @DisplayName("a partnership decision does not answer the mapping-entry question")
  void partnershipDecisionRefused() {
    Decision partnership = Eligibility.partnership(Kims.facts(), ON).get();
    Rejection r = rejected(apply(partnership, ON));
    assertEquals("guard.mappingEntryQuestion", r.reason().key());
    assertFalse(r.explain(Lang.ID).isBlank());
  }
}
