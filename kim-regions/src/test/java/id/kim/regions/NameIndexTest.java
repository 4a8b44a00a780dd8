package id.kim.regions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import id.kim.core.region.RegionCode;
import id.kim.core.region.RegionDirectory;
import id.kim.core.region.RegionLevel;
import id.kim.core.region.RegionNames;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The name index gives what {@link RegionDirectory#codesNamed}'s definition gives (normalize every
 * name of the place and compare), only faster.
 */
class NameIndexTest {
  private static final RegionRegister REGISTER = RegionRegister.bundled();
  private static final List<RegionCode> VILLAGES = REGISTER.codesWithin(Optional.empty(), RegionLevel.VILLAGE);
  private static final List<String> WRITINGS = List.of("%s", "Desa %s", "KELURAHAN  %s", "kel. %s", "%s ", "Kec. %s",
      "Kab. %s", "Kota %s", "Kabupaten %s", "Provinsi %s");

  /** The register's own codesWithin and officialName, and the interface's definition of codesNamed. */
  private static final RegionDirectory BY_DEFINITION = new RegionDirectory() {
    @Override
    public Optional<String> officialName(RegionCode code) {
      return REGISTER.officialName(code);
    }

    @Override
    public List<RegionCode> codesWithin(Optional<RegionCode> within, RegionLevel level) {
      return REGISTER.codesWithin(within, level);
    }
  };

  @Test
  @DisplayName("every official name of the register gets the key RegionNames.normalized gives it")
  void handNormalizationAgreesWithRegionNames() {
    for (RegionLevel level : RegionLevel.values()) {
      for (RegionCode code : REGISTER.codesWithin(Optional.empty(), level)) {
        String name = REGISTER.officialName(code).orElseThrow();
        assertEquals(RegionNames.normalized(name, level), NameIndex.normalizedOfficial(name, level), code + " " + name);
      }
    }
  }

  @Test
  void namesThatTakeTheSlowPath() {
    for (String name : List.of("Desa Baru", "Kel Baru", "Ra\"as", "Lubuk Pakam I,II", "Air  Hitam", " Baru", "Kota")) {
      assertEquals(RegionNames.normalized(name, RegionLevel.VILLAGE), NameIndex.normalizedOfficial(name,
          RegionLevel.VILLAGE), name);
      assertEquals(RegionNames.normalized(name, RegionLevel.REGENCY_CITY), NameIndex.normalizedOfficial(name,
          RegionLevel.REGENCY_CITY), name);
    }
  }

  @Test
  @DisplayName("codesNamed from the index = codesNamed by definition, for names as Dinas write them")
  void indexAgreesWithDefinition() {
    qt().withExamples(300)
        .forAll(
            integers().between(0, VILLAGES.size() - 1),
            integers().between(0, WRITINGS.size() - 1),
            integers().between(0, 3),
            integers().between(0, 3))
        .checkAssert(
            (village, writing, levelIndex, withinIndex) -> {
              RegionLevel level = RegionLevel.values()[levelIndex];
              RegionCode code = VILLAGES.get(village).truncatedTo(level);
              String name =
                  String.format(WRITINGS.get(writing), REGISTER.officialName(code).orElseThrow());
              RegionLevel withinLevel = RegionLevel.values()[Math.min(withinIndex, levelIndex)];
              Optional<RegionCode> within =
                  withinLevel == level
                          || (level == RegionLevel.VILLAGE
                              && withinLevel == RegionLevel.PROVINCE
                              && withinIndex == 0)
                      ? Optional.empty()
                      : Optional.of(code.truncatedTo(withinLevel));
              if (level == RegionLevel.VILLAGE && within.isEmpty()) {
                within = Optional.of(code.truncatedTo(RegionLevel.REGENCY_CITY));
              }
              assertEquals(
                  BY_DEFINITION.codesNamed(name, level, within),
                  REGISTER.codesNamed(name, level, within),
                  "'" + name + "' " + level + " within " + within);
            });
  }
}
