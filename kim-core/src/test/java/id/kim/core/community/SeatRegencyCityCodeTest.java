package id.kim.core.community;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.region.District;
import id.kim.core.region.Province;
import id.kim.core.region.RegencyCity;
import id.kim.core.region.RegencyCityKind;
import id.kim.core.region.RegionCode;
import id.kim.core.region.Village;
import id.kim.core.region.VillageKind;
import id.kim.core.validation.MissingValueException;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The kabupaten/kota code of a seat, and where a seat lies, by codes where both sides have them. */
class SeatRegencyCityCodeTest {
  private static final Province BALI = Province.of("Bali");
  private static final RegencyCity JEMBRANA = RegencyCity.of("Jembrana", RegencyCityKind.KABUPATEN, BALI);
  private static final RegencyCity JEMBRANA_CODED = JEMBRANA.withCode(RegionCode.parse("51.01"));

  private static KimProfile seatedIn(Village v) {
    return KimProfile.builder().name("KIM Gumbrih").seat(v).build();
  }

  @Test
  @DisplayName("field h's code first, else the kecamatan's or the village's cut to the kabupaten/kota level")
  void precedence() {
    Village bare = Village.of("Gumbrih", VillageKind.DESA, District.of("Pekutatan"));
    assertEquals(Optional.empty(), seatedIn(bare).seatRegencyCityCode());
    assertEquals(Optional.of(RegionCode.parse("51.01")),
        seatedIn(bare.withCode(RegionCode.parse("51.01.03.2006"))).seatRegencyCityCode());
    Village inDistrict = Village.of("Gumbrih", VillageKind.DESA,
        District.of("Pekutatan").withCode(RegionCode.parse("51.02.03"))).withCode(RegionCode.parse("51.01.03.2006"));
    assertEquals(Optional.of(RegionCode.parse("51.02")), seatedIn(inDistrict).seatRegencyCityCode());
    Village withH = Village.of("Gumbrih", VillageKind.DESA, District.of("Pekutatan", JEMBRANA_CODED))
        .withCode(RegionCode.parse("51.02.03.2001"));
    assertEquals(Optional.of(RegionCode.parse("51.01")), seatedIn(withH).seatRegencyCityCode());
    // a code of another level (REGION-CODE-1) is not read
    assertEquals(Optional.empty(), seatedIn(bare.withCode(RegionCode.parse("5101"))).seatRegencyCityCode());
    KimProfile regencySeat = KimProfile.builder().name("Forum KIM").regencyCitySeat(JEMBRANA_CODED).build();
    assertEquals(Optional.of(RegionCode.parse("51.01")), regencySeat.seatRegencyCityCode());
  }

  @Test
  @DisplayName("codes decide where both sides have one; names (field h) otherwise; no field h and no code: inside")
  void seatedOutside() {
    RegencyCity written = RegencyCity.of("Kab. Jembrana", RegencyCityKind.KABUPATEN, BALI);
    assertTrue(seatedIn(Village.of("Gumbrih", VillageKind.DESA, District.of("Pekutatan", written)))
        .isSeatedOutside(JEMBRANA_CODED));
    assertFalse(seatedIn(Village.of("Gumbrih", VillageKind.DESA,
        District.of("Pekutatan", written.withCode(RegionCode.parse("51.01"))))).isSeatedOutside(JEMBRANA_CODED));
    Village mundeh = Village.of("Mundeh", VillageKind.DESA, District.of("Selemadeg Barat"))
        .withCode(RegionCode.parse("51.02.03.2001"));
    assertTrue(seatedIn(mundeh).isSeatedOutside(JEMBRANA_CODED));
    assertFalse(seatedIn(mundeh).isSeatedOutside(JEMBRANA));
    assertThrows(MissingValueException.class, () -> seatedIn(mundeh).isSeatedOutside(null));
  }

  @Test
  @DisplayName("RegencyCity.isSameAs: by codes when both have one, else equality of name, kind and province")
  void sameRegency() {
    RegencyCity tabananWrittenAsJembrana = JEMBRANA.withCode(RegionCode.parse("51.02"));
    assertFalse(tabananWrittenAsJembrana.isSameAs(JEMBRANA_CODED));
    assertTrue(tabananWrittenAsJembrana.isSameAs(JEMBRANA));
    assertTrue(RegencyCity.of("JEMBRANA", RegencyCityKind.KABUPATEN, BALI).withCode(RegionCode.parse("51.01"))
        .isSameAs(JEMBRANA_CODED));
    assertFalse(RegencyCity.of("JEMBRANA", RegencyCityKind.KABUPATEN, BALI).isSameAs(JEMBRANA));
  }
}
