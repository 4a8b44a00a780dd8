package id.kim.rules.lifecycle;

import static id.kim.rules.eligibility.Kims.AS_OF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import id.kim.core.assessment.AssessedCriterion;
import id.kim.core.assessment.AssessmentResult;
import id.kim.core.community.KimRecord;
import id.kim.core.community.PartnershipPeriod;
import id.kim.core.i18n.Lang;
import id.kim.core.time.Period;
import id.kim.core.validation.MissingValueException;
import id.kim.rules.eligibility.Kims;
import id.kim.testkit.KimGens;
import io.vavr.collection.List;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** PartnerTrail: the real T1 → T4 path to PARTNER, every guard applied. */
class PartnerTrailTest {
  static final PartnershipPeriod PERIOD = PartnershipPeriod.of(
      Period.of(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 12, 31)), "Sosialisasi protokol kesehatan");
  static final KimRecord PARTNER = Kims.record().withProfile(Kims.profile().withPartnershipPeriods(PERIOD));

  @Test
  @DisplayName("T1 Register, T2 EnterMapping, T3 Categorise, T4 Designate: KIM Gumbrih is a PARTNER on the day")
  void eligibleRecordBecomesPartner() {
    AuditTrail trail = PartnerTrail.of(PARTNER, Kims.DINAS, Kims.OFFICER, AS_OF).get();
    LifecycleState state = trail.state().get();
    assertEquals(Status.PARTNER, state.status());
    assertEquals(AS_OF, state.since());
    assertEquals(List.of(Step.T1, Step.T2, Step.T3, Step.T4), trail.entries().map(AuditEntry::step));
    assertEquals(LocalDate.of(2025, 3, 1), trail.entries().head().asOf(),
        "registered on the day the number was issued");
    assertEquals(trail.state(), trail.replay(), "the trail re-checks as any stored trail");
    assertEquals(List.of(PERIOD), state.designations().map(Designation::period));
  }

  @Test
  @DisplayName("kim-testkit's partner fixtures all become PARTNER through the real T1–T4 steps, as of their day")
  void testkitFixturesBecomePartners() {
    qt().withFixedSeed(15)
        .withExamples(100)
        .forAll(KimGens.partnerFixture(AS_OF))
        .checkAssert(
            f -> {
              LifecycleState s =
                  PartnerTrail.of(f.record(), f.dinas(), f.officer(), f.asOf())
                      .getOrElseThrow(r -> new AssertionError(r.explain(Lang.EN)))
                      .state()
                      .get();
              assertEquals(Status.PARTNER, s.status());
              assertEquals(List.of(f.period()), s.runningOn(AS_OF).map(Designation::period));
            });
  }

  @Test
  @DisplayName("T4 guard (QUAL-3 \"rekam jejak dan reputasi yang baik\" not met): no partner, the lifecycle's "
      + "rejection")
  void notEligibleIsRejectedByTheLifecycle() {
    KimRecord doubtful = Kims.assessed(Kims.unassessed(PARTNER, AssessedCriterion.TRACK_RECORD_AND_REPUTATION),
        AssessedCriterion.TRACK_RECORD_AND_REPUTATION, AssessmentResult.NOT_MET, Kims.ASSESSED_ON);
    Rejection r = PartnerTrail.of(doubtful, Kims.DINAS, Kims.OFFICER, AS_OF).getLeft();
    assertEquals(EventKind.DESIGNATE, r.event());
    assertTrue(r.explain(Lang.EN).contains("QUAL-3"), r.explain(Lang.EN));
  }

  @Test
  @DisplayName("PARTNER-LEGAL-2 / PROFILE-r: no Nomor Induk Komunitas or no period on the day is a clear error")
  void missingNumberOrPeriodIsNamed() {
    KimRecord unregistered = PARTNER.withProfile(PARTNER.profile().withCommunityNumber(Optional.empty()));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> PartnerTrail.of(unregistered, Kims.DINAS, Kims.OFFICER, AS_OF)).getMessage()
        .contains("communityNumber"));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> PartnerTrail.of(Kims.record(), Kims.DINAS, Kims.OFFICER, AS_OF)).getMessage().contains("PROFILE-r"));
    assertTrue(assertThrows(MissingValueException.class,
        () -> PartnerTrail.of(PARTNER, Kims.DINAS, null, AS_OF)).getMessage().contains("'officer'"));
  }
}
