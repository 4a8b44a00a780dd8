package id.kim.report.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.kim.core.i18n.Lang;
import org.junit.jupiter.api.Test;

/** The same item repeated in a row inside a message is written once with its count. */
class ReasonsTest {

  @Test
  void runsAreCounted() {
    assertEquals("3 dari 24 baris: Berbagi tautan (3×); Rapat warga",
        Reasons.foldRepeats("3 dari 24 baris: Berbagi tautan; Berbagi tautan; Berbagi tautan; Rapat warga", Lang.ID));
    assertEquals("A (2×); B; A.", Reasons.foldRepeats("A; A; B; A.", Lang.ID));
    assertEquals("A; B", Reasons.foldRepeats("A; B", Lang.ID));
    assertEquals("no list here", Reasons.foldRepeats("no list here", Lang.EN));
  }
}
