package id.kim.core.community;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.region.District;
import id.kim.core.region.Province;
import id.kim.core.region.RegencyCity;
import id.kim.core.region.RegencyCityKind;
import id.kim.core.region.SeatLevel;
import id.kim.core.region.Village;
import id.kim.core.region.VillageKind;
import id.kim.core.i18n.Lang;
import id.kim.core.validation.FieldViolation;
import id.kim.core.validation.KimValidator;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * MAP-ENTRY-2 "b. Berkedudukan di Kelurahan /Desa/Kampung atau yang disebut dengan nama lain": a seat
 * is recorded at one level of Tabel 3.1 fields f, g, h — the village, or above it.
 */
class SeatLevelTest {
  private static final RegencyCity JEMBRANA =
      RegencyCity.of("Jembrana", RegencyCityKind.KABUPATEN, Province.of("Bali"));
  private static final District PEKUTATAN = District.of("Pekutatan", JEMBRANA);
  private static final Village GUMBRIH = Village.of("Gumbrih", VillageKind.DESA, PEKUTATAN);

  private static KimProfile.Builder profile() {
    return KimProfile.builder().name("KIM Gumbrih");
  }

  private static Seq<String> violations(KimProfile p) {
    return KimValidator.standard().validate(p).fold(v -> v, ok -> List.<FieldViolation>empty())
        .map(v -> v.path() + " " + v.messageKey() + " " + v.ruleId().orElse("-"));
  }

  @Test
  @DisplayName("f filled: village level; g alone: kecamatan level; h alone: kabupaten/kota level; none: not recorded")
  void levelFollowsTheFieldsGiven() {
    assertEquals(Optional.of(SeatLevel.VILLAGE), profile().seat(GUMBRIH).build().seatLevel());
    assertEquals(Optional.of(SeatLevel.DISTRICT), profile().districtSeat(PEKUTATAN).build().seatLevel());
    assertEquals(Optional.of(SeatLevel.REGENCY_CITY), profile().regencyCitySeat(JEMBRANA).build().seatLevel());
    assertEquals(Optional.empty(), profile().build().seatLevel());
    assertFalse(SeatLevel.VILLAGE.isAboveVillage());
    assertTrue(SeatLevel.DISTRICT.isAboveVillage() && SeatLevel.REGENCY_CITY.isAboveVillage());
  }

  @Test
  @DisplayName("PROFILE-h: the kabupaten/kota of the seat at every level, empty when field h is not recorded")
  void regencyCityAtEveryLevel() {
    assertEquals(Optional.of(JEMBRANA), profile().seat(GUMBRIH).build().seatRegencyCity());
    assertEquals(Optional.of(JEMBRANA), profile().districtSeat(PEKUTATAN).build().seatRegencyCity());
    assertEquals(Optional.of(JEMBRANA), profile().regencyCitySeat(JEMBRANA).build().seatRegencyCity());
    assertEquals(Optional.empty(), profile().districtSeat(District.of("Pekutatan")).build().seatRegencyCity());
    assertEquals(Optional.empty(), profile().build().seatRegencyCity());
  }

  @Test
  @DisplayName("MAP-ENTRY-2: a seat at one level is valid; two levels together are refused, citing the rule")
  void oneLevelOnly() {
    assertEquals(List.empty(), violations(profile().seat(GUMBRIH).build()));
    assertEquals(List.empty(), violations(profile().districtSeat(PEKUTATAN).build()));
    assertEquals(List.empty(), violations(profile().regencyCitySeat(JEMBRANA).build()));
    String expected = "seatAtOneLevel kim.seat.oneLevel MAP-ENTRY-2";
    assertEquals(List.of(expected), violations(profile().seat(GUMBRIH).districtSeat(PEKUTATAN).build()));
    assertEquals(List.of(expected), violations(profile().seat(GUMBRIH).regencyCitySeat(JEMBRANA).build()));
    assertEquals(List.of(expected), violations(profile().districtSeat(PEKUTATAN).regencyCitySeat(JEMBRANA).build()));
    assertEquals(Optional.of(SeatLevel.VILLAGE), profile().seat(GUMBRIH).districtSeat(PEKUTATAN).build().seatLevel());
  }

  @Test
  @DisplayName("PROFILE-g, PROFILE-h: a blank name in a seat above the village is refused on its field")
  void aboveVillageSeatsAreValidatedOnTheirField() {
    RegencyCity blank = RegencyCity.of(" ", RegencyCityKind.KOTA, Province.of("Bali"));
    assertEquals(List.of("districtSeat.name kim.text.blank PROFILE-g"),
        violations(profile().districtSeat(District.of(" ")).build()));
    assertEquals(List.of("regencyCitySeat.name kim.text.blank PROFILE-h"),
        violations(profile().regencyCitySeat(blank).build()));
  }

  @Test
  @DisplayName("the message of the one-level rule names the three fields in both languages")
  void messageNamesTheFields() {
    FieldViolation v = KimValidator.standard().validate(profile().seat(GUMBRIH).districtSeat(PEKUTATAN).build())
        .getError().head();
    assertTrue(v.message(Lang.ID).contains("kecamatan (districtSeat)"), v.message());
    assertTrue(v.message(Lang.EN).startsWith("the seat of the KIM is recorded at more than one level"));
  }
}
