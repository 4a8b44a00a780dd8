package id.kim.rules.termination;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.agency.Officer;
import id.kim.core.contact.PersonName;
import id.kim.core.document.DocumentRef;
import id.kim.core.i18n.Lang;
import id.kim.rules.fixtures.Kims;
import io.vavr.collection.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The last keys of {@link Indication#ORDER} (documents, then the reporter's name and Dinas), which the
 * generated law in {@link IndicationTest} rarely reaches, and the defaults of an indication
 * (TERM-PROC-1: an indication about the KIM itself unless it names a person).
 */
@DisplayName("Indication: the documented order's last keys and the defaults, TERM-PROC-1")
class IndicationOrderTest {
  /** Built in each test, not once per class, so that each test really runs the builder's defaults. */
  private static Indication base() {
    return Indication.builder().trigger(TerminationTrigger.REPUTATION_DECLINE).source(IndicationSource.REPORTED)
        .reportedBy(Kims.OFFICER).reportedOn(Kims.DAY).build();
  }

  @Test
  @DisplayName("ties on day, ground, subject, source and evidence are broken by the documents")
  void byDocuments() {
    Indication a = Indication.builder().from(base()).documents(List.of(DocumentRef.of("A-1"))).build();
    Indication b = Indication.builder().from(base()).documents(List.of(DocumentRef.of("B-1"))).build();
    assertEquals(List.of(a, b), List.of(b, a).sorted(Indication.ORDER));
  }

  @Test
  @DisplayName("then by the reporter's name, then by the reporter's Dinas")
  void byReporter() {
    Indication made = base();
    // Ketut at Jembrana, Made at Buleleng: the name decides although Buleleng's Dinas would sort first
    Indication ketut = Indication.builder().from(made)
        .reportedBy(Officer.of(PersonName.of("Ketut Sudiarta"), Kims.DINAS)).build();
    Indication madeAtBuleleng = Indication.builder().from(made)
        .reportedBy(Officer.of(PersonName.of("Made Wirawan"), Kims.OTHER_DINAS)).build();
    assertTrue(Indication.ORDER.compare(ketut, madeAtBuleleng) < 0, "Ketut Sudiarta before Made Wirawan");
    assertTrue(Indication.ORDER.compare(madeAtBuleleng, made) < 0, "Kabupaten Buleleng before Kabupaten Jembrana");
  }

  @Test
  @DisplayName("an indication names the KIM itself and carries no evidence unless told otherwise")
  void defaults() {
    Indication plain = base();
    assertEquals(TriggerSubject.KIM, plain.subject());
    assertTrue(plain.evidence().isEmpty());
  }

  @Test
  @DisplayName("labels: the subject in both languages, the ground with its rule ID")
  void labels() {
    assertEquals("pengurus", TriggerSubject.BOARD_MEMBER.label(Lang.ID));
    assertEquals("a board member", TriggerSubject.BOARD_MEMBER.label(Lang.EN));
    assertEquals("TERM-1 Habis masa berlaku / pencabutan SK", TerminationTrigger.SK_EXPIRED_OR_REVOKED.toString());
  }
}
