package id.kim.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import id.kim.core.community.KimProfile;
import id.kim.core.i18n.Lang;
import id.kim.core.region.District;
import id.kim.core.region.Province;
import id.kim.core.region.RegencyCity;
import id.kim.core.region.RegencyCityKind;
import id.kim.core.region.SeatLevel;
import id.kim.core.validation.KimValidator;
import id.kim.testkit.KimGens;
import io.vavr.control.Either;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * MAP-ENTRY-2 in the JSON contract: a seat recorded above the village is {@code districtSeat} or
 * {@code regencyCitySeat} of the profile, beside {@code seat} (the kelurahan/desa).
 */
class SeatLevelJsonTest {
  private static final RegencyCity JEMBRANA =
      RegencyCity.of("Jembrana", RegencyCityKind.KABUPATEN, Province.of("Bali"));

  private static Either<JsonProblem, KimProfile> read(String json) {
    return KimJson.read(json.replace('\'', '"'), KimProfile.class);
  }

  @Test
  @DisplayName("a kecamatan forum recorded at kecamatan level reads as districtSeat and writes back the same")
  void kecamatanSeatReadsAndWrites() {
    String json = "{'name': 'Forum KIM Kecamatan Negara', 'districtSeat': {'name': 'Negara', 'regencyCity': "
        + "{'name': 'Jembrana', 'kind': 'KABUPATEN', 'province': {'name': 'Bali'}}}}";
    KimProfile p = read(json).get();
    assertEquals(Optional.of(SeatLevel.DISTRICT), p.seatLevel());
    assertEquals(Optional.of(District.of("Negara", JEMBRANA)), p.districtSeat());
    String compact = json.replace('\'', '"').replace(" ", "");
    assertEquals(compact.replace("ForumKIMKecamatanNegara", "Forum KIM Kecamatan Negara"),
        KimJson.write(p).replaceAll("\\s+(?=[\"{}])|(?<=[:,{])\\s+", ""));
  }

  @Test
  @DisplayName("the example of docs/json.md (\"A seat above the village\") reads as a kecamatan seat and writes back")
  void docsExample() throws IOException {
    String doc = Files.readString(Path.of("..", "docs", "json.md"));
    int at = doc.indexOf("```json", doc.indexOf("### A seat above the village"));
    String json = doc.substring(at + "```json".length(), doc.indexOf("```", at + 1)).trim();
    KimProfile p = KimJson.read(json, KimProfile.class).get();
    assertEquals(Optional.of(District.of("Negara", JEMBRANA)), p.districtSeat());
    assertEquals(p, KimJson.read(KimJson.write(p), KimProfile.class).get());
  }

  @Test
  @DisplayName("only the kabupaten/kota recorded reads as regencyCitySeat")
  void regencySeatReads() {
    KimProfile p = read("{'name': 'Forum KIM Jembrana', 'regencyCitySeat': "
        + "{'name': 'Jembrana', 'kind': 'KABUPATEN', 'province': {'name': 'Bali'}}}").get();
    assertEquals(Optional.of(SeatLevel.REGENCY_CITY), p.seatLevel());
    assertEquals(Optional.of(JEMBRANA), p.seatRegencyCity());
  }

  @Test
  @DisplayName("a level code inside the seat is no part of the contract: refused at its path, naming the fields")
  void levelInsideTheSeatIsRefusedWithItsPath() {
    JsonProblem p = read("{'name': 'K', 'seat': {'level': 'kecamatan', 'name': 'Negara'}}").getLeft();
    assertEquals("$.seat.level", p.path());
    assertEquals(JsonProblem.Kind.UNKNOWN_FIELD, p.kind());
    assertTrue(p.message(Lang.EN).contains("its fields are: name, code, kind, localKindName, district"), p::toString);
    JsonProblem kind = read("{'name': 'K', 'regencyCitySeat': {'name': 'X', 'kind': 'KECAMATAN', "
        + "'province': {'name': 'Bali'}}}").getLeft();
    assertEquals("$.regencyCitySeat.kind", kind.path());
    assertEquals("$.regencyCitySeat.kind: unknown RegencyCityKind code; use one of: KABUPATEN, KOTA",
        kind.describe(Lang.EN));
  }

  @Test
  @DisplayName("a village and a kecamatan seat together read as written; validation refuses them citing MAP-ENTRY-2")
  void twoLevelsAreRefusedByValidation() {
    KimProfile p = read("{'name': 'K', 'seat': {'name': 'Gumbrih', 'kind': 'DESA', 'district': {'name': 'Pekutatan'}}, "
        + "'districtSeat': {'name': 'Pekutatan'}}").get();
    var v = KimValidator.standard().validate(p).getError().single();
    assertEquals("seatAtOneLevel", v.path());
    assertEquals(Optional.of("MAP-ENTRY-2"), v.ruleId());
  }

  @Test
  @DisplayName("every profile seated above the village round-trips through the contract, to the last character")
  void roundTrip() {
    qt().withExamples(300).forAll(KimGens.profileSeatedAboveVillage()).checkAssert(p -> {
      String json = KimJson.write(p);
      KimProfile back = KimJson.read(json, KimProfile.class).get();
      assertEquals(p, back, json);
      assertEquals(json, KimJson.write(back));
      assertTrue(json.contains("\"districtSeat\"") != json.contains("\"regencyCitySeat\""), json);
    });
  }
}
