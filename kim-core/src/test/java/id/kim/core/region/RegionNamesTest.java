package id.kim.core.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** How a Dinas writes region names, and which differences do not make another region. */
class RegionNamesTest {

  @Test
  @DisplayName("case, spacing, punctuation and the level's prefixes do not matter")
  void tolerant() {
    assertTrue(RegionNames.sameName("Kab.  Jembrana", "KABUPATEN JEMBRANA", RegionLevel.REGENCY_CITY));
    assertTrue(RegionNames.sameName("Jembrana", "Kabupaten Jembrana", RegionLevel.REGENCY_CITY));
    assertTrue(RegionNames.sameName("Kota Adm. Jakarta Pusat", "Kota Administrasi Jakarta Pusat",
        RegionLevel.REGENCY_CITY));
    assertTrue(RegionNames.sameName("Desa Gumbrih", "Gumbrih", RegionLevel.VILLAGE));
    assertTrue(RegionNames.sameName("Kec. Pekutatan", "pekutatan", RegionLevel.DISTRICT));
    assertTrue(RegionNames.sameName("Provinsi Bali", "Bali", RegionLevel.PROVINCE));
  }

  @Test
  @DisplayName("only the prefixes of the level are left out: the kecamatan Kota Agung keeps its name")
  void levelPrefixesOnly() {
    assertEquals("kota agung", RegionNames.normalized("Kota Agung", RegionLevel.DISTRICT));
    assertEquals("kotabaru", RegionNames.normalized("Kotabaru", RegionLevel.REGENCY_CITY));
    assertFalse(RegionNames.sameName("Gumbrih", "Gumbrik", RegionLevel.VILLAGE));
  }

  @Test
  @DisplayName("the kind in a regency/city name is read, so Kota Tangerang is not Kabupaten Tangerang")
  void kind() {
    assertEquals(Optional.of(RegencyCityKind.KOTA), RegionNames.kindPrefix("Kota Tangerang"));
    assertEquals(Optional.of(RegencyCityKind.KABUPATEN), RegionNames.kindPrefix("Kab. Tangerang"));
    assertEquals(Optional.empty(), RegionNames.kindPrefix("Tangerang"));
    assertEquals(Optional.empty(), RegionNames.kindPrefix("Kotabaru"));
  }

  @Test
  @DisplayName("a code on a region is kept but is not part of its identity")
  void codeIsAuxiliary() {
    Province bali = Province.of("Bali");
    Province coded = bali.withCode(RegionCode.parse("51"));
    assertEquals(Optional.of(RegionCode.parse("51")), coded.code());
    assertEquals(bali, coded);
  }
}
