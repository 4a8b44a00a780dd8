package id.kim.rules.mapping.profiling;

import static id.kim.rules.mapping.MappingFixtures.BANJAR_TENGAH;
import static id.kim.rules.mapping.MappingFixtures.BULELENG;
import static id.kim.rules.mapping.MappingFixtures.DINAS;
import static id.kim.rules.mapping.MappingFixtures.JEMBRANA;
import static id.kim.rules.mapping.MappingFixtures.PROVINCIAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import id.kim.core.community.KimProfile;
import id.kim.core.community.KimRef;
import id.kim.core.i18n.Lang;
import id.kim.core.region.District;
import id.kim.core.region.Province;
import id.kim.core.region.RegencyCity;
import id.kim.core.region.RegencyCityKind;
import id.kim.core.region.Village;
import id.kim.core.region.VillageKind;
import id.kim.core.validation.MissingValueException;
import id.kim.rules.explain.Finding;
import id.kim.rules.explain.Message;
import id.kim.rules.explain.Outcome;
import id.kim.rules.explain.Severity;
import id.kim.rules.mapping.MappingFixtures;
import id.kim.rules.mapping.MappingGen;
import io.vavr.collection.Seq;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Census — MAP-STAGE-A, MAP-A-1: as far as possible every KIM of the Dinas' region")
class CensusTest {
  private static final Village IN_BULELENG = Village.of("Kalibukbuk", VillageKind.DESA,
      District.of("Buleleng", BULELENG));
  private static final Village IN_JAVA = Village.of("Gubeng", VillageKind.KELURAHAN,
      District.of("Gubeng", RegencyCity.of("Surabaya", RegencyCityKind.KOTA, Province.of("Jawa Timur"))));

  @Test
  @DisplayName("MAP-A-1: unregistered and incomplete profiles are in the census, ordered by ref")
  void censusKeepsEveryKimOfTheRegion() {
    KimProfile nameOnly = KimProfile.builder().name("KIM Benih Kehidupan").build();
    KimProfile registered = MappingFixtures.kim("KIM Gumbrih", "KIM/5101/0007", 10, 1);
    Census census = Census.of(DINAS, List.of(nameOnly, registered)).get();
    assertEquals(2, census.size());
    assertEquals(List.of("KIM Gumbrih", "KIM Benih Kehidupan"), census.refs().map(KimRef::name).toJavaList());
    assertEquals(RegionMembership.ASSUMED_IN_REGION, census.entry(KimRef.from(nameOnly)).get().membership());
    assertTrue(census.findings().isEmpty());
  }

  @Test
  @DisplayName(
      "MAP-A-1 'sesuai dengan kewenangan Dinas': a profile in another regency is kept aside with a warning, never "
          + "dropped")
  void profileOutsideTheRegionIsKeptAside() {
    KimProfile away = KimProfile.builder().name("KIM Lovina").seat(IN_BULELENG).build();
    Census census = Census.of(DINAS, List.of(away, MappingFixtures.kim("Indonesia Bisa", "KIM/5101/0001", 1, 1))).get();
    assertEquals(1, census.size());
    assertEquals(1, census.outsideRegion().size());
    Finding f = census.findings().single();
    assertEquals("MAP-A-1", f.ruleId().value());
    assertEquals(Severity.WARNING, f.severity());
    assertTrue(f.message().render(Lang.ID).contains("Kabupaten Buleleng"));
  }

  @Test
  @DisplayName(
      "PROFILE-h, GAP-22: a regency/city Dinas needs no field h — it is its own regency; a provincial Dinas reads "
          + "field h")
  void fieldHIsDerivedInARegencyView() {
    KimProfile local = KimProfile.builder().name("KIM Makata").seat(BANJAR_TENGAH).build();
    CensusEntry regencyView = Census.of(DINAS, List.of(local)).get().entries().single();
    assertEquals(RegionMembership.IN_REGION, regencyView.membership());
    assertEquals(JEMBRANA, regencyView.regencyCity().get());

    CensusEntry provincialView = Census.of(PROVINCIAL, List.of(local)).get().entries().single();
    assertEquals(RegionMembership.ASSUMED_IN_REGION, provincialView.membership());
    assertTrue(provincialView.regencyCity().isEmpty());

    Census province = Census.of(PROVINCIAL, List.of(KimProfile.builder().name("KIM Lovina").seat(IN_BULELENG).build(),
        KimProfile.builder().name("KIM Gubeng").seat(IN_JAVA).build())).get();
    assertEquals(List.of("KIM Lovina"), province.refs().map(KimRef::name).toJavaList());
    assertEquals(1, province.outsideRegion().size());
  }

  @Test
  @DisplayName("MAP-A-1: the same KIM recorded twice is refused with a finding, not silently merged")
  void duplicatesAreRefused() {
    KimProfile a = MappingFixtures.kim("KIM Gumbrih", "KIM/5101/0007", 10, 1);
    KimProfile b = MappingFixtures.kim("Gumbrih (lama)", "KIM/5101/0007", 99, 9);
    Seq<Finding> refused = Census.of(DINAS, List.of(a, b)).getLeft();
    assertEquals(1, refused.size());
    assertEquals(Outcome.NOT_SATISFIED, refused.head().outcome());
    assertEquals("MAP-A-1", refused.head().ruleId().value());
    assertTrue(refused.head().remedy().isDefined());
  }

  @Test
  @DisplayName(
      "MAP-A-1: every KIM recorded more than once gets one finding with its count, in ref order — whatever the order "
          + "of the profiles")
  void everyDuplicateIsCounted() {
    qt().forAll(MappingGen.populations(1, 8), MappingGen.populations(0, 8), MappingGen.seeds())
        .checkAssert(
            (population, more, seed) -> {
              List<KimProfile> repeated = new ArrayList<>(population);
              repeated.addAll(
                  population.subList(0, (int) Math.floorMod(seed, (long) population.size()) + 1));
              repeated.add(population.get(0));
              repeated.addAll(more);
              List<KimProfile> register = MappingGen.shuffled(repeated, seed);
              Map<KimRef, Long> counts = new TreeMap<>();
              register.forEach(p -> counts.merge(KimRef.from(p), 1L, Long::sum));
              List<Message> expected = new ArrayList<>();
              counts.forEach(
                  (ref, n) -> {
                    if (n > 1) {
                      expected.add(
                          Message.of(
                              Census.BUNDLE, "MAP-A-1.duplicate", ref, n.intValue()));
                    }
                  });
              Seq<Finding> refused = Census.of(DINAS, register).getLeft();
              assertEquals(expected, refused.map(Finding::message).toJavaList());
              refused.forEach(f -> assertEquals("MAP-A-1", f.ruleId().value()));
            });
  }

  @Test
  @DisplayName("A Dinas with zero KIM has an empty census; null arguments are programming errors naming the parameter")
  void emptyAndNull() {
    assertEquals(0, Census.of(DINAS, List.of()).get().size());
    MissingValueException e = assertThrows(MissingValueException.class, () -> Census.of(null, List.of()));
    assertTrue(e.getMessage().contains("'dinas'"));
  }

  @Test
  @DisplayName("Law: the census does not depend on the order of the profiles")
  void orderDoesNotMatter() {
    qt().forAll(MappingGen.populations(0, 8), MappingGen.seeds()).checkAssert((population, seed) ->
        assertEquals(Census.of(DINAS, population).get(),
            Census.of(DINAS, MappingGen.shuffled(population, seed)).get()));
  }
}
