package id.kim.core.regioncheck;

import static id.kim.core.regioncheck.Bali.BALI;
import static id.kim.core.regioncheck.Bali.GUMBRIH;
import static id.kim.core.regioncheck.Bali.JEMBRANA;
import static id.kim.core.regioncheck.Bali.PEKUTATAN;
import static id.kim.core.regioncheck.Bali.TABLE;
import static id.kim.core.regioncheck.Bali.code;
import static id.kim.core.regioncheck.Bali.seatedIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.agency.Dinas;
import id.kim.core.agency.Officer;
import id.kim.core.assessment.AssessedCriterion;
import id.kim.core.assessment.Assessment;
import id.kim.core.assessment.AssessmentResult;
import id.kim.core.community.CommunityNumber;
import id.kim.core.community.KimRecord;
import id.kim.core.contact.PersonName;
import id.kim.core.i18n.Lang;
import id.kim.core.region.District;
import id.kim.core.region.Province;
import id.kim.core.region.RegencyCity;
import id.kim.core.region.RegencyCityKind;
import id.kim.core.region.Village;
import id.kim.core.region.VillageKind;
import id.kim.core.validation.FieldViolation;
import id.kim.core.validation.KimValidator;
import id.kim.core.validation.MissingValueException;
import io.vavr.collection.Seq;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** REGION-CODE-1..4 on real places: Desa Gumbrih, Kecamatan Pekutatan, Kabupaten Jembrana, Bali. */
class RegionCheckTest {
  private static final RegionCheck CHECK = RegionCheck.of(TABLE);

  /** @return "path RULE" of each violation, in order */
  private static List<String> found(Seq<FieldViolation> violations) {
    return violations.map(v -> v.path() + " " + v.ruleId().orElse("-")).toJavaList();
  }

  private static List<String> found(Object value) {
    return CHECK.validate(value).fold(RegionCheckTest::found, ok -> List.of());
  }

  @Test
  @DisplayName("a record seated in Desa Gumbrih, Kecamatan Pekutatan, Kabupaten Jembrana with codes is valid")
  void gumbrihWithCodesIsValid() {
    KimRecord record = seatedIn(GUMBRIH);
    assertTrue(CHECK.validate(record).isValid(), () -> CHECK.validate(record).getError().mkString("\n"));
    assertTrue(KimValidator.standard().validate(record).isValid());
  }

  @Test
  @DisplayName("REGION-CODE-3/4: Pekutatan given 51.02.03 under Jembrana 51.01 is reported by field and rule")
  void misplacedDistrictIsReported() {
    District misplaced = District.of("Pekutatan", JEMBRANA).withCode(code("51.02.03"));
    Village gumbrih = Village.of("Gumbrih", VillageKind.DESA, misplaced).withCode(code("51.01.03.2006"));
    // without a register: the codes do not nest, on the village and on the kecamatan
    assertEquals(List.of("profile.seat.code REGION-CODE-3", "profile.seat.district.code REGION-CODE-3"),
        KimValidator.standard().validate(seatedIn(gumbrih)).fold(RegionCheckTest::found, ok -> List.of()));
    // with it: 51.02.03 is Selemadeg Barat (Kabupaten Tabanan), not Pekutatan
    assertEquals(List.of("profile.seat.code REGION-CODE-3", "profile.seat.district.code REGION-CODE-3",
        "profile.seat.district.name REGION-CODE-4"), found(seatedIn(gumbrih)));
    FieldViolation name = CHECK.violations(seatedIn(gumbrih)).head();
    assertEquals("Pekutatan", name.rejectedValue());
    assertEquals("is not the official name of the region with code 51.02.03, which is \"Selemadeg Barat\"; "
        + "correct the name or the code", name.message(Lang.EN));
    assertTrue(name.message(Lang.ID).contains("Selemadeg Barat"), name.message(Lang.ID));
  }

  @Test
  @DisplayName("REGION-CODE-4: only the village has a code and its kecamatan is written as Negara: found by the code")
  void districtNamedByTheVillageCode() {
    Village inNegara = Village.of("Gumbrih", VillageKind.DESA, District.of("Negara", JEMBRANA))
        .withCode(code("51.01.03.2006"));
    assertEquals(List.of("profile.seat.district.name REGION-CODE-4"), found(seatedIn(inNegara)));
    assertEquals("Pekutatan", CHECK.violations(inNegara).head().attributes().get("official"));
  }

