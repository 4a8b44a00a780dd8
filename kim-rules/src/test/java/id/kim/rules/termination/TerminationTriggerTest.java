package id.kim.rules.termination;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.i18n.Lang;
import id.kim.rules.explain.RuleId;
import id.kim.rules.fixtures.JuknisSeed;
import id.kim.rules.lifecycle.Step;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.io.IOException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("TERM-1..7: the seven grounds of juknis II.B.6")
class TerminationTriggerTest {

  @Test
  @DisplayName("TERM-1..TERM-7 in juknis order, a closed list of seven")
  void sevenGroundsInOrder() {
    assertEquals(List.of("TERM-1", "TERM-2", "TERM-3", "TERM-4", "TERM-5", "TERM-6", "TERM-7"),
        List.of(TerminationTrigger.values()).map(t -> t.ruleId().value()));
  }

  @Test
  @DisplayName("TERM-1 carries the Indonesian label and the juknis quote of II.B.6")
  void labelsAndCitation() {
    TerminationTrigger t = TerminationTrigger.SK_EXPIRED_OR_REVOKED;
    assertEquals("Habis masa berlaku / pencabutan SK", t.label(Lang.ID));
    assertEquals("Village decree (SK) expired or revoked", t.label(Lang.EN));
    assertEquals("II.B.6", t.citation().section());
    assertFalse(t.citation().proposed());
    assertTrue(t.citation().quote().startsWith("Habis masa berlaku Surat Keputusan Kepala Desa/Lurah"));
    assertEquals("Membubarkan diri", TerminationTrigger.SELF_DISSOLUTION.citation().quote());
  }

  @Test
  @DisplayName("every quote of TERM-1..7 and TERM-PROC-1/2 appears in the juknis seed (whitespace normalised)")
  void quotesAreVerbatim() throws IOException {
    String juknis = JuknisSeed.normalisedText();
    List<String> quotes = List.of(TerminationTrigger.values()).map(t -> t.citation().quote())
        .appendAll(List.of(Step.T5.citation().quote(), Step.T6.citation().quote(),
            TerminationTrigger.POWER.quote()));
    for (String q : quotes) {
      assertTrue(juknis.contains(q.replaceAll("\\s+", " ")), () -> "not in the juknis: " + q);
    }
  }

  @Test
  @DisplayName("TERM-4 is the only ground the data cannot show")
  void onlyUnlawfulActivityIsUndetectable() {
    assertEquals(List.of(TerminationTrigger.UNLAWFUL_ACTIVITY),
        List.of(TerminationTrigger.values()).filter(t -> !t.detectable()));
  }

  @Test
  @DisplayName("a rule ID finds its ground; other IDs find none")
  void lookupByRuleId() {
    assertEquals(Option.some(TerminationTrigger.MOVED_TO_OTHER_REGENCY_CITY),
        TerminationTrigger.of(RuleId.of("TERM-5")));
    assertEquals(Option.none(), TerminationTrigger.of(RuleId.of("TERM-PROC-1")));
    assertEquals(Option.none(), TerminationTrigger.of(RuleId.of("QUAL-3")));
  }

  @Test
  @DisplayName("TERM-PROC-1 and TERM-PROC-2 cite the two steps of II.B.6")
  void procedureCitations() {
    assertTrue(Step.T5.rules().contains(RuleId.of("TERM-PROC-1")));
    assertTrue(Step.T6.rules().contains(RuleId.of("TERM-PROC-2")));
    assertTrue(Step.T5.citation().quote().contains("terindikasi"));
    assertTrue(Step.T6.citation().quote().contains("terbukti"));
  }
}
