package id.kim.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import id.kim.core.community.CommunityNumber;
import id.kim.core.community.KimRecord;
import id.kim.core.region.Province;
import id.kim.core.region.RegencyCity;
import id.kim.core.region.RegencyCityKind;
import id.kim.core.region.Village;
import id.kim.core.validation.KimValidator;
import id.kim.core.validation.MissingValueException;
import java.util.HashSet;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A Dinas' register generated on its own: {@code recordIn(regencyCity)} gives the records that
 * {@code record()} gives for KIM seated in that regency/city (MAP-A-1: a census holds the KIM of the
 * Dinas' region), and the region table says how large each regency's share is.
 */
class RegisterByRegencyTest {
  private static final List<RegencyCity> REGENCIES = RegionSamplers.regencyCities();

  @Test
  @DisplayName("regencyCities and villagesIn list the whole village table, each village once, regency recorded")
  void tableShares() {
    assertEquals(RegionTable.REGENCIES.size(), REGENCIES.size());
    assertEquals(REGENCIES.size(), new HashSet<>(REGENCIES).size());
    int villages = 0;
    for (RegencyCity r : REGENCIES) {
      List<Village> in = RegionSamplers.villagesIn(r);
      assertTrue(!in.isEmpty(), r::fullName);
      in.forEach(v -> assertEquals(r, v.regencyCity().orElseThrow(), v::toString));
      villages += in.size();
    }
    assertEquals(RegionTable.PLACES.size(), villages);
  }

  @Test
  @DisplayName("recordIn (MAP-A-1): valid records seated in that regency/city, numbered by it, equal for equal seeds")
  void recordsOfOneRegency() {
    qt().forAll(integers().between(0, REGENCIES.size() - 1), longs().all()).checkAssert((i, seed) -> {
      RegencyCity regency = REGENCIES.get(i);
      KimRecord r = KimSamples.recordIn(new SplittableRandom(seed), regency);
      assertTrue(KimValidator.standard().validate(r).isValid(), r::toString);
      r.profile().communityNumber().map(CommunityNumber::issuedBy).ifPresent(by -> assertEquals(regency, by));
      r.profile().seat().ifPresent(seat -> assertTrue(
          RegionSamplers.villagesIn(regency).stream().anyMatch(v -> v.name().equals(seat.name())
              && v.district().name().equals(seat.district().name())), seat::toString));
      r.assessments().forEach(a -> assertEquals(regency, a.assessedBy().dinas().regencyCity().orElseThrow()));
      assertEquals(r, KimSamples.recordIn(new SplittableRandom(seed), regency));
    });
    qt().forAll(KimGens.recordIn(REGENCIES.get(0))).checkAssert(r ->
        assertTrue(KimValidator.standard().validate(r).isValid(), r::toString));
  }

  @Test
  @DisplayName("record() is unchanged by the per-regency entry point: every seat lies in a regency of the table")
  void anyRecordLiesInTheTable() {
    for (long seed = 0; seed < 300; seed++) {
      KimRecord r = KimSamples.record(new SplittableRandom(seed));
      r.profile().communityNumber().ifPresent(n -> assertTrue(REGENCIES.contains(n.issuedBy()), n::toString));
    }
  }

  @Test
  @DisplayName("a regency/city outside the table or null is refused with its name")
  void refusesUnknownRegency() {
    RegencyCity unknown = RegencyCity.of("Atlantis", RegencyCityKind.KABUPATEN, Province.of("Bali"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RecordSamplers.recordIn(unknown));
    assertTrue(e.getMessage().contains("Atlantis"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> RegionSamplers.villagesIn(unknown));
    assertThrows(MissingValueException.class, () -> RecordSamplers.recordIn(null));
    assertThrows(MissingValueException.class, () -> RegionSamplers.villagesIn(null));
  }
}
