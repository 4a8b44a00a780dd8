package id.kim.core.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import id.kim.core.contact.PersonName;
import id.kim.core.contact.PhoneNumber;
import id.kim.core.region.District;
import id.kim.core.region.Province;
import id.kim.core.region.RegencyCity;
import id.kim.core.region.RegencyCityKind;
import id.kim.core.region.Village;
import id.kim.core.region.VillageKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Masked names and phones, region names and village/district texts are computed once per value
 * ({@code @Value.Lazy}): the text is the same as computed afresh, and reading it never changes equality.
 */
class CachedTextTest {

  @Test
  @DisplayName("PersonName.masked is Mask.name of the value, cached, and outside equals/hashCode")
  void maskedNames() {
    qt().forAll(strings().basicLatinAlphabet().ofLengthBetween(1, 40)).checkAssert(text -> {
      PersonName read = PersonName.of(text);
      PersonName fresh = PersonName.of(text);
      assertEquals(Mask.name(text), read.masked());
      assertSame(read.masked(), read.masked());
      assertEquals(fresh, read);
      assertEquals(fresh.hashCode(), read.hashCode());
    });
  }

  @Test
  @DisplayName("PhoneNumber.masked is Mask.phone of the value, cached, and outside equals/hashCode")
  void maskedPhones() {
    PhoneNumber read = PhoneNumber.of("0812-0000-0000");
    assertEquals(Mask.phone("0812-0000-0000"), read.masked());
    assertSame(read.masked(), read.masked());
    assertEquals(PhoneNumber.of("0812-0000-0000"), read);
    assertEquals(PhoneNumber.of("0812-0000-0000").hashCode(), read.hashCode());
  }

  @Test
  @DisplayName("RegencyCity.fullName, District and Village texts are unchanged and do not take part in equality")
  void regionTexts() {
    Province bali = Province.of("Bali");
    RegencyCity jembrana = RegencyCity.of("Jembrana", RegencyCityKind.KABUPATEN, bali);
    assertEquals(RegencyCityKind.KABUPATEN.label() + " Jembrana", jembrana.fullName());
    assertSame(jembrana.fullName(), jembrana.fullName());
    assertEquals(RegencyCity.of("Jembrana", RegencyCityKind.KABUPATEN, bali), jembrana);
    District district = District.of("Mendoyo", jembrana);
    assertEquals("Kecamatan Mendoyo, " + jembrana, district.toString());
    Village village = Village.of("Gumbrih", VillageKind.DESA, district);
    assertEquals(VillageKind.DESA.label() + " Gumbrih, " + district, village.toString());
    Village copy = Village.of("Gumbrih", VillageKind.DESA, District.of("Mendoyo", jembrana));
    assertEquals(copy, village);
    assertEquals(copy.hashCode(), village.hashCode());
  }
}
