package id.kim.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kim.core.agency.Dinas;
import id.kim.core.community.KimProfile;
import id.kim.core.i18n.Lang;
import id.kim.core.region.Province;
import id.kim.core.region.RegionCode;
import id.kim.core.region.Village;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Regions carry their Kemendagri code (kode wilayah) in an optional {@code "code"}: read dotted or plain,
 * written dotted, refused with REGION-CODE-1 at its path when malformed or of another level.
 */
class RegionCodeJsonTest {
  private static final String GUMBRIH = "{'name': 'Gumbrih', 'code': '5101032006', 'kind': 'DESA', 'district': "
      + "{'name': 'Pekutatan', 'code': '510103', 'regencyCity': {'name': 'Jembrana', 'code': '5101', "
      + "'kind': 'KABUPATEN', 'province': {'name': 'Bali', 'code': '51'}}}}";

  private static String json(String quoted) {
    return quoted.replace('\'', '"');
  }

  @Test
  @DisplayName("Desa Gumbrih, Kecamatan Pekutatan, Kabupaten Jembrana is read with its codes and written dotted")
  void plainCodesAreReadAndWrittenDotted() {
    Village gumbrih = KimJson.read(json(GUMBRIH), Village.class).get();
    assertEquals(RegionCode.parse("51.01.03.2006"), gumbrih.code().orElseThrow());
    assertEquals(RegionCode.parse("51.01.03"), gumbrih.district().code().orElseThrow());
    assertEquals(RegionCode.parse("51.01"), gumbrih.regencyCity().orElseThrow().code().orElseThrow());
    assertEquals(RegionCode.parse("51"), gumbrih.regencyCity().orElseThrow().province().code().orElseThrow());
    String written = KimJson.write(gumbrih);
    assertTrue(written.contains("\"code\": \"51.01.03.2006\""), written);
    assertTrue(written.contains("\"code\": \"51.01.03\""), written);
    assertTrue(written.contains("\"code\": \"51.01\""), written);
    assertTrue(written.contains("\"code\": \"51\""), written);
    assertEquals(written, KimJson.write(KimJson.read(written, Village.class).get()));
  }

  @Test
  void aRegionWithoutCodeIsReadAndWrittenWithout() {
    String withoutCodes = GUMBRIH.replaceAll(", 'code': '\\d+'|'code': '\\d+', ", "");
    Village village = KimJson.read(json(withoutCodes), Village.class).get();
    assertTrue(village.code().isEmpty());
    assertTrue(village.district().code().isEmpty());
    assertFalse(KimJson.write(village).contains("\"code\""));
  }

  @Test
  @DisplayName("a kecamatan's code on a village is refused at the village's code (REGION-CODE-1)")
  void aCodeOfAnotherLevelIsRefusedAtItsPath() {
    String profile = "{'name': 'KIM Mekar', 'seat': " + GUMBRIH.replace("'5101032006'", "'51.01.03'") + "}";
    JsonProblem p = KimJson.read(json(profile), KimProfile.class).getLeft();
    assertEquals("$.seat.code", p.path());
    assertEquals(JsonProblem.Kind.INVALID_VALUE, p.kind());
    assertEquals("REGION-CODE-1", p.ruleId().orElseThrow());
    assertEquals("$.seat.code: a Kecamatan code where a Kelurahan/Desa code is expected (10 digits, e.g. "
        + "51.01.03.2006) (REGION-CODE-1)", p.describe(Lang.EN));
    assertTrue(p.describe(Lang.ID).startsWith("$.seat.code: kode Kecamatan di tempat kode Kelurahan/Desa"),
        p::toString);
  }

  @Test
  @DisplayName("a malformed code is refused at its path without repeating it (REGION-CODE-1)")
  void aMalformedCodeIsRefusedWithoutRepeatingIt() {
    for (String bad : new String[] {"51-01", "5.101", "510", "Jembrana", "", "51.01.", "051.01"}) {
      String dinas = "{'name': 'Dinas Komunikasi dan Informatika Kabupaten Jembrana', 'level': 'REGENCY_CITY', "
          + "'province': {'name': 'Bali'}, 'regencyCity': {'name': 'Jembrana', 'code': '" + bad + "', "
          + "'kind': 'KABUPATEN', 'province': {'name': 'Bali'}}}";
      JsonProblem p = KimJson.read(json(dinas), Dinas.class).getLeft();
      assertEquals("$.regencyCity.code", p.path(), bad);
      assertEquals("REGION-CODE-1", p.ruleId().orElseThrow(), bad);
      assertTrue(p.message(Lang.EN).startsWith("not a Kemendagri region code: a Kabupaten/Kota code has 4 digits"),
          p::toString);
      assertEquals(p, KimJson.fromTree(tree(dinas), Dinas.class).getLeft(), "the tree reader answers alike");
    }
  }

  @Test
  void aCodeWrittenAsANumberIsTheWrongType() {
    JsonProblem p = KimJson.read(json("{'name': 'Bali', 'code': 51}"), Province.class).getLeft();
    assertEquals(JsonProblem.Kind.WRONG_TYPE, p.kind());
    assertEquals("$.code", p.path());
  }

  @Test
  @DisplayName("every real village with codes round-trips, plain codes read back as the dotted ones")
  void realVillagesRoundTripFromEitherForm() {
    qt().withExamples(100)
        .forAll(RealPlaces.VILLAGE)
        .check(
            v -> {
              String dotted = KimJson.write(v);
              String plain = dotted.replaceAll("\"code\": \"([0-9.]+)\"", "\"code\": \"@$1@\"");
              plain =
                  Pattern.compile("@([0-9.]+)@")
                      .matcher(plain)
                      .replaceAll(m -> m.group(1).replace(".", ""));
              Village back = KimJson.read(plain, Village.class).get();
              return back.equals(v)
                  && back.code().equals(v.code())
                  && back.district().code().equals(v.district().code())
                  && KimJson.write(back).equals(dotted);
            });
  }

  private static JsonNode tree(String quoted) {
    try {
      return new ObjectMapper().readTree(json(quoted));
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
