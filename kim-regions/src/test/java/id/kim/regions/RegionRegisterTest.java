package id.kim.regions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.i18n.Lang;
import id.kim.core.region.RegionCode;
import id.kim.core.region.RegionCodeFormatException;
import id.kim.core.region.RegionLevel;
import id.kim.core.validation.MissingValueException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Examples of the register: the seat of issue 17's KIM, Tangerang, and codes that are not in it. */
class RegionRegisterTest {
  private static final RegionRegister REGISTER = RegionRegister.bundled();
  private static final RegionCode BALI = RegionCode.parse("51");
  private static final RegionCode JEMBRANA = RegionCode.parse("51.01");
  private static final RegionCode PEKUTATAN = RegionCode.parse("51.01.03");
  private static final RegionCode GUMBRIH = RegionCode.parse("51.01.03.2006");
  private static final Optional<RegionCode> BANTEN = Optional.of(RegionCode.parse("36"));

  @Nested
  @DisplayName("Desa Gumbrih, Kecamatan Pekutatan, Kabupaten Jembrana (51.01.03.2006)")
  class Gumbrih {
    @Test
    void eachLevelHasItsOfficialName() {
      assertEquals(Optional.of("Bali"), REGISTER.officialName(BALI));
      assertEquals(Optional.of("Kabupaten Jembrana"), REGISTER.officialName(JEMBRANA));
      assertEquals(Optional.of("Pekutatan"), REGISTER.officialName(PEKUTATAN));
      assertEquals(Optional.of(Region.of(GUMBRIH, "Gumbrih")), REGISTER.find(RegionCode.parse("5101032006")));
    }

    @Test
    void liesInJembranaNotInTheNextKabupaten() {
      assertTrue(REGISTER.isVillageInRegency(GUMBRIH, JEMBRANA));
      assertFalse(REGISTER.isVillageInRegency(GUMBRIH, RegionCode.parse("51.02")));
      assertFalse(REGISTER.isVillageInRegency(RegionCode.parse("51.01.03.2999"), JEMBRANA), "no such village");
    }

    @Test
    void namesAsADinasWritesThemResolve() {
      Optional<RegionCode> jembrana = REGISTER.resolve("Kab. Jembrana", RegionLevel.REGENCY_CITY,
          Optional.of(BALI)).found().map(Region::code);
      assertEquals(Optional.of(JEMBRANA), jembrana);
      assertEquals(PEKUTATAN, REGISTER.resolve("KECAMATAN  pekutatan", RegionLevel.DISTRICT, jembrana)
          .orElseThrow().code());
      assertEquals(GUMBRIH, REGISTER.resolve("Desa Gumbrih", RegionLevel.VILLAGE, Optional.of(PEKUTATAN))
          .orElseThrow().code());
      assertEquals(List.of(GUMBRIH), REGISTER.codesNamed("gumbrih", RegionLevel.VILLAGE, Optional.of(BALI)));
    }

    @Test
    void childrenAreTheLevelBelowInCodeOrder() {
      List<Region> districts = REGISTER.children(JEMBRANA);
      assertEquals(Region.of(RegionCode.parse("51.01.01"), "Negara"), districts.get(0));
      assertTrue(districts.stream().allMatch(d -> d.parentCode().equals(Optional.of(JEMBRANA))));
      assertTrue(REGISTER.children(PEKUTATAN).contains(Region.of(GUMBRIH, "Gumbrih")));
      assertEquals(List.of(), REGISTER.children(GUMBRIH));
    }
  }

  @Nested
  @DisplayName("Tangerang in Banten: Kabupaten Tangerang 36.03 or Kota Tangerang 36.71 (REGION-CODE-4)")
  class Tangerang {
    @Test
    void aBareNameIsAmbiguousAndListsBoth() {
      Resolution resolution = REGISTER.resolve("Tangerang", RegionLevel.REGENCY_CITY, BANTEN);
      Resolution.Ambiguous ambiguous = assertInstanceOf(Resolution.Ambiguous.class, resolution);
      assertEquals(List.of(Region.of(RegionCode.parse("36.03"), "Kabupaten Tangerang"),
          Region.of(RegionCode.parse("36.71"), "Kota Tangerang")), ambiguous.candidates());
      assertEquals(Optional.empty(), resolution.found());
      assertEquals("'Tangerang' menunjuk lebih dari satu kabupaten/kota di Banten (36): 36.03 Kabupaten Tangerang; "
          + "36.71 Kota Tangerang. Register tidak memilih di antaranya: isi kode wilayahnya (REGION-CODE-4). "
          + "Atau tulis 'Kabupaten' atau 'Kota' di depan namanya.", resolution.message(Lang.ID));
      assertEquals("'Tangerang' names more than one regency/city in Banten (36): 36.03 Kabupaten Tangerang; "
          + "36.71 Kota Tangerang. The register does not choose between them: give the region code "
          + "(REGION-CODE-4). Or write 'Kabupaten' or 'Kota' before the name.", resolution.message(Lang.EN));
    }

    @Test
    void theKindDecides() {
      assertEquals(RegionCode.parse("36.71"),
          REGISTER.resolve("Kota Tangerang", RegionLevel.REGENCY_CITY, BANTEN).orElseThrow().code());
      assertEquals(RegionCode.parse("36.03"),
          REGISTER.resolve("kab. tangerang", RegionLevel.REGENCY_CITY, BANTEN).orElseThrow().code());
      assertEquals(List.of(RegionCode.parse("36.03"), RegionCode.parse("36.71")),
          REGISTER.codesNamed("Tangerang", RegionLevel.REGENCY_CITY, Optional.empty()));
    }

