package id.kim.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import id.kim.core.region.District;
import id.kim.core.region.RegencyCity;
import id.kim.core.region.RegionCode;
import id.kim.core.region.RegionLevel;
import id.kim.core.region.RegionNames;
import id.kim.core.region.Village;
import id.kim.core.region.VillageKind;
import id.kim.regions.RegionRegister;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Generated places are real places of the Kemendagri register (kim-regions) with their codes: every
 * code exists, names its region (REGION-CODE-2, REGION-CODE-4) and nests in its parent's (REGION-CODE-3).
 */
class RealPlacesTest {
  private static final RegionRegister REGISTER = RegionRegister.bundled();

  @Test
  @DisplayName("every village of the region table: codes on all four levels, nested, named as the register names them")
  void everyPlaceOfTheTableIsRegistered() {
    for (RegionTable.Place place : RegionTable.PLACES) {
      assertRegistered(place.toVillage(true));
      Village without = place.toVillage(false);
      assertEquals(place.toVillage(true).code(), without.code());
      assertEquals(Optional.empty(), without.district().regencyCity());
    }
    assertEquals(5_196, RegionTable.PLACES.size(), "the villages of the table's 44 kabupaten/kota in the register");
  }

  @Test
  @DisplayName("community numbers KIM/<kode kabupaten/kota>/… carry the register's code of the issuing regency")
  void numbersCarryTheRegencyCode() {
    for (RegionTable.Regency r : RegionTable.REGENCIES) {
      assertEquals(r.value().code().orElseThrow().digits(), r.codeDigits(), r::toString);
      assertTrue(REGISTER.isNamed(r.value().code().orElseThrow(), r.value().fullName()), r::toString);
      assertTrue(REGISTER.isNamed(r.value().province().code().orElseThrow(), r.value().province().name()),
          r::toString);
    }
  }

  @Test
  @DisplayName("a Dinas generated for a kabupaten/kota or provinsi carries its code")
  void dinasCarriesCodes() {
    qt().withExamples(300).forAll(KimGens.dinas()).checkAssert(dinas -> {
      assertTrue(dinas.province().code().isPresent(), dinas::toString);
      dinas.regencyCity().ifPresent(rc -> assertRegistered(rc));
    });
  }

  @Test
  @DisplayName("registeredVillage reaches the whole register, kind from the code, same seed same village")
  void registeredVillages() {
    qt().withExamples(2_000).forAll(longs().all()).checkAssert(seed -> {
      Village v = KimSamples.registeredVillage(new SplittableRandom(seed));
      assertRegistered(v);
      assertEquals(v.code().orElseThrow().villageKind().orElse(VillageKind.DESA), v.kind(), v::toString);
      assertEquals(v, KimSamples.registeredVillage(new SplittableRandom(seed)));
      assertEquals(v.code(), KimSamples.registeredVillage(new SplittableRandom(seed)).code());
    });
    qt().withExamples(500).forAll(KimGens.registeredRegencyCity()).checkAssert(RealPlacesTest::assertRegistered);
  }

  @Test
  @DisplayName("regionDirectory: a Dinas' own table of one kabupaten/kota, agreeing with the register")
  void regionDirectories() {
    qt().withExamples(30).forAll(KimGens.regionDirectory()).checkAssert(directory -> {
      RegionCode regency = directory.codesWithin(Optional.empty(), RegionLevel.REGENCY_CITY).get(0);
      assertEquals(REGISTER.codesWithin(Optional.of(regency), RegionLevel.VILLAGE),
          directory.codesWithin(Optional.of(regency), RegionLevel.VILLAGE));
      assertEquals(REGISTER.officialName(regency), directory.officialName(regency));
    });
  }

  private static void assertRegistered(Village village) {
    RegionCode code = village.code().orElseThrow(() -> new AssertionError("no code: " + village));
    assertEquals(RegionLevel.VILLAGE, code.level());
    assertTrue(REGISTER.isNamed(code, village.name()), village::toString);
    District district = village.district();
    RegionCode districtCode = district.code().orElseThrow(() -> new AssertionError("no code: " + district));
    assertEquals(code.parent(), Optional.of(districtCode), village::toString);
    assertTrue(REGISTER.isNamed(districtCode, district.name()), district::toString);
    district.regencyCity().ifPresent(rc -> {
      assertRegistered(rc);
      assertTrue(districtCode.isWithin(rc.code().orElseThrow()), village::toString);
    });
  }

  private static void assertRegistered(RegencyCity rc) {
    RegionCode code = rc.code().orElseThrow(() -> new AssertionError("no code: " + rc));
    assertTrue(REGISTER.isNamed(code, rc.fullName()), rc::toString);
    assertEquals(REGISTER.officialName(code).flatMap(RegionNames::kindPrefix),
        Optional.of(rc.kind()), rc::toString);
    RegionCode province = rc.province().code().orElseThrow(() -> new AssertionError("no code: " + rc.province()));
    assertEquals(code.parent(), Optional.of(province), rc::toString);
    assertTrue(REGISTER.isNamed(province, rc.province().name()), rc::toString);
  }
}
