package id.kim.regions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.i18n.Lang;
import id.kim.core.region.RegionCode;
import id.kim.core.region.RegionDirectory;
import id.kim.core.region.RegionLevel;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The examples of docs/regions.md, kept compiling and true: the doc's snippets are these lines. */
@DisplayName("docs/regions.md: the region register's examples")
class RegionsDocExampleTest {

  @Test
  @DisplayName("look up a code, its parents and its children")
  void lookUpCodes() {
    RegionRegister register = RegionRegister.bundled();
    RegionCode gumbrih = RegionCode.parse("51.01.03.2006");            // or "5101032006"

    assertEquals(Optional.of("Gumbrih"), register.officialName(gumbrih));
    Region village = register.find(gumbrih).orElseThrow();
    assertEquals(RegionLevel.VILLAGE, village.level());
    assertEquals(Optional.of(RegionCode.parse("51.01.03")), village.parentCode());   // Kecamatan Pekutatan
    assertTrue(register.isVillageInRegency(gumbrih, RegionCode.parse("51.01")));    // Kabupaten Jembrana
    assertFalse(register.contains(RegionCode.parse("51.01.03.2999")));             // unknown: empty, no exception

    assertEquals(38, register.provinces().size());
    assertEquals("Negara", register.children(RegionCode.parse("51.01")).get(0).name());
    assertEquals(8, register.codesWithin(Optional.of(RegionCode.parse("51.01.03")), RegionLevel.VILLAGE).size());
  }

  @Test
  @DisplayName("find a region by name within its parent, never guessing")
  void resolveNames() {
    RegionRegister register = RegionRegister.bundled();
    Optional<RegionCode> banten = Optional.of(RegionCode.parse("36"));

    Resolution kota = register.resolve("Kota Tangerang", RegionLevel.REGENCY_CITY, banten);
    assertEquals(RegionCode.parse("36.71"), kota.orElseThrow().code());

    Resolution bare = register.resolve("Tangerang", RegionLevel.REGENCY_CITY, banten);
    if (bare instanceof Resolution.Ambiguous ambiguous) {
      assertEquals(List.of("36.03 Kabupaten Tangerang", "36.71 Kota Tangerang"),
          ambiguous.candidates().stream().map(Region::toString).toList());
    }
    assertTrue(bare.message(Lang.EN).startsWith("'Tangerang' names more than one regency/city in Banten (36): "
        + "36.03 Kabupaten Tangerang; 36.71 Kota Tangerang."));

    Resolution desa = register.resolve("Desa Gumbrih", RegionLevel.VILLAGE, Optional.of(RegionCode.parse("51.01.03")));
    assertEquals("Gumbrih", desa.orElseThrow().name());
  }

  @Test
  @DisplayName("the register is a RegionDirectory: hand it to whatever checks codes")
  void asADirectory() {
    RegionDirectory directory = RegionRegister.bundled();
    assertTrue(directory.isNamed(RegionCode.parse("51.01"), "Kab. Jembrana"));
    assertFalse(directory.isNamed(RegionCode.parse("51.01"), "Kabupaten Tabanan"));
    assertEquals(List.of(RegionCode.parse("51.01.03")),
        directory.codesNamed("Kec. Pekutatan", RegionLevel.DISTRICT, Optional.of(RegionCode.parse("51.01"))));
  }
}
