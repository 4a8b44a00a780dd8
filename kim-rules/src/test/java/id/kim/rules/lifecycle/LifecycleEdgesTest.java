package id.kim.rules.lifecycle;

import static id.kim.rules.eligibility.Kims.AS_OF;
import static id.kim.rules.lifecycle.Journeys.CATEGORISED_ON;
import static id.kim.rules.lifecycle.Journeys.DESIGNATED_ON;
import static id.kim.rules.lifecycle.Journeys.PERIOD;
import static id.kim.rules.lifecycle.Journeys.PROOF;
import static id.kim.rules.lifecycle.Journeys.reach;
import static id.kim.rules.lifecycle.Journeys.rejected;
import static id.kim.rules.lifecycle.Journeys.state;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.community.KimRecord;
import id.kim.core.community.PartnershipPeriod;
import id.kim.core.contact.PhoneNumber;
import id.kim.core.document.DocumentRef;
import id.kim.core.i18n.Lang;
import id.kim.core.time.Period;
import id.kim.rules.eligibility.Kims;
import id.kim.rules.explain.Evidence;
import id.kim.rules.termination.TerminationTrigger;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The edges of the lifecycle that no journey reached: which state is final, the last day a designation
 * runs, which partnership period and registration day {@link PartnerTrail} takes, the freshness window's
 * bounds, a reloaded rejection, and the stable orders of designations and proofs.
 */
class LifecycleEdgesTest {
  private static final PartnershipPeriod RUNNING = PartnerTrailTest.PERIOD;

  @Test
  @DisplayName("T9: only DEREGISTERED is final; every other state has an event that leaves it")
  void onlyDeregisteredIsFinal() {
    for (Status s : Status.values()) {
      assertEquals(s == Status.DEREGISTERED, state(reach(s)).isFinal(), s::name);
    }
  }

  @Test
  @DisplayName("PROFILE-r: a designation runs up to and including its period's last day, not the day after")
  void runningOn() {
    LifecycleState partner = state(reach(Status.PARTNER));
    assertEquals(1, partner.runningOn(PERIOD.end()).size());
    assertEquals(0, partner.runningOn(PERIOD.end().plusDays(1)).size());
  }

  @Test
  @DisplayName("PROFILE-r: PartnerTrail designates for the period running on the day, not an earlier one")
  void periodRunningOnTheDay() {
    PartnershipPeriod earlier = PartnershipPeriod.of(Period.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)),
        "Sosialisasi program lama");
    KimRecord twoPeriods = Kims.record().withProfile(Kims.profile().withPartnershipPeriods(earlier, RUNNING));
    LifecycleState s = PartnerTrail.of(twoPeriods, Kims.DINAS, Kims.OFFICER, AS_OF).get().state().get();
    assertEquals(List.of(RUNNING), s.designations().map(Designation::period));
  }

  @Test
  @DisplayName("T1 / PARTNER-LEGAL-2: a number issued after the day is registered on the day, where T1 refuses it")
  void registeredOnTheDayWhenIssuedLater() {
    KimRecord issuedLater = Kims.record().withProfile(Kims.profile().withPartnershipPeriods(RUNNING)
        .withCommunityNumber(Kims.profile().communityNumber().orElseThrow().withIssuedOn(AS_OF.plusDays(10))));
    Rejection r = PartnerTrail.of(issuedLater, Kims.DINAS, Kims.OFFICER, AS_OF).getLeft();
    assertEquals(EventKind.REGISTER, r.event());
    assertEquals(Option.some(Step.T1), r.step());
    String why = r.explain(Lang.EN);
    assertTrue(why.contains("dated 2026-07-11, after the registration (2026-07-01)"), why);
  }

  @Test
  @DisplayName("PROFILE-i: on invalid data PartnerTrail decides nothing and names the field and its rule")
  void invalidRecordIsNamed() {
    KimRecord landline = PartnerTrailTest.PARTNER.withProfile(
        PartnerTrailTest.PARTNER.profile().withWhatsapp(PhoneNumber.of("(0361) 000000")));
    String message = assertThrows(IllegalArgumentException.class,
        () -> PartnerTrail.of(landline, Kims.DINAS, Kims.OFFICER, AS_OF)).getMessage();
    assertTrue(message.contains("no partnership decision is made: record.profile.whatsapp PROFILE-i"), message);
  }

  @Test
  @DisplayName("T4 freshness: 30 days by default; a window of 0 days (decide and designate the same day) is allowed")
  void freshnessBounds() {
    assertEquals(30, LifecyclePolicy.standard().freshnessDays());
    assertEquals(30, LifecyclePolicy.builder().build().freshnessDays(), "the builder starts from the defaults");
    assertEquals(0, LifecyclePolicy.builder().freshnessDays(0).build().freshnessDays());
  }

  @Test
  @DisplayName("a stored rejection without step or rules reloads with none, equal to the one the lifecycle made")
  void reloadedRejection() {
    Rejection r = rejected(reach(Status.CANDIDATE).record(Journeys.categorise(CATEGORISED_ON), CATEGORISED_ON));
    Rejection reloaded = Rejection.builder().event(r.event()).state(r.state()).reason(r.reason()).build();
    assertTrue(reloaded.step().isEmpty());
    assertTrue(reloaded.rules().isEmpty());
    assertEquals(r, reloaded);
  }

  @Test
  @DisplayName("T9: the reasons of deregistration in Indonesian and English")
  void deregistrationLabels() {
    assertEquals("membubarkan diri", DeregistrationReason.DISSOLVED.label(Lang.ID));
    assertEquals("dissolved itself", DeregistrationReason.DISSOLVED.label(Lang.EN));
    assertEquals("berpindah ke kabupaten/kota lain", DeregistrationReason.MOVED_TO_OTHER_REGENCY_CITY.label(Lang.ID));
  }

  @Test
  @DisplayName("stable orders: designations of one period by programme; proofs of one ground by document, then "
      + "evidence")
  void orders() {
    Designation a = Designation.of(Journeys.designate(DESIGNATED_ON, PERIOD, "A: Desa Digital"));
    Designation b = Designation.of(Journeys.designate(DESIGNATED_ON, PERIOD, "B: Literasi Digital"));
    assertEquals(List.of(a, b), List.of(b, a).sorted(Designation.ORDER));
    ProvenTrigger first = ProvenTrigger.of(TerminationTrigger.SK_EXPIRED_OR_REVOKED,
        DocumentRef.of("arsip/2026/berita-acara.pdf"));
    ProvenTrigger second = ProvenTrigger.of(TerminationTrigger.SK_EXPIRED_OR_REVOKED, PROOF);
    assertEquals(List.of(first, second), List.of(second, first).sorted(ProvenTrigger.ORDER));
    ProvenTrigger withEvidence = ProvenTrigger.builder().from(second)
        .evidence(List.of(Evidence.of("laporan", "surat warga"))).build();
    assertEquals(List.of(second, withEvidence), List.of(withEvidence, second).sorted(ProvenTrigger.ORDER));
  }
}
