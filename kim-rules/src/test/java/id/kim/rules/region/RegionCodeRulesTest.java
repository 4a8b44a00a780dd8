package id.kim.rules.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.community.KimProfile;
import id.kim.core.community.KimRecord;
import id.kim.core.i18n.Lang;
import id.kim.core.region.District;
import id.kim.core.region.Province;
import id.kim.core.region.RegencyCity;
import id.kim.core.region.RegencyCityKind;
import id.kim.core.region.RegionCode;
import id.kim.core.region.RegionDirectory;
import id.kim.core.region.Village;
import id.kim.core.region.VillageKind;
import id.kim.core.validation.MissingValueException;
import id.kim.rules.engine.Rule;
import id.kim.rules.explain.Finding;
import id.kim.rules.explain.Outcome;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** REGION-CODE-1..4 as a catalogued rule set, on Desa Gumbrih, Kecamatan Pekutatan, Kabupaten Jembrana. */
class RegionCodeRulesTest {
  private static final LocalDate DAY = LocalDate.of(2026, 12, 1);
  private static final RegionDirectory TABLE = RegionDirectory.of(Map.of(
      code("51"), "Bali", code("51.01"), "Kabupaten Jembrana", code("51.01.03"), "Pekutatan",
      code("51.01.03.2006"), "Gumbrih", code("51.02"), "Kabupaten Tabanan", code("51.02.03"), "Selemadeg Barat"));
  private static final RegencyCity JEMBRANA = RegencyCity.of("Jembrana", RegencyCityKind.KABUPATEN,
      Province.of("Bali").withCode(code("51"))).withCode(code("51.01"));

  private static RegionCode code(String text) {
    return RegionCode.parse(text);
  }

  private static KimRecord seatedIn(District district) {
    Village gumbrih = Village.of("Gumbrih", VillageKind.DESA, district).withCode(code("51.01.03.2006"));
    return KimRecord.of(KimProfile.builder().name("KIM Gumbrih").seat(gumbrih).build());
  }

  private static Map<String, Outcome> outcomes(RegionCodeFacts facts) {
    Map<String, Outcome> out = new TreeMap<>();
    for (Rule<RegionCodeFacts> r : RegionCodeRules.RULES.rules()) {
      out.put(r.id().value(), r.evaluate(facts, DAY).outcome());
    }
    return out;
  }

  @Test
  @DisplayName("the catalogue holds REGION-CODE-1..4, each PROPOSED, in rule set region-codes/1")
  void catalogue() {
    assertEquals("REGION-CODE-1, REGION-CODE-2, REGION-CODE-3, REGION-CODE-4",
        RegionCodeRules.RULES.rules().map(r -> r.id().value()).mkString(", "));
    assertTrue(RegionCodeRules.RULES.rules().forAll(r -> r.citation().proposed()));
    assertEquals("region-codes", RegionCodeRules.RULES.ref().name());
    assertEquals("1", RegionCodeRules.RULES.ref().version());
  }

  @Test
  @DisplayName("Gumbrih with its codes satisfies all four against a register holding them")
  void gumbrihSatisfies() {
    RegionCodeFacts facts = RegionCodeFacts.of(seatedIn(District.of("Pekutatan", JEMBRANA).withCode(code("51.01.03"))),
        TABLE);
    assertEquals(Map.of("REGION-CODE-1", Outcome.SATISFIED, "REGION-CODE-2", Outcome.SATISFIED,
        "REGION-CODE-3", Outcome.SATISFIED, "REGION-CODE-4", Outcome.SATISFIED), outcomes(facts));
  }

  @Test
  @DisplayName("Pekutatan coded 51.02.03 under Jembrana 51.01: REGION-CODE-3 and -4 not satisfied, by field path")
  void misplacedDistrict() {
    KimRecord record = seatedIn(District.of("Pekutatan", JEMBRANA).withCode(code("51.02.03")));
    RegionCodeFacts facts = RegionCodeFacts.of(record, TABLE);
    assertEquals(Map.of("REGION-CODE-1", Outcome.SATISFIED, "REGION-CODE-2", Outcome.SATISFIED,
        "REGION-CODE-3", Outcome.NOT_SATISFIED, "REGION-CODE-4", Outcome.NOT_SATISFIED), outcomes(facts));
    Finding nesting = RegionCodeRules.RULES.rules().get(2).evaluate(facts, DAY);
    assertEquals("profile.seat.code=51.01.03.2006, profile.seat.district.code=51.02.03",
        nesting.evidence().mkString(", "));
    assertEquals("A region code does not lie within the code of the region above it at: profile.seat.code, "
        + "profile.seat.district.code.", nesting.message().render(Lang.EN));
    assertTrue(nesting.remedy().get().render(Lang.ID).startsWith("Periksa kode wilayah dan induknya"));
    Finding name = RegionCodeRules.RULES.rules().get(3).evaluate(facts, DAY);
    assertEquals("profile.seat.district.name=Pekutatan", name.evidence().mkString(", "));
  }

  @Test
  @DisplayName("without a register REGION-CODE-2 and -4 are not evaluated; -1 and -3 still are")
  void withoutRegister() {
    RegionCodeFacts facts = RegionCodeFacts.of(seatedIn(District.of("Pekutatan", JEMBRANA).withCode(code("51.02.03"))));
    assertEquals(Map.of("REGION-CODE-1", Outcome.SATISFIED, "REGION-CODE-2", Outcome.NOT_EVALUATED,
        "REGION-CODE-3", Outcome.NOT_SATISFIED, "REGION-CODE-4", Outcome.NOT_EVALUATED), outcomes(facts));
    assertThrows(MissingValueException.class, () -> RegionCodeFacts.of(null));
    assertThrows(MissingValueException.class, () -> RegionCodeFacts.of("x", null));
  }

  @Test
  @DisplayName("REGION-CODE-* messages: same keys in id and en, none empty")
  void bundles() throws IOException {
    Properties id = load("/id/kim/rules/region/Messages.properties");
    Properties en = load("/id/kim/rules/region/Messages_en.properties");
    assertEquals(new TreeSet<>(id.stringPropertyNames()), new TreeSet<>(en.stringPropertyNames()));
    id.forEach((k, v) -> assertFalse(v.toString().isBlank(), k.toString()));
    en.forEach((k, v) -> assertFalse(v.toString().isBlank(), k.toString()));
    assertEquals(14, id.size());
  }

  private static Properties load(String path) throws IOException {
    Properties p = new Properties();
    try (InputStream in = RegionCodeRulesTest.class.getResourceAsStream(path)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }
}
