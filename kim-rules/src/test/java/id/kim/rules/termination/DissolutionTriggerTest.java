package id.kim.rules.termination;

import static id.kim.rules.termination.Scans.changed;
import static id.kim.rules.termination.Scans.detected;
import static id.kim.rules.termination.Scans.finding;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.community.KimRecord;
import id.kim.core.document.DissolutionNotice;
import id.kim.core.document.DocumentRef;
import id.kim.core.i18n.Lang;
import id.kim.core.validation.KimValidator;
import id.kim.rules.explain.Outcome;
import id.kim.rules.fixtures.Kims;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("TERM-7: the KIM dissolved itself (Membubarkan diri)")
class DissolutionTriggerTest {
  private static final TerminationTrigger T = TerminationTrigger.SELF_DISSOLUTION;
  private static final LocalDate ON = LocalDate.of(2026, 8, 17);

  private static KimRecord dissolved() {
    return Kims.record().withDissolution(DissolutionNotice.builder().dissolvedOn(ON)
        .document(DocumentRef.of("arsip/2026/notulen-pembubaran.pdf")).build());
  }

  @Test
  @DisplayName("TERM-7 from the day of dissolution: indicated with the notice as evidence")
  void fromItsDay() {
    assertEquals(Outcome.NOT_SATISFIED, finding(T, dissolved(), ON).outcome());
    assertEquals("KIM membubarkan diri sejak 2026-08-17.", finding(T, dissolved(), ON).message().render(Lang.ID));
    assertEquals("dissolution.dissolvedOn=2026-08-17, dissolution.document=arsip/2026/notulen-pembubaran.pdf",
        detected(T, dissolved(), ON).single().evidence().mkString(", "));
  }

  @Test
  @DisplayName("TERM-7 a notice dated after the as-of day is not yet in effect")
  void notYet() {
    assertEquals(Outcome.SATISFIED, finding(T, dissolved(), ON.minusDays(1)).outcome());
    assertTrue(detected(T, dissolved(), ON.minusDays(1)).isEmpty());
  }

  @Test
  @DisplayName("TERM-7 between versions: the dissolution newly recorded is detected")
  void changes() {
    assertEquals(1, changed(T, Kims.record(), dissolved(), ON).size());
    assertTrue(changed(T, dissolved(), dissolved(), ON).isEmpty());
  }

  @Test
  @DisplayName("TERM-7 the notice is a kim-core value: effective from its day, printable")
  void noticeValue() {
    DissolutionNotice n = DissolutionNotice.of(ON);
    assertTrue(n.isEffectiveOn(ON) && !n.isEffectiveOn(ON.minusDays(1)));
    assertEquals("DissolutionNotice[2026-08-17]", n.toString());
    KimRecord plain = KimRecord.of(Kims.profile()).withDissolution(DissolutionNotice.of(ON));
    assertTrue(KimValidator.standard().validate(plain).isValid(), () ->
        KimValidator.standard().validate(plain).getError().mkString());
    KimRecord blankNote = plain.withDissolution(DissolutionNotice.builder().dissolvedOn(ON).note(" ").build());
    assertEquals("TERM-7", KimValidator.standard().validate(blankNote).getError().single().ruleId().get());
  }
}
