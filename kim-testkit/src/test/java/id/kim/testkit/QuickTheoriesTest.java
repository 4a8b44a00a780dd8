package id.kim.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import id.kim.core.community.KimRecord;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The generators as QuickTheories sees them: repeatable with a fixed seed, and shrinking. */
class QuickTheoriesTest {

  @Test
  @DisplayName("a fixed QuickTheories seed gives the same values, run after run")
  void fixedSeedIsRepeatable() {
    assertEquals(run(42), run(42));
    assertTrue(!run(42).equals(run(43)));
  }

  @Test
  @DisplayName(
      "a failing property shrinks to a minimal profile: exactly the two media the property forbids, nothing else")
  void failuresShrink() {
    AssertionError failure = assertThrows(AssertionError.class, () ->
        qt().withFixedSeed(7).forAll(KimGens.profile()).check(p -> p.media().size() < 2));
    String message = failure.getMessage();
    String smallest = message.substring(message.indexOf("Smallest found falsifying value(s) :-"),
        message.indexOf("Other found falsifying"));
    assertEquals(2, smallest.split("KimMedium\\{", -1).length - 1, smallest);
    assertTrue(!smallest.contains("whatsapp=") && !smallest.contains("seat="), smallest);
  }

  @Test
  @DisplayName("a defect's generator describes its values with the defect's name")
  void defectsAreDescribed() {
    Defect<?> landline = Defects.profile().stream().filter(d -> d.messageKey().equals("kim.phone.notMobile"))
        .findFirst().orElseThrow();
    AssertionError failure = assertThrows(AssertionError.class, () ->
        qt().withFixedSeed(1).forAll(landline.gen()).check(p -> false));
    assertTrue(failure.getMessage().contains("KimProfile.whatsapp: a landline"), failure.getMessage());
  }

  private static List<KimRecord> run(long seed) {
    List<KimRecord> seen = new ArrayList<>();
    qt().withFixedSeed(seed).withExamples(30).forAll(KimGens.record()).checkAssert(seen::add);
    return seen;
  }
}
