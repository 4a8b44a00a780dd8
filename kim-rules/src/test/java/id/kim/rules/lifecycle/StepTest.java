package id.kim.rules.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.rules.fixtures.JuknisSeed;
import io.vavr.collection.List;
import java.io.IOException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Steps T1–T9 cite the juknis; the steps it does not state are PROPOSED with their gap")
class StepTest {

  @Test
  @DisplayName("every step's quote appears in the juknis seed (parts joined by an ellipsis each appear)")
  void quotesAreVerbatim() throws IOException {
    String juknis = JuknisSeed.normalisedText();
    for (Step s : Step.values()) {
      for (String part : s.citation().quote().split(" … ")) {
        assertTrue(juknis.contains(part.replaceAll("\\s+", " ")), () -> s + " quote not in the juknis: " + part);
      }
    }
  }

  @Test
  @DisplayName("T3b, T3r, T4b, T5b, T7, T8, T8b, T9 are PROPOSED (RULES.md §3.2), each naming its gap")
  void proposedSteps() {
    assertEquals(List.of(Step.T3B, Step.T3R, Step.T4B, Step.T5B, Step.T7, Step.T8, Step.T8B, Step.T9),
        List.of(Step.values()).filter(s -> s.citation().proposed()));
    assertTrue(List.of(Step.values()).filter(s -> s.citation().proposed()).forAll(s -> s.citation().gap().isDefined()));
    assertEquals("GAP-37", Step.T7.citation().gap().get());
    assertEquals("GAP-38", Step.T3R.citation().gap().get());
  }

  @Test
  @DisplayName("labels follow RULES.md §3.2")
  void labels() {
    assertEquals("T1 T2 T3 T3b T3r T4 T4b T5 T5b T6 T7 T8 T8b T9",
        List.of(Step.values()).map(Step::label).mkString(" "));
    assertTrue(Step.T6.rules().map(r -> r.value()).containsAll(List.of("TERM-PROC-2", "INV-3")));
    assertTrue(Step.T5.rules().map(r -> r.value()).contains("TERM-PROC-1"));
  }
}
