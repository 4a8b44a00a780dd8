package id.kim.rules.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import id.kim.core.community.KimProfile;
import id.kim.core.community.KimRecord;
import id.kim.core.i18n.Lang;
import id.kim.core.region.District;
import id.kim.core.region.RegencyCity;
import id.kim.rules.eligibility.EligibleScenarios.Scenario;
import id.kim.rules.explain.Decision;
import id.kim.rules.explain.Finding;
import id.kim.rules.explain.Outcome;
import id.kim.rules.explain.Verdict;
import id.kim.testkit.KimGens;
import io.vavr.collection.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * MAP-ENTRY-2 "b. Berkedudukan di Kelurahan /Desa/Kampung atau yang disebut dengan nama lain": a seat
 * recorded at kecamatan or kabupaten/kota level is a known fact that fails the requirement — never
 * "not recorded".
 */
class SeatLevelPropertiesTest {
  private static final int EXAMPLES = 300;

  /**
   * Variant 0: a kecamatan in the Dinas' area; 1: a kecamatan without field h; 2: a kecamatan of
   * {@code other}; 3: the kabupaten/kota {@code other}.
   */
  private static KimRecord seatedAbove(Scenario s, int variant, District district, RegencyCity other) {
    KimProfile p = s.record().profile().withSeat(Optional.empty());
    p = switch (variant) {
      case 0 -> p.withDistrictSeat(District.of(district.name(), s.area()));
      case 1 -> p.withDistrictSeat(District.of(district.name()));
      case 2 -> p.withDistrictSeat(District.of(district.name(), other));
      default -> p.withRegencyCitySeat(other);
    };
    return s.record().withProfile(p);
  }

  @Test
  @DisplayName("any seat above the village ⇒ MAP-ENTRY-2 NOT_SATISFIED with remedy, never UNKNOWN; NOT_ELIGIBLE")
  void aboveVillageSeatFails() {
    qt().withExamples(EXAMPLES)
        .forAll(EligibleScenarios.valid(), Generate.range(0, 4), KimGens.district(), KimGens.regencyCity())
        .checkAssert((s, variant, district, other) -> {
          KimRecord r = seatedAbove(s, variant, district, other);
          Finding f = Kims.evaluate("MAP-ENTRY-2", s.withRecord(r).facts(), s.asOf());
          boolean outside = r.profile().seatRegencyCity().map(rc -> !rc.equals(s.area())).orElse(false);
          String expected = outside ? "MAP-ENTRY-2.outsideArea"
              : r.profile().districtSeat().isPresent() ? "MAP-ENTRY-2.districtSeat" : "MAP-ENTRY-2.regencyCitySeat";
          assertEquals(Outcome.NOT_SATISFIED, f.outcome(), f::toString);
          assertEquals(expected, f.message().key());
          assertTrue(f.remedy().isDefined(), f::toString);
          Decision d = Kims.valid(Eligibility.mappingEntry(s.withRecord(r).facts(), s.asOf()));
          assertEquals(Verdict.NOT_ELIGIBLE, d.verdict(), () -> d.explain(Lang.EN));
          assertEquals(List.of("MAP-ENTRY-2"), d.failures().map(x -> x.ruleId().value()));
        });
  }

  @Test
  @DisplayName("kim-testkit's profiles seated above the village all fail MAP-ENTRY-2, for any Dinas")
  void generatedAboveVillageProfilesFail() {
    qt().withExamples(EXAMPLES).forAll(KimGens.profileSeatedAboveVillage()).checkAssert(p -> {
      Finding f = Kims.evaluate("MAP-ENTRY-2", Kims.record().withProfile(p));
      assertEquals(Outcome.NOT_SATISFIED, f.outcome(), f::toString);
      assertTrue(f.evidence().exists(e -> e.name().equals("seat.level")), f::toString);
    });
  }
}
