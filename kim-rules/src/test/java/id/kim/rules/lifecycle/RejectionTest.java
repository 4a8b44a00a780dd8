package id.kim.rules.lifecycle;

import static id.kim.rules.lifecycle.Journeys.reach;
import static id.kim.rules.lifecycle.Journeys.rejected;
import static id.kim.rules.lifecycle.Journeys.state;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.i18n.Lang;
import id.kim.rules.explain.RuleId;
import id.kim.rules.fixtures.Kims;
import id.kim.rules.termination.TerminationTrigger;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Rejections: an illegal event names the states that allow it, never an exception, never a no-op")
class RejectionTest {
  private static final LocalDate LATE = LocalDate.of(2026, 12, 1);

  static LifecycleEvent sample(EventKind kind, LocalDate on) {
    return switch (kind) {
      case REGISTER -> Journeys.register(on);
      case ENTER_MAPPING -> Journeys.map(on);
      case CATEGORISE -> Journeys.categorise(on);
      case DESIGNATE -> Journeys.designate(on);
      case OPEN_REVIEW -> Journeys.review(on, TerminationTrigger.SELF_DISSOLUTION);
      case CLEAR_REVIEW -> Journeys.clear(on);
      case TERMINATE -> Journeys.terminate(on, TerminationTrigger.SK_EXPIRED_OR_REVOKED);
      case PERIOD_ENDED -> Journeys.periodEnded(on);
      default -> Journeys.deregister(on, DeregistrationReason.DISSOLVED);
    };
  }

  @Test
  @DisplayName(
      "every event in every state that does not allow it: rejected, naming that state and the allowed ones, in id and "
          + "en")
  void notAllowedMatrix() {
    int checked = 0;
    for (Status s : Status.values()) {
      AuditTrail trail = reach(s);
      for (EventKind k : EventKind.values()) {
        if (k.isAllowedIn(s)) {
          continue;
        }
        Rejection r = rejected(trail.record(sample(k, LATE), LATE));
        assertEquals(s, r.state());
        assertEquals(k, r.event());
        assertEquals(k.allowedIn(), r.allowedIn());
        assertEquals(Option.none(), r.step());
        assertFalse(r.allowedIn().contains(s));
        for (Lang l : Lang.values()) {
          String text = r.explain(l);
          assertFalse(text.contains("[notAllowed"), text);
          assertTrue(text.contains(s.name()) && r.allowedIn().forAll(a -> text.contains(a.name())), text);
        }
        checked++;
      }
    }
    assertEquals(8 * 9 - List.of(EventKind.values()).map(k -> k.allowedIn().size()).sum().intValue(), checked);
  }

  @Test
  @DisplayName("TERM-PROC-1/2: a termination without a review is refused, citing TERM-PROC-1, TERM-PROC-2 and INV-3")
  void terminateWithoutReview() {
    Rejection r = rejected(reach(Status.PARTNER)
        .record(Journeys.terminate(LATE, TerminationTrigger.SK_EXPIRED_OR_REVOKED), LATE));
    assertEquals("Peristiwa \"penghentian kemitraan\" ditolak pada status PARTNER (mitra): Penghentian kemitraan hanya "
        + "setelah peninjauan (TERM-PROC-1) dan bila alasan terbukti (TERM-PROC-2, INV-3). Diizinkan pada status: "
        + "UNDER_REVIEW (dalam peninjauan). Aturan: TERM-PROC-1, TERM-PROC-2, INV-3.", r.explain(Lang.ID));
    assertEquals(
        "Event \"termination of the partnership\" refused in state PARTNER (partner): A partnership is terminated "
        + "only after a review (TERM-PROC-1) and on a proven ground (TERM-PROC-2, INV-3). Allowed in states: "
        + "UNDER_REVIEW "
        + "(under review). Rules: TERM-PROC-1, TERM-PROC-2, INV-3.", r.explain(Lang.EN));
  }

  @Test
  @DisplayName("INV-7: a non-partner's ground opens no review; the rejection says what it leads to instead")
  void reviewOfNonPartner() {
    for (Status s : List.of(Status.REGISTERED, Status.MAPPED, Status.CATEGORISED)) {
      Rejection r = rejected(reach(s).record(Journeys.review(LATE, TerminationTrigger.SK_EXPIRED_OR_REVOKED), LATE));
      assertTrue(r.rules().contains(RuleId.of("INV-7")));
      assertTrue(r.explain(Lang.EN)
          .contains("makes the KIM ineligible at the next designation or leads to deregistration"));
    }
  }

  @Test
  @DisplayName("a deregistered record is closed: every event is refused as final")
  void finalState() {
    for (EventKind k : EventKind.values()) {
      Rejection r = rejected(reach(Status.DEREGISTERED).record(sample(k, LATE), LATE));
      assertEquals("notAllowed.final", r.reason().key());
    }
    assertTrue(state(reach(Status.DEREGISTERED)).isFinal());
  }

  @Test
  @DisplayName("a rejection prints no personal data")
  void noPersonalData() {
    Rejection r = rejected(reach(Status.CANDIDATE).record(Journeys.map(LATE), LATE));
    assertTrue(Kims.hidesNames(r.toString() + r.explain(Lang.ID)));
  }
}
