package id.kim.core.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import id.kim.core.validation.MissingValueException;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;

/** Kemendagri region codes (REGION-CODE-1): the forms a Dinas writes, the hierarchy inside a code. */
class RegionCodeTest {

  private static RegionCode code(String text) {
    return RegionCode.parse(text);
  }

  @Test
  @DisplayName("Desa Gumbrih, 51.01.03.2006: dotted and plain forms are one code of village level")
  void gumbrih() {
    RegionCode dotted = code("51.01.03.2006");
    assertEquals(dotted, code(" 5101032006 "));
    assertEquals(dotted.hashCode(), code("5101032006").hashCode());
    assertEquals(RegionLevel.VILLAGE, dotted.level());
    assertEquals("5101032006", dotted.digits());
    assertEquals("51.01.03.2006", dotted.toString());
    assertEquals(Optional.of(code("51.01.03")), dotted.parent());
    assertEquals(code("5101"), dotted.truncatedTo(RegionLevel.REGENCY_CITY));
    assertTrue(dotted.isWithin(code("51.01")));
    assertFalse(dotted.isWithin(code("51.02")));
    assertEquals(Optional.of(VillageKind.DESA), dotted.villageKind());
    assertEquals(Optional.of(VillageKind.KELURAHAN), code("51.01.03.1001").villageKind());
    assertEquals(Optional.empty(), code("51.01.03").villageKind());
  }

  @Test
  @DisplayName("each level has its length: 51, 51.01, 51.01.03, 51.01.03.2006")
  void levels() {
    assertEquals(RegionLevel.PROVINCE, code("51").level());
    assertEquals(RegionLevel.REGENCY_CITY, code("51.01").level());
    assertEquals(RegionLevel.DISTRICT, code("510103").level());
    assertEquals(Optional.empty(), code("51").parent());
    IllegalArgumentException below = assertThrows(IllegalArgumentException.class,
        () -> code("51.01").truncatedTo(RegionLevel.VILLAGE));
    assertTrue(below.getMessage().contains("Kabupaten/Kota"), below.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "5", "510", "51.1", "51.01.03.200", "51.0103", "5101.03", "51.01.03.20061",
      "510103200", "51-01", "ab", "51.01.", "٥١"})
  @DisplayName("malformed codes are refused with a message naming the forms and the rule")
  void malformed(String text) {
    RegionCodeFormatException e = assertThrows(RegionCodeFormatException.class, () -> code(text));
    assertTrue(e.getMessage().contains("REGION-CODE-1"), e.getMessage());
    assertTrue(e.getMessage().contains("51.01.03.2006"), e.getMessage());
    assertEquals(Optional.empty(), RegionCode.tryParse(text));
  }

  @Test
  @DisplayName("a phone number given as a code is not repeated in the error")
  void masked() {
    RegionCodeFormatException e = assertThrows(RegionCodeFormatException.class, () -> code("0812-3456-7890"));
    assertFalse(e.getMessage().contains("3456"), e.getMessage());
  }

  @Test
  @DisplayName("null is refused by name")
  void nulls() {
    MissingValueException e = assertThrows(MissingValueException.class, () -> RegionCode.parse(null));
    assertTrue(e.getMessage().contains("'text'"), e.getMessage());
  }

  private static Gen<RegionCode> codes() {
    return integers().between(0, 3).zip(integers().between(0, 999_999_999), integers().between(1, 9),
        (level, rest, first) -> code((first + String.format("%09d", rest))
            .substring(0, RegionLevel.values()[level].digits())));
  }

  @Test
  @DisplayName("laws: parse(toString) = parse(digits) = code; a code lies within each of its ancestors")
  @SuppressWarnings("SelfComparison") // compareTo's reflexivity is one of the laws under test
  void laws() {
    qt().forAll(codes()).checkAssert(code -> {
      assertEquals(code, code(code.toString()));
      assertEquals(code, code(code.digits()));
      assertEquals(0, code.compareTo(code));
      code.parent().ifPresent(parent -> {
        assertTrue(code.isWithin(parent));
        assertFalse(parent.isWithin(code));
        assertEquals(code.level().ordinal() - 1, parent.level().ordinal());
        assertEquals(parent, code.truncatedTo(parent.level()));
      });
    });
  }
}
