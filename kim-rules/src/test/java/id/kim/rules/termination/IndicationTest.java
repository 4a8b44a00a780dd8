package id.kim.rules.termination;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.lists;

import id.kim.core.contact.PersonName;
import id.kim.core.validation.MissingValueException;
import id.kim.rules.explain.Evidence;
import id.kim.rules.fixtures.Kims;
import id.kim.testkit.TimeSamplers;
import io.vavr.collection.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

@DisplayName("Indication: a ground indicated (terindikasi), TERM-PROC-1")
class IndicationTest {

  static Gen<Indication> indications() {
    return arbitrary().enumValues(TerminationTrigger.class).zip(arbitrary().enumValues(TriggerSubject.class),
        arbitrary().enumValues(IndicationSource.class), TimeSamplers.date().gen(), arbitrary().pick("a", "b", ""),
        (t, s, src, d, ev) ->
            Indication.builder().trigger(t).subject(s).source(src).reportedOn(d).reportedBy(Kims.OFFICER)
            .evidence(ev.isEmpty() ? List.empty() : List.of(Evidence.of("note", ev))).build());
  }

  @Test
  @DisplayName("a reported indication carries its rule ID, juknis citation, evidence, reporter and day")
  void reported() {
    Indication i = Indication.reported(TerminationTrigger.REPUTATION_DECLINE, TriggerSubject.KIM,
        List.of(Evidence.of("berita", "Radar Bali 2026-05-02")), Kims.OFFICER, Kims.DAY);
    assertEquals("TERM-6", i.ruleId().value());
    assertEquals(TerminationTrigger.REPUTATION_DECLINE.citation(), i.citation());
    assertEquals(IndicationSource.REPORTED, i.source());
    assertTrue(i.hasEvidence());
    assertFalse(Indication.builder().from(i).evidence(List.empty()).build().hasEvidence());
  }

  @Test
  @DisplayName("personal data never shows: evidence of a name is masked, the reporter prints masked")
  void masked() {
    Indication i = Indication.reported(TerminationTrigger.BECAME_CIVIL_SERVANT, TriggerSubject.MEMBER,
        List.of(Evidence.of("person", PersonName.of("Budi Santoso"))), Kims.OFFICER, Kims.DAY);
    assertTrue(Kims.hidesNames(i.toString()));
    assertTrue(i.toString().contains("B*** S***") && i.toString().contains("M*** W***"));
  }

  @Test
  @DisplayName("a null is refused with the attribute's name")
  void nulls() {
    assertTrue(assertThrows(MissingValueException.class, () -> Indication.builder().trigger(null))
        .getMessage().contains("'trigger'"));
  }

  @Test
  @DisplayName("law: Indication.ORDER is a total order consistent with equals")
  void orderIsTotal() {
    qt().withExamples(500).forAll(indications(), indications()).check((a, b) ->
        (Indication.ORDER.compare(a, b) == 0) == a.equals(b)
            && Integer.signum(Indication.ORDER.compare(a, b)) == -Integer.signum(Indication.ORDER.compare(b, a)));
  }

  @Test
  @DisplayName("law: sorting by Indication.ORDER does not depend on input order")
  void sortingIsOrderFree() {
    qt().withExamples(200).forAll(lists().of(indications()).ofSizeBetween(0, 6)).check(xs ->
        List.ofAll(xs).sorted(Indication.ORDER).equals(List.ofAll(xs).reverse().sorted(Indication.ORDER)));
  }
}
