package id.kim.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import id.kim.core.region.District;
import id.kim.core.region.Province;
import id.kim.core.region.RegencyCity;
import id.kim.core.region.RegencyCityKind;
import id.kim.core.region.RegionCode;
import id.kim.core.region.Village;
import id.kim.core.region.VillageKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * REGION-CODE-1 (a code of its region's level) and the nesting of REGION-CODE-3 are constraints that
 * need no register: Hibernate Validator reports them, cited by the constraint's own rule.
 */
class RegionCodeConstraintsTest {
  private static final KimValidator KIM = KimValidator.standard();
  private static final Province BALI = Province.of("Bali");

  /** Codes of any level near Bali's, so that many nest and many do not. */
  private static Gen<RegionCode> codes() {
    Gen<Integer> level = integers().between(0, 3);
    Gen<Integer> part = integers().between(1, 3);
    return level.zip(part, part, part, (l, a, b, c) -> {
      String text = "5" + a + (l >= 1 ? ".0" + b : "") + (l >= 2 ? ".0" + c : "") + (l >= 3 ? ".200" + a : "");
      return RegionCode.parse(text);
    });
  }

  private static Village village(RegionCode villageCode, RegionCode districtCode, RegionCode regencyCode) {
    RegencyCity regency = RegencyCity.of("Jembrana", RegencyCityKind.KABUPATEN, BALI).withCode(regencyCode);
    return Village.of("Gumbrih", VillageKind.DESA, District.of("Pekutatan", regency).withCode(districtCode))
        .withCode(villageCode);
  }

  /**
   * @return what validation must find: REGION-CODE-1 per code of another level, REGION-CODE-3 per pair
   *     (of codes of their own levels) that does not nest
   */
  private static List<String> expected(RegionCode v, RegionCode d, RegionCode r) {
    List<String> out = new ArrayList<>();
    boolean vOk = v.digits().length() == 10;
    boolean dOk = d.digits().length() == 6;
    boolean rOk = r.digits().length() == 4;
    if (!vOk) {
      out.add("code REGION-CODE-1");
    } else if (dOk && !v.digits().startsWith(d.digits())) {
      out.add("code REGION-CODE-3");
    }
    if (!dOk) {
      out.add("district.code REGION-CODE-1");
    } else if (rOk && !d.digits().startsWith(r.digits())) {
      out.add("district.code REGION-CODE-3");
    }
    out.add(rOk ? "" : "district.regencyCity.code REGION-CODE-1");
    out.removeIf(String::isEmpty);
    return out;
  }

  @Test
  @DisplayName("property: the engine finds REGION-CODE-1 for each code of another level, REGION-CODE-3 for each pair "
      + "that does not nest")
  void levelsAndNesting() {
    qt().withExamples(2_000).forAll(codes(), codes(), codes()).checkAssert((v, d, r) -> {
      Village village = village(v, d, r);
      List<String> found = KIM.validate(village)
          .fold(errors -> errors.map(e -> e.path() + " " + e.ruleId().orElse("-")).toJavaList(), ok -> List.of());
      assertEquals(expected(v, d, r), found, village::toString);
    });
  }

  @Test
  @DisplayName("Desa Gumbrih 51.01.03.2006, Kecamatan Pekutatan 51.01.03, Kabupaten Jembrana 51.01 is valid")
  void gumbrih() {
    Village gumbrih = village(RegionCode.parse("51.01.03.2006"), RegionCode.parse("51.01.03"),
        RegionCode.parse("51.01"));
    assertTrue(KIM.validate(gumbrih).isValid());
    assertEquals(true, KIM.engineViolations(gumbrih).isEmpty());
  }

  @Test
  @DisplayName("a regency/city's code must lie within its province's: 51.01 is not in Banten (36)")
  void regencyWithinProvince() {
    RegencyCity jembrana = RegencyCity.of("Jembrana", RegencyCityKind.KABUPATEN,
        Province.of("Banten").withCode(RegionCode.parse("36"))).withCode(RegionCode.parse("51.01"));
    FieldViolation found = KIM.validate(jembrana).getError().single();
    assertEquals("code", found.path());
    assertEquals("REGION-CODE-3", found.ruleId().orElseThrow());
    assertEquals("51.01", found.rejectedValue());
    assertEquals("kim.region.code.notWithinProvince", found.messageKey());
  }
}
