package id.kim.rules.termination;

import static id.kim.rules.termination.Scans.detected;
import static id.kim.rules.termination.Scans.finding;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.document.DocumentRef;
import id.kim.core.i18n.Lang;
import id.kim.rules.explain.Evidence;
import id.kim.rules.explain.Finding;
import id.kim.rules.explain.Outcome;
import id.kim.rules.fixtures.Kims;
import io.vavr.collection.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("TERM-4: involved in unlawful (criminal) activity, GAP-05, GAP-06")
class UnlawfulActivityTriggerTest {
  private static final TerminationTrigger T = TerminationTrigger.UNLAWFUL_ACTIVITY;

  @Test
  @DisplayName("TERM-4 is never read from data: the scan says unknown and points to a report")
  void neverDetected() {
    Finding f = finding(T, Kims.record(), Kims.DAY);
    assertEquals(Outcome.UNKNOWN, f.outcome());
    assertTrue(f.message().render(Lang.ID).contains("GAP-06"));
    assertEquals("Petugas dapat melaporkan indikasi beserta buktinya.", f.remedy().get().render(Lang.ID));
    assertTrue(detected(T, Kims.record(), Kims.DAY).isEmpty());
  }

  @Test
  @DisplayName("TERM-4 enters as a reported indication carrying its rule, citation, evidence, reporter and day")
  void reported() {
    Indication i = Indication.builder().from(Indication.reported(T, TriggerSubject.BOARD_MEMBER,
        List.of(Evidence.of("incident.status", "CHARGED")), Kims.OFFICER, Kims.DAY))
        .documents(List.of(DocumentRef.of("arsip/2026/polres-surat-07.pdf"))).build();
    assertEquals("TERM-4", i.ruleId().value());
    assertEquals("Terlibat dalam kegiatan melanggar hukum (tindak pidana/kriminal)", i.citation().quote());
    assertEquals(IndicationSource.REPORTED, i.source());
    assertTrue(i.hasEvidence());
    assertEquals(Kims.DAY, i.reportedOn());
    assertTrue(i.toString().contains("arsip/2026/polres-surat-07.pdf"));
  }
}