  @Test
  @DisplayName("REGION-CODE-1: a 4-digit code on a village is a field violation without any register")
  void codeOfAnotherLevel() {
    Village coded = Village.of("Gumbrih", VillageKind.DESA, PEKUTATAN).withCode(code("5101"));
    Seq<FieldViolation> found = KimValidator.standard().validate(seatedIn(coded)).getError();
    assertEquals(List.of("profile.seat.code REGION-CODE-1"), found(found));
    assertEquals("51.01", found.head().rejectedValue());
    assertTrue(found.head().message(Lang.EN).startsWith("a village (kelurahan/desa) code has 10 digits"));
    // the register adds nothing about a code of the wrong level (no doubled finding)
    assertEquals(List.of("profile.seat.code REGION-CODE-1"), found(seatedIn(coded)));
  }

  @Test
  @DisplayName("REGION-CODE-2: a code the register does not hold")
  void unknownCode() {
    Village coded = Village.of("Gumbrih", VillageKind.DESA, PEKUTATAN).withCode(code("51.01.03.2099"));
    assertEquals(List.of("profile.seat.code REGION-CODE-2"), found(seatedIn(coded)));
    assertEquals("51.01.03.2099", CHECK.violations(coded).head().rejectedValue());
  }

  @Test
  @DisplayName("REGION-CODE-4: Kota Tangerang recorded under the code of Kabupaten Tangerang")
  void kotaIsNotKabupaten() {
    Province banten = Province.of("Banten").withCode(code("36"));
    RegencyCity kota = RegencyCity.of("Tangerang", RegencyCityKind.KOTA, banten).withCode(code("36.03"));
    assertEquals(List.of("kind REGION-CODE-4"), found(kota));
    assertEquals(List.of(), found(kota.withCode(code("36.71"))));
  }

  @Test
  @DisplayName("names are compared as a Dinas writes them: case, spacing and prefixes do not matter")
  void namesAsWritten() {
    RegencyCity jembrana = RegencyCity.of("JEMBRANA ", RegencyCityKind.KABUPATEN, BALI).withCode(code("51.01"));
    Village gumbrih = Village.of("desa  Gumbrih", VillageKind.DESA, District.of("Kec. Pekutatan", jembrana)
        .withCode(code("51.01.03"))).withCode(code("51.01.03.2006"));
    assertEquals(List.of(), found(seatedIn(gumbrih)));
  }

  @Test
  @DisplayName("no code recorded: nothing is checked against the register, names are not guessed")
  void noCodeNoCheck() {
    Village written = Village.of("Gumbrihh", VillageKind.DESA,
        District.of("Pekutatan", RegencyCity.of("Jembrana", RegencyCityKind.KABUPATEN, Province.of("Bali"))));
    assertEquals(List.of(), found(seatedIn(written)));
  }

  @Test
  @DisplayName("every place a region is recorded: the Nomor Induk Komunitas' issuer, the SK's village, the Dinas")
  void everyPlace() {
    RegencyCity tabananCoded = RegencyCity.of("Jembrana", RegencyCityKind.KABUPATEN, BALI).withCode(code("51.02"));
    KimRecord record = seatedIn(GUMBRIH).withProfile(seatedIn(GUMBRIH).profile().withCommunityNumber(
        CommunityNumber.of("KIM/5101/0007", tabananCoded)));
    assertEquals(List.of("profile.communityNumber.issuedBy.name REGION-CODE-4"), found(record));
    Dinas dinas = Dinas.regencyCity("Dinas Kominfo Kabupaten Jembrana", tabananCoded);
    assertEquals(List.of("regencyCity.name REGION-CODE-4"), found(dinas));
    assertEquals(List.of(), found(Dinas.regencyCity("Dinas Kominfo Kabupaten Jembrana", JEMBRANA)));
    Assessment assessed = Assessment.builder().criterion(AssessedCriterion.REGULAR_ACTIVITY)
        .result(AssessmentResult.MET).assessedBy(Officer.of(PersonName.of("Made Wirawan"), dinas))
        .assessedOn(LocalDate.of(2026, 5, 10)).build();
    assertEquals(List.of("assessments[0].assessedBy.dinas.regencyCity.name REGION-CODE-4"),
        found(seatedIn(GUMBRIH).withAssessments(assessed)));
  }

  @Test
  @DisplayName("null is refused with the parameter's name")
  void nullHostile() {
    assertThrows(MissingValueException.class, () -> RegionCheck.of(null));
    assertThrows(MissingValueException.class, () -> CHECK.violations(null));
  }
}
