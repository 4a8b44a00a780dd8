package id.kim.rules.termination;

import static id.kim.rules.termination.Scans.changed;
import static id.kim.rules.termination.Scans.detected;
import static id.kim.rules.termination.Scans.finding;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.community.KimRecord;
import id.kim.core.i18n.Lang;
import id.kim.core.region.District;
import id.kim.core.region.Village;
import id.kim.core.region.VillageKind;
import id.kim.rules.explain.Finding;
import id.kim.rules.explain.Outcome;
import id.kim.rules.fixtures.Kims;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("TERM-5: moved to another regency/city; moves inside it are no ground (GAP-39)")
class RelocationTriggerTest {
  private static final TerminationTrigger T = TerminationTrigger.MOVED_TO_OTHER_REGENCY_CITY;

  private static KimRecord seatedIn(Village v) {
    KimRecord r = Kims.record();
    return r.withProfile(r.profile().withSeat(v));
  }

  @Test
  @DisplayName("TERM-5 a seat in Kabupaten Buleleng is outside the Jembrana Dinas' area: indicated")
  void otherRegency() {
    KimRecord r = seatedIn(Kims.KALIBUKBUK);
    Finding f = finding(T, r, Kims.DAY);
    assertEquals(Outcome.NOT_SATISFIED, f.outcome());
    assertEquals("Kedudukan KIM di Kabupaten Buleleng, di luar wilayah Dinas (Kabupaten Jembrana).",
        f.message().render(Lang.ID));
    assertEquals("seat.regencyCity=Kabupaten Buleleng, seat.province=Bali, dinas.regencyCity=Kabupaten Jembrana",
        detected(T, r, Kims.DAY).single().evidence().mkString(", "));
  }

  @Test
  @DisplayName("TERM-5 a move to another village or district of the same regency/city is no ground (GAP-39)")
  void sameRegency() {
    Village inArea = Village.of("Baler Bale Agung", VillageKind.KELURAHAN, District.of("Negara", Kims.JEMBRANA));
    assertEquals(Outcome.SATISFIED, finding(T, seatedIn(inArea), Kims.DAY).outcome());
    assertEquals(Outcome.SATISFIED, finding(T, seatedIn(Kims.BALER_BALE_AGUNG), Kims.DAY).outcome());
    assertTrue(changed(T, Kims.record(), seatedIn(inArea), Kims.DAY).isEmpty());
    assertTrue(finding(T, seatedIn(inArea), Kims.DAY).message().render(Lang.EN).contains("GAP-39"));
  }

  @Test
  @DisplayName("TERM-5 a seat recorded without field h lies in the Dinas' own area (GAP-22)")
  void fieldHEmpty() {
    assertTrue(detected(T, Kims.record(), Kims.DAY).isEmpty());
  }

  @Test
  @DisplayName("TERM-5 without a seat, or for a provincial Dinas: unknown")
  void unknown() {
    KimRecord noSeat =
        Kims.record().withProfile(Kims.record().profile().withSeat(Optional.empty()));
    assertEquals(Outcome.UNKNOWN, finding(T, noSeat, Kims.DAY).outcome());
    assertEquals(Outcome.UNKNOWN, Scans.finding(TriggerDetector.standard(), T, seatedIn(Kims.KALIBUKBUK), Kims.PROVINCE,
        Kims.DAY).outcome());
  }

  @Test
  @DisplayName("TERM-5 a seat recorded above the village (MAP-ENTRY-2) is compared by the kabupaten/kota it names")
  void seatAboveTheVillage() {
    KimRecord r = Kims.record();
    KimRecord kecamatanElsewhere =
        r.withProfile(
            r.profile()
                .withSeat(Optional.empty())
                .withDistrictSeat(District.of("Buleleng", Kims.BULELENG)));
    assertEquals(Outcome.NOT_SATISFIED, finding(T, kecamatanElsewhere, Kims.DAY).outcome());
    KimRecord regencyElsewhere =
        r.withProfile(r.profile().withSeat(Optional.empty()).withRegencyCitySeat(Kims.BULELENG));
    assertEquals("seat.regencyCity=Kabupaten Buleleng, seat.province=Bali, dinas.regencyCity=Kabupaten Jembrana",
        detected(T, regencyElsewhere, Kims.DAY).single().evidence().mkString(", "));
    KimRecord kecamatanHere =
        r.withProfile(
            r.profile().withSeat(Optional.empty()).withDistrictSeat(District.of("Negara")));
    assertEquals(Outcome.SATISFIED, finding(T, kecamatanHere, Kims.DAY).outcome());
  }

  @Test
  @DisplayName("TERM-5 between two profile versions: the move out of the regency/city is detected")
  void changeBetweenVersions() {
    assertEquals(1, changed(T, Kims.record(), seatedIn(Kims.KALIBUKBUK), Kims.DAY).size());
    assertTrue(changed(T, seatedIn(Kims.KALIBUKBUK), seatedIn(Kims.KALIBUKBUK), Kims.DAY).isEmpty());
  }
}