    @Test
    void refusingToChooseThrowsWithBothCandidates() {
      RegionNotResolvedException e = assertThrows(RegionNotResolvedException.class,
          () -> REGISTER.resolve("Tangerang", RegionLevel.REGENCY_CITY, BANTEN).orElseThrow());
      assertTrue(e.getMessage().contains("36.03 Kabupaten Tangerang; 36.71 Kota Tangerang"), e.getMessage());
      assertInstanceOf(Resolution.Ambiguous.class, e.resolution());
    }
  }

  @Nested
  @DisplayName("Kelurahan Nusaniwe 81.71.01.1006 and Desa Nusaniwe 81.71.01.2003, in one kecamatan")
  class SameNamedVillages {
    private final Optional<RegionCode> nusaniwe = Optional.of(RegionCode.parse("81.71.01"));

    @Test
    void theKindWrittenBeforeTheNameDecides() {
      assertEquals(RegionCode.parse("81.71.01.1006"),
          REGISTER.resolve("Kelurahan Nusaniwe", RegionLevel.VILLAGE, nusaniwe).orElseThrow().code());
      assertEquals(RegionCode.parse("81.71.01.2003"),
          REGISTER.resolve("Ds. Nusaniwe", RegionLevel.VILLAGE, nusaniwe).orElseThrow().code());
    }

    @Test
    void aBareNameIsAmbiguous() {
      assertInstanceOf(Resolution.Ambiguous.class, REGISTER.resolve("Nusaniwe", RegionLevel.VILLAGE, nusaniwe));
      assertEquals(2, REGISTER.codesNamed("Kelurahan Nusaniwe", RegionLevel.VILLAGE, nusaniwe).size(),
          "codesNamed lists every candidate, as RegionDirectory defines it");
    }

    @Test
    void twoDesaOfOneNameOnlyTheirCodesTellApart() {
      Resolution resolution = REGISTER.resolve("Desa Tounelet Satu", RegionLevel.VILLAGE,
          Optional.of(RegionCode.parse("71.02.11")));
      assertEquals("'Desa Tounelet Satu' names more than one village (kelurahan/desa) in Sonder (71.02.11): "
          + "71.02.11.2003 Tounelet Satu; 71.02.11.2018 Tounelet Satu. The register does not choose between them: "
          + "give the region code (REGION-CODE-4).", resolution.message(Lang.EN));
    }
  }

  @Nested
  @DisplayName("Codes and names that are not in the register")
  class Unknown {
    @Test
    void unknownCodesAreEmptyAnswers() {
      for (String code : List.of("99", "51.99", "51.01.99", "51.01.03.2999", "11.01.01.1999")) {
        RegionCode unknown = RegionCode.parse(code);
        assertEquals(Optional.empty(), REGISTER.officialName(unknown), code);
        assertFalse(REGISTER.contains(unknown), code);
        assertEquals(List.of(), REGISTER.children(unknown), code);
      }
    }

    @Test
    void malformedCodesNeverReachTheRegister() {
      for (String text : List.of("5", "51.1", "510", "51-01", "51.01.03.206", "Jembrana")) {
        assertThrows(RegionCodeFormatException.class, () -> RegionCode.parse(text), text);
        assertEquals(Optional.empty(), RegionCode.tryParse(text).flatMap(REGISTER::find), text);
      }
    }

    @Test
    void anUnknownNameIsNotFoundWithItsPlace() {
      Resolution resolution = REGISTER.resolve("Gumbrihh", RegionLevel.VILLAGE, Optional.of(PEKUTATAN));
      assertInstanceOf(Resolution.NotFound.class, resolution);
      assertEquals("Tidak ada kelurahan/desa bernama 'Gumbrihh' di Pekutatan (51.01.03) menurut register wilayah "
          + "Kemendagri (REGION-CODE-4). Periksa ejaannya, atau isi kode wilayahnya.", resolution.message(Lang.ID));
      assertEquals("No village (kelurahan/desa) named 'Gumbrihh' in Pekutatan (51.01.03) in the Kemendagri region "
          + "register (REGION-CODE-4). Check the spelling, or give the region code.", resolution.message(Lang.EN));
    }

    @Test
    void aPlaceToLookInMustExistAndLieAbove() {
      assertThrows(IllegalArgumentException.class,
          () -> REGISTER.resolve("Gumbrih", RegionLevel.VILLAGE, Optional.of(RegionCode.parse("51.01.99"))));
      assertThrows(IllegalArgumentException.class,
          () -> REGISTER.resolve("Pekutatan", RegionLevel.DISTRICT, Optional.of(GUMBRIH)));
      assertEquals(List.of(), REGISTER.codesWithin(Optional.of(GUMBRIH), RegionLevel.DISTRICT));
    }

    @Test
    void levelsAreChecked() {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> REGISTER.isVillageInRegency(PEKUTATAN, JEMBRANA));
      assertTrue(e.getMessage().startsWith("village: 51.01.03 is a Kecamatan code"), e.getMessage());
    }

    @Test
    void nullsAreRefusedByName() {
      MissingValueException e = assertThrows(MissingValueException.class,
          () -> REGISTER.resolve(null, RegionLevel.VILLAGE, Optional.empty()));
      assertTrue(e.getMessage().contains("name"), e.getMessage());
      assertThrows(MissingValueException.class, () -> REGISTER.officialName(null));
      assertThrows(MissingValueException.class, () -> REGISTER.codesWithin(null, RegionLevel.VILLAGE));
      assertThrows(MissingValueException.class, () -> REGISTER.isVillageInRegency(GUMBRIH, null));
    }
  }
}
