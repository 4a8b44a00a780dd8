package id.kim.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.rules.lifecycle.AuditEntry;
import id.kim.rules.lifecycle.AuditTrail;
import id.kim.rules.lifecycle.Status;
import id.kim.rules.termination.Indication;
import id.kim.rules.termination.TerminationTrigger;
import id.kim.rules.termination.TriggerDetector;
import io.vavr.collection.List;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("LifecycleExample: TERM-1 indicated, review (TERM-PROC-1), cleared or terminated (TERM-PROC-2), replay")
class LifecycleExampleTest {

  @Test
  @DisplayName("T1–T4 lead to PARTNER on a real ELIGIBLE decision; TERM-1 is detected the day after the SK expired")
  void partnerThenTerm1() {
    AuditTrail partner = LifecycleExample.partner();
    assertEquals(Status.PARTNER, partner.state().get().status());
    assertEquals(List.of("T1", "T2", "T3", "T4"), partner.entries().map(e -> e.step().label()).toList());
    TriggerDetector detector = TriggerDetector.standard();
    assertEquals(List.of(TerminationTrigger.SK_EXPIRED_OR_REVOKED), detector.detect(LifecycleExample.RECORD,
        Gumbrih.DINAS, LocalDate.of(2026, 5, 1), Gumbrih.OFFICER).map(Indication::trigger).toList());
    assertTrue(detector.detect(LifecycleExample.RECORD, Gumbrih.DINAS, LocalDate.of(2026, 4, 30), Gumbrih.OFFICER)
        .isEmpty(), "the SK is in force on its last day");
  }

  @Test
  @DisplayName("it prints the indication, the refused termination, both branches, the trail and the replay")
  void printsTheJourney() {
    String out = LifecycleExample.run();
    assertTrue(out.startsWith("Indikasi 2026-05-01: TERM-1 Habis masa berlaku / pencabutan SK\n"), out);
    Printed.assertContains(out,
        "Ditolak: Peristiwa \"penghentian kemitraan\" ditolak pada status PARTNER (mitra): ",
        "Diizinkan pada status: UNDER_REVIEW (dalam peninjauan). Aturan: TERM-PROC-1, TERM-PROC-2, INV-3.\n",
        "Cabang A: T7 → PARTNER\nCabang B: T6 → TERMINATED\n");
    List<String> trail = List.of(out.split("\n")).filter(l -> l.startsWith("#"));
    assertEquals(List.of("T1", "T2", "T3", "T4", "T5", "T6"), trail.map(l -> l.split(" +")[1]));
    assertTrue(trail.get(4).contains("UNDER_REVIEW") && trail.get(4).endsWith("TERM-PROC-1, INV-7, TERM-1"), out);
    assertTrue(trail.get(5).contains("TERMINATED") && trail.get(5).endsWith("TERM-PROC-2, INV-3, INV-6, TERM-1"), out);
    assertTrue(out.endsWith("Replay: TERMINATED, sama dengan status tercatat\n"), out);
  }

  @Test
  @DisplayName("the printed trail names no officer (personal data masked)")
  void masksOfficers() {
    Printed.assertLacks(LifecycleExample.run(), "Bagus", "Santoso");
    for (AuditEntry e : LifecycleExample.partner().entries()) {
      Printed.assertLacks(e.toString(), "Santoso");
    }
  }
}
