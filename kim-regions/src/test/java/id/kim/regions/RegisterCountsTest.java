package id.kim.regions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.kim.core.region.RegionLevel;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The size of the bundled register, level by level, as idn-area-data 4.0.1 publishes it. A data update
 * that adds or removes regions fails here until the counts, PROVENANCE and docs/regions.md change with
 * it: an update of the register is always a visible change.
 */
class RegisterCountsTest {
  private final RegionRegister register = RegionRegister.bundled();

  @Test
  @DisplayName("38 provinsi, 514 kabupaten/kota, 7,285 kecamatan, 83,762 kelurahan/desa")
  void countsOfEveryLevel() {
    assertEquals(38, register.count(RegionLevel.PROVINCE));
    assertEquals(514, register.count(RegionLevel.REGENCY_CITY));
    assertEquals(7_285, register.count(RegionLevel.DISTRICT));
    assertEquals(83_762, register.count(RegionLevel.VILLAGE));
  }

  @Test
  void listsAgreeWithCounts() {
    assertEquals(38, register.provinces().size());
    for (RegionLevel level : RegionLevel.values()) {
      assertEquals(register.count(level), register.codesWithin(Optional.empty(), level).size(), level.label());
    }
  }

  @Test
  void saysWhatItHolds() {
    assertEquals("RegionRegister of idn-area-data 4.0.1: 38 provinces, 514 regencies/cities, 7285 districts, "
        + "83762 villages", register.toString());
  }
}
