package id.kim.rules.termination;

import static id.kim.rules.termination.Scans.changed;
import static id.kim.rules.termination.Scans.detected;
import static id.kim.rules.termination.Scans.finding;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.community.KimRecord;
import id.kim.core.document.VillageDecree;
import id.kim.core.i18n.Lang;
import id.kim.rules.explain.Finding;
import id.kim.rules.explain.Outcome;
import id.kim.rules.fixtures.Kims;
import io.vavr.collection.Seq;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("TERM-1: SK Kepala Desa/Lurah expired or revoked")
class DecreeTriggerTest {
  private static final TerminationTrigger T = TerminationTrigger.SK_EXPIRED_OR_REVOKED;
  private static final LocalDate LAST_VALID = LocalDate.of(2026, 6, 30);

  private static KimRecord with(VillageDecree d) {
    return Kims.record().withDecree(d);
  }

  @Test
  @DisplayName("TERM-1 on the SK's last valid day: still in force, no indication")
  void lastValidDayIsInForce() {
    KimRecord r = with(Kims.decree(LAST_VALID));
    assertEquals(Outcome.SATISFIED, finding(T, r, LAST_VALID).outcome());
    assertTrue(detected(T, r, LAST_VALID).isEmpty());
  }

  @Test
  @DisplayName("TERM-1 the day after the SK's last valid day: expired, indicated with the decree as evidence")
  void dayAfterIsExpired() {
    KimRecord r = with(Kims.decree(LAST_VALID));
    LocalDate next = LAST_VALID.plusDays(1);
    Finding f = finding(T, r, next);
    assertEquals(Outcome.NOT_SATISFIED, f.outcome());
    assertEquals("SK Kepala Desa/Lurah nomor 141/12/KEP/2025 habis masa berlakunya pada 2026-06-30; per 2026-07-01 "
        + "tidak berlaku lagi.", f.message().render(Lang.ID));
    assertTrue(f.message().render(Lang.EN).contains("expired on 2026-06-30"));
    assertTrue(f.remedy().get().render(Lang.ID).contains("TERM-PROC-1"));
    Seq<Indication> is = detected(T, r, next);
    assertEquals(1, is.size());
    Indication i = is.head();
    assertEquals(IndicationSource.DETECTED, i.source());
    assertEquals(TriggerSubject.KIM, i.subject());
    assertEquals(next, i.reportedOn());
    assertEquals(Kims.OFFICER, i.reportedBy());
    assertEquals("decree.number=141/12/KEP/2025, decree.validUntil=2026-06-30, decree.revokedOn=-",
        i.evidence().mkString(", "));
  }

  @Test
  @DisplayName("TERM-1 revoked on the as-of day: indicated; revoked the day after: not yet")
  void revocationCountsFromItsDay() {
    LocalDate revoked = LocalDate.of(2026, 3, 15);
    KimRecord r = with(Kims.decree(LAST_VALID).withRevokedOn(revoked));
    Finding onDay = finding(T, r, revoked);
    assertEquals(Outcome.NOT_SATISFIED, onDay.outcome());
    assertTrue(onDay.message().render(Lang.ID).contains("dicabut pada 2026-03-15"));
    assertEquals(Outcome.SATISFIED, finding(T, r, revoked.minusDays(1)).outcome());
    assertTrue(detected(T, r, revoked.minusDays(1)).isEmpty());
  }

  @Test
  @DisplayName("TERM-1 an SK without expiry never expires by itself (GAP-09)")
  void noExpiryNeverExpires() {
    VillageDecree open = Kims.decree(LAST_VALID).withValidUntil(Optional.empty());
    assertEquals(Outcome.SATISFIED, finding(T, with(open), LocalDate.of(2099, 1, 1)).outcome());
  }

  @Test
  @DisplayName("TERM-1 without an SK in the data: unknown, nothing detected")
  void noDecreeIsUnknown() {
    KimRecord r = KimRecord.of(Kims.profile());
    Finding f = finding(T, r, Kims.DAY);
    assertEquals(Outcome.UNKNOWN, f.outcome());
    assertTrue(f.message().render(Lang.EN).contains("No village/ward head decree"));
    assertTrue(detected(T, r, Kims.DAY).isEmpty());
  }

  @Test
  @DisplayName("TERM-1 between versions: a revocation newly recorded is detected; an expiry already known is not again")
  void changes() {
    LocalDate asOf = LocalDate.of(2026, 4, 1);
    KimRecord before = with(Kims.decree(LAST_VALID));
    KimRecord after = with(Kims.decree(LAST_VALID).withRevokedOn(LocalDate.of(2026, 3, 20)));
    assertEquals(1, changed(T, before, after, asOf).size());
    KimRecord expired = with(Kims.decree(LocalDate.of(2026, 1, 31)));
    assertTrue(changed(T, expired, expired, asOf).isEmpty());
    assertEquals(1, changed(T, before, expired, asOf).size());
  }
}
