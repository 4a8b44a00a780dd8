package id.kim.rules.termination;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import id.kim.core.agency.Dinas;
import id.kim.core.community.KimRecord;
import id.kim.core.i18n.Lang;
import id.kim.core.region.District;
import id.kim.core.region.Province;
import id.kim.core.region.RegencyCity;
import id.kim.core.region.RegencyCityKind;
import id.kim.core.region.RegionCode;
import id.kim.core.region.Village;
import id.kim.core.region.VillageKind;
import id.kim.rules.explain.Finding;
import id.kim.rules.explain.Outcome;
import id.kim.rules.fixtures.Kims;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * TERM-5 "Berpindah ke Kabupaten/Kota lain" with Kemendagri codes: where the seat and the Dinas both
 * carry a kabupaten/kota code, the codes decide; names decide otherwise, as before.
 */
@DisplayName("TERM-5: codes decide where both sides have them")
class RelocationByCodeTest {
  private static final TerminationTrigger T = TerminationTrigger.MOVED_TO_OTHER_REGENCY_CITY;
  private static final Province BALI = Province.of("Bali").withCode(code("51"));
  private static final RegencyCity JEMBRANA =
      RegencyCity.of("Jembrana", RegencyCityKind.KABUPATEN, BALI).withCode(code("51.01"));
  private static final Dinas DINAS = Dinas.regencyCity("Dinas Kominfo Kabupaten Jembrana", JEMBRANA);

  private static RegionCode code(String text) {
    return RegionCode.parse(text);
  }

  private static KimRecord seatedIn(Village v) {
    KimRecord r = Kims.record();
    return r.withProfile(r.profile().withSeat(v));
  }

  private static Village gumbrihIn(RegencyCity regency) {
    return Village.of("Gumbrih", VillageKind.DESA, District.of("Pekutatan", regency));
  }

  private static Finding finding(KimRecord record, Dinas dinas) {
    return Scans.finding(TriggerDetector.standard(), T, record, dinas, Kims.DAY);
  }

  @Test
  @DisplayName("\"Kab. Jembrana\" and \"Jembrana\" coded 51.01 are one regency: no move (names alone would say moved)")
  void sameCodeNamesWrittenDifferently() {
    RegencyCity written = RegencyCity.of("Kab. Jembrana", RegencyCityKind.KABUPATEN, Province.of("Bali"));
    assertEquals(Outcome.NOT_SATISFIED, finding(seatedIn(gumbrihIn(written)), Kims.DINAS).outcome());
    Finding coded = finding(seatedIn(gumbrihIn(written.withCode(code("51.01")))), DINAS);
    assertEquals(Outcome.SATISFIED, coded.outcome());
  }

  @Test
  @DisplayName("a regency written \"Jembrana\" but coded 51.02 (Tabanan) is another regency: moved")
  void differentCodeNamesAlike() {
    RegencyCity tabanan = RegencyCity.of("Jembrana", RegencyCityKind.KABUPATEN, BALI).withCode(code("51.02"));
    Finding f = finding(seatedIn(gumbrihIn(tabanan)), DINAS);
    assertEquals(Outcome.NOT_SATISFIED, f.outcome());
    assertEquals("Kedudukan KIM di Kabupaten Jembrana (51.02), di luar wilayah Dinas (Kabupaten Jembrana).",
        f.message().render(Lang.ID));
    assertEquals("seat.regencyCity=Kabupaten Jembrana (51.02), seat.province=Bali, "
        + "dinas.regencyCity=Kabupaten Jembrana, seat.regencyCity.code=51.02, dinas.regencyCity.code=51.01",
        f.evidence().mkString(", "));
  }

  @Test
  @DisplayName("a seat without field h names its kabupaten by its village code: Mundeh 51.02.03.2001 lies in Tabanan")
  void codeOfTheVillageWithoutFieldH() {
    Village mundeh = Village.of("Mundeh", VillageKind.DESA, District.of("Selemadeg Barat"))
        .withCode(code("51.02.03.2001"));
    assertEquals(Outcome.NOT_SATISFIED, finding(seatedIn(mundeh), DINAS).outcome());
    Village gumbrih = Village.of("Gumbrih", VillageKind.DESA, District.of("Pekutatan")).withCode(code("51.01.03.2006"));
    assertEquals(Outcome.SATISFIED, finding(seatedIn(gumbrih), DINAS).outcome());
    // the Dinas records no code: names decide, and a seat without field h lies in its area (GAP-22)
    assertEquals(Outcome.SATISFIED, finding(seatedIn(mundeh), Kims.DINAS).outcome());
  }

  @Test
  @DisplayName("adding codes to the same seat is no new move")
  void codesAddedLaterAreNoChange() {
    KimRecord before = seatedIn(gumbrihIn(Kims.BULELENG));
    KimRecord after = seatedIn(gumbrihIn(Kims.BULELENG.withCode(code("51.08"))));
    assertTrue(Scans.changed(T, before, after, Kims.DAY).isEmpty());
  }

  /** Real Bali regency codes with names that may or may not fit them. */
  private static final List<String> CODES = List.of("51.01", "51.02", "51.03", "51.08", "51.71");
  private static final List<String> NAMES = List.of("Jembrana", "Kab. Jembrana", "Tabanan", "Buleleng", "Denpasar");

  private static Gen<RegencyCity> regencies() {
    Gen<Integer> index = integers().between(0, CODES.size() - 1);
    return index.zip(index, integers().between(0, 1), (c, n, k) -> RegencyCity.of(NAMES.get(n),
        k == 0 ? RegencyCityKind.KABUPATEN : RegencyCityKind.KOTA, BALI).withCode(code(CODES.get(c))));
  }

  @Test
  @DisplayName("property: with codes on both sides, TERM-5 is indicated iff the codes differ, whatever the names")
  void indicatedIffCodesDiffer() {
    qt().withExamples(500).forAll(regencies(), regencies()).checkAssert((seat, own) -> {
      Finding f = finding(seatedIn(gumbrihIn(seat)), Dinas.regencyCity("Dinas Kominfo", own));
      boolean differ = !seat.code().equals(own.code());
      assertEquals(differ ? Outcome.NOT_SATISFIED : Outcome.SATISFIED, f.outcome(), seat + " / " + own);
    });
  }
}
