package id.kim.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import id.kim.core.community.KimProfile;
import id.kim.core.region.SeatLevel;
import id.kim.core.validation.KimValidator;
import java.util.EnumSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** MAP-ENTRY-2: the dedicated generator of profiles seated above the village. */
class SeatAboveVillageTest {

  @Test
  @DisplayName("every profile seated above the village is valid, has no village seat, and a level above it")
  void validAndAboveTheVillage() {
    qt().withExamples(300).forAll(KimGens.profileSeatedAboveVillage()).checkAssert(p -> {
      assertTrue(KimValidator.standard().validate(p).isValid(), p::toString);
      assertTrue(p.seat().isEmpty(), p::toString);
      assertTrue(p.seatLevel().orElseThrow().isAboveVillage(), p::toString);
    });
  }

  @Test
  @DisplayName("both levels above the village are drawn through the seeded entry point")
  void bothLevelsAppear() {
    SplittableRandom random = new SplittableRandom(15);
    Set<SeatLevel> levels = EnumSet.noneOf(SeatLevel.class);
    for (int i = 0; i < 100; i++) {
      KimProfile p = KimSamples.profileSeatedAboveVillage(random);
      levels.add(p.seatLevel().orElseThrow());
    }
    assertEquals(EnumSet.of(SeatLevel.DISTRICT, SeatLevel.REGENCY_CITY), levels);
  }
}
