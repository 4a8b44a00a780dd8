package id.kim.regions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import id.kim.core.region.RegionCode;
import id.kim.core.region.RegionLevel;
import id.kim.core.region.RegionNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Laws of the whole register, over every region of a level: QuickTheories draws indices over all 83,762
 * villages, 7,285 districts and 514 regencies/cities (and shrinks a failure to one region), and the
 * counting laws walk every region.
 */
class RegisterPropertiesTest {
  private static final RegionRegister REGISTER = RegionRegister.bundled();
  private static final List<RegionCode> VILLAGES = REGISTER.codesWithin(Optional.empty(), RegionLevel.VILLAGE);
  private static final List<RegionCode> DISTRICTS = REGISTER.codesWithin(Optional.empty(), RegionLevel.DISTRICT);
  private static final List<RegionCode> REGENCIES = REGISTER.codesWithin(Optional.empty(), RegionLevel.REGENCY_CITY);

  @Test
  @DisplayName("every village's parent chain resolves: kecamatan, kabupaten/kota, provinsi (REGION-CODE-3)")
  void everyVillagesChainResolves() {
    qt().withExamples(20_000).forAll(integers().between(0, VILLAGES.size() - 1)).checkAssert(i -> {
      RegionCode village = VILLAGES.get(i);
      assertChainResolves(village);
      RegionCode regency = village.truncatedTo(RegionLevel.REGENCY_CITY);
      assertTrue(REGISTER.isVillageInRegency(village, regency), village + " in " + regency);
      assertTrue(REGISTER.children(village.parent().orElseThrow()).stream().anyMatch(r -> r.code().equals(village)),
          village + " is a child of its kecamatan");
    });
  }

  @Test
  @DisplayName("every district's and regency's chain resolves")
  void everyDistrictsAndRegencysChainResolves() {
    qt().withExamples(7_285).forAll(integers().between(0, DISTRICTS.size() - 1))
        .checkAssert(i -> assertChainResolves(DISTRICTS.get(i)));
    qt().withExamples(514).forAll(integers().between(0, REGENCIES.size() - 1))
        .checkAssert(i -> assertChainResolves(REGENCIES.get(i)));
  }

  @Test
  @DisplayName("code → name → code: the official name, looked up under the parent, gives the code back")
  void codeNameRoundTrip() {
    qt().withExamples(20_000).forAll(integers().between(0, VILLAGES.size() - 1))
        .checkAssert(i -> assertRoundTrip(VILLAGES.get(i)));
    qt().withExamples(7_285).forAll(integers().between(0, DISTRICTS.size() - 1))
        .checkAssert(i -> assertRoundTrip(DISTRICTS.get(i)));
    qt().withExamples(514).forAll(integers().between(0, REGENCIES.size() - 1))
        .checkAssert(i -> assertRoundTrip(REGENCIES.get(i)));
  }

  /**
   * Where the round trip gives more than the code itself, the register really has two same-named
   * siblings (same normalized name, same parent, same level): counted over the whole register, so that
   * a data update that adds or removes such pairs is a visible change. In 4.0.1 there are 16 pairs, all
   * villages: 14 a kelurahan and a desa of one name in one kecamatan (e.g. 81.71.01.1006 Kelurahan
   * Nusaniwe and 81.71.01.2003 Desa Nusaniwe), which {@code resolve} tells apart when the name says
   * Kelurahan or Desa, and 2 two desa of one name (71.02.11.2003 and 71.02.11.2018 Tounelet Satu;
   * 94.03.01.2011 and 94.03.01.2018 Kogekotu), which only their codes tell apart. docs/regions.md lists them.
   */
  @Test
  @DisplayName("same-named siblings: 0 regencies/cities, 0 districts, 16 pairs of villages")
  void sameNamedSiblingsAreCounted() {
    assertEquals(List.of(), ambiguousWithinParent(REGENCIES));
    assertEquals(List.of(), ambiguousWithinParent(DISTRICTS));
    List<List<RegionCode>> villages = ambiguousWithinParent(VILLAGES);
    assertEquals(16, villages.size(), villages.toString());
    assertTrue(villages.stream().allMatch(pair -> pair.size() == 2), villages.toString());
    List<List<RegionCode>> bothDesa = villages.stream()
        .filter(pair -> pair.get(0).villageKind().equals(pair.get(1).villageKind())).toList();
    assertEquals(List.of(
        List.of(RegionCode.parse("71.02.11.2003"), RegionCode.parse("71.02.11.2018")),
        List.of(RegionCode.parse("94.03.01.2011"), RegionCode.parse("94.03.01.2018"))), bothDesa);
  }

  @Test
  @DisplayName("the whole register: every region's parent exists")
  void everyParentExists() {
    for (RegionLevel level : RegionLevel.values()) {
      for (RegionCode code : REGISTER.codesWithin(Optional.empty(), level)) {
        code.parent().ifPresent(parent -> assertTrue(REGISTER.contains(parent), code + " has its parent"));
      }
    }
  }

  private static void assertChainResolves(RegionCode code) {
    Optional<RegionCode> next = Optional.of(code);
    int levels = 0;
    while (next.isPresent()) {
      RegionCode current = next.get();
      assertTrue(REGISTER.find(current).isPresent(), current + " on the chain of " + code);
      next = current.parent();
      levels++;
      if (next.isEmpty()) {
        assertEquals(RegionLevel.PROVINCE, current.level(), "the chain of " + code + " ends at a province");
      }
    }
    assertEquals(code.level().ordinal() + 1, levels, "links on the chain of " + code);
  }

  /**
   * The round trip gives the code itself, and more only where siblings really share the name: the
   * expected list is computed from the parent's children and {@link RegionNames#sameName}, not from the
   * index under test.
   */
  private static void assertRoundTrip(RegionCode code) {
    String name = REGISTER.officialName(code).orElseThrow();
    List<RegionCode> named = REGISTER.codesNamed(name, code.level(), code.parent());
    assertTrue(named.contains(code), code + " " + name + " → " + named);
    List<RegionCode> siblings = (code.parent().isPresent() ? REGISTER.children(code.parent().get())
        : REGISTER.provinces()).stream()
        .filter(sibling -> RegionNames.sameName(sibling.name(), name, code.level()))
        .filter(sibling -> code.level() != RegionLevel.REGENCY_CITY
            || RegionNames.kindPrefix(sibling.name()).equals(RegionNames.kindPrefix(name)))
        .map(Region::code).toList();
    assertEquals(siblings, named, code + " " + name);
  }

  /** @return the codes of each group of same-named siblings, once per group */
  private static List<List<RegionCode>> ambiguousWithinParent(List<RegionCode> codes) {
    List<List<RegionCode>> found = new ArrayList<>();
    for (RegionCode code : codes) {
      List<RegionCode> named = REGISTER.codesNamed(REGISTER.officialName(code).orElseThrow(), code.level(),
          code.parent());
      if (named.size() > 1 && named.get(0).equals(code)) {
        found.add(named);
      }
    }
    return found;
  }
}
