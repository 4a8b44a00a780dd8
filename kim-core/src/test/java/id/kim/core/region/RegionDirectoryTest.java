package id.kim.core.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.validation.MissingValueException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A Dinas' own table as a {@link RegionDirectory}: lookups by code and by name, never guessing. */
class RegionDirectoryTest {
  private static final RegionDirectory TABLE = RegionDirectory.of(Map.of(
      code("36"), "Banten",
      code("36.03"), "Kabupaten Tangerang",
      code("36.71"), "Kota Tangerang",
      code("51.01"), "Kabupaten Jembrana",
      code("51.01.03"), "Pekutatan",
      code("51.01.03.2006"), "Gumbrih"));

  private static RegionCode code(String text) {
    return RegionCode.parse(text);
  }

  @Test
  @DisplayName("a code's official name, and whether a name as written is it")
  void byCode() {
    assertEquals(Optional.of("Gumbrih"), TABLE.officialName(code("5101032006")));
    assertTrue(TABLE.isNamed(code("51.01.03.2006"), "Desa Gumbrih"));
    assertFalse(TABLE.isNamed(code("51.01.03.2006"), "Pekutatan"));
    assertFalse(TABLE.contains(code("51.01.03.2007")));
    assertFalse(TABLE.isNamed(code("51.01.03.2007"), "Gumbrih"));
  }

  @Test
  @DisplayName("Tangerang names two regions; Kota Tangerang one")
  void byName() {
    assertEquals(List.of(code("36.03"), code("36.71")),
        TABLE.codesNamed("Tangerang", RegionLevel.REGENCY_CITY, Optional.of(code("36"))));
    assertEquals(List.of(code("36.71")),
        TABLE.codesNamed("KOTA TANGERANG", RegionLevel.REGENCY_CITY, Optional.empty()));
    assertEquals(List.of(code("36.03")),
        TABLE.codesNamed("Kab. Tangerang", RegionLevel.REGENCY_CITY, Optional.empty()));
    assertEquals(List.of(code("51.01.03.2006")),
        TABLE.codesNamed("desa gumbrih", RegionLevel.VILLAGE, Optional.of(code("51.01"))));
    assertEquals(List.of(), TABLE.codesNamed("Gumbrih", RegionLevel.VILLAGE, Optional.of(code("36"))));
  }

  @Test
  @DisplayName("nulls are refused by name")
  void nulls() {
    MissingValueException e = assertThrows(MissingValueException.class,
        () -> RegionDirectory.of(Collections.singletonMap(code("51"), null)));
    assertTrue(e.getMessage().contains("officialNames[51]"), e.getMessage());
  }
}
