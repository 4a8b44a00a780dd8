package id.kim.rules.mapping.grid;

import static id.kim.rules.mapping.MappingFixtures.OBSERVED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import id.kim.core.community.KimProfile;
import id.kim.core.community.KimRef;
import id.kim.core.media.KimMedium;
import id.kim.core.media.Platform;
import id.kim.core.metric.ReachMetric;
import id.kim.core.metric.ReachObservation;
import id.kim.core.metric.ResponseMetric;
import id.kim.core.metric.ResponseObservation;
import id.kim.rules.mapping.MappingFixtures;
import id.kim.rules.mapping.MappingGen;
import id.kim.rules.mapping.threshold.ThresholdPolicy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

@DisplayName(
    "Grid — laws: exactly one category per KIM; raising interest, power or influence never weakens the approach")
class GridPropertiesTest {

  private static Gen<LevelPolicy> policies() {
    Gen<ThresholdPolicy<ReachMetric>> power = integers().between(0, 99)
        .<ThresholdPolicy<ReachMetric>>map(p -> ThresholdPolicy.<ReachMetric>relative(p))
        .mix(integers().between(0, 60_000)
            .<ThresholdPolicy<ReachMetric>>map(t -> ThresholdPolicy.<ReachMetric>absoluteTotal(t)));
    Gen<ThresholdPolicy<ResponseMetric>> influence = integers().between(0, 99)
        .<ThresholdPolicy<ResponseMetric>>map(p -> ThresholdPolicy.<ResponseMetric>relative(p))
        .mix(integers().between(0, 60_000)
            .<ThresholdPolicy<ResponseMetric>>map(t -> ThresholdPolicy.<ResponseMetric>absoluteTotal(t)));
    return power.zip(influence, MappingGen.classifyingPolicies(),
        (p, i, m) -> LevelPolicy.builder().power(p).influence(i).mixedCase(m).build());
  }

  private static List<GridAssessment> interestOfEveryOther(List<KimProfile> population) {
    List<GridAssessment> out = new ArrayList<>();
    for (int i = 0; i < population.size(); i += 2) {
      out.add(MappingFixtures.assess(population.get(i), GridVariable.INTEREST, i % 4 == 0 ? Level.HIGH : Level.LOW));
    }
    return out;
  }

  @Test
  @DisplayName(
      "GRID-1..4 total: every KIM of the census gets exactly one of the four categories (BOTH_HIGH, EITHER_HIGH)")
  void everyKimExactlyOneCategory() {
    qt().forAll(MappingGen.populations(0, 12), policies()).checkAssert((population, policy) -> {
      Grid grid = GridTestData.place(population, interestOfEveryOther(population), policy);
      assertEquals(population.stream().map(KimRef::from).sorted().toList(),
          grid.placements().map(GridPlacement::kim).toJavaList());
      assertTrue(grid.placements().forAll(p -> p.category() != GridCategory.UNCLASSIFIED));
    });
  }

  @Test
  @DisplayName("GAP-14 MANUAL: still exactly one placement per KIM; UNCLASSIFIED only where power and influence differ")
  void manualIsStillOnePlacementPerKim() {
    LevelPolicy manual = LevelPolicy.builder().mixedCase(MixedCasePolicy.MANUAL).build();
    qt().forAll(MappingGen.populations(0, 12)).checkAssert(population -> {
      Grid grid = GridTestData.place(population, List.of(), manual);
      assertEquals(population.size(), grid.placements().size());
      assertTrue(grid.placements().forAll(p -> (p.category() == GridCategory.UNCLASSIFIED)
          == (p.power().level() != p.influence().level())));
    });
  }

  @Test
  @DisplayName("Monotone on levels: raising any one of interest, power or influence never moves to a weaker category")
  void monotoneOnLevels() {
    qt().forAll(MappingGen.levels(), MappingGen.levels(), MappingGen.levels(), MappingGen.classifyingPolicies())
        .checkAssert((i, p, inf, policy) -> {
          GridCategory before = Classification.of(i, p, inf, policy).category();
          for (GridCategory after : List.of(Classification.of(Level.HIGH, p, inf, policy).category(),
              Classification.of(i, Level.HIGH, inf, policy).category(),
              Classification.of(i, p, Level.HIGH, policy).category())) {
            assertTrue(after.isAtLeastAsStrongAs(before), before + " -> " + after);
          }
        });
  }

  @Test
  @DisplayName("Monotone on figures: adding reach or positive responses to one KIM never weakens its category")
  void monotoneOnFigures() {
    qt().forAll(MappingGen.populations(1, 10), policies(), integers().between(1, 80_000), integers().between(1, 80_000))
        .checkAssert((population, policy, moreReach, moreLikes) -> {
          List<GridAssessment> interest = interestOfEveryOther(population);
          KimProfile target = population.get(population.size() - 1);
          KimMedium extra = KimMedium.of(Platform.TIKTOK, "@extra");
          KimProfile raised = target.withReach(append(target.reach(),
              ReachObservation.of(extra, ReachMetric.FOLLOWERS, moreReach, OBSERVED)))
              .withResponses(append(target.responses(),
                  ResponseObservation.of(extra, ResponseMetric.LIKES, moreLikes, OBSERVED)));
          List<KimProfile> after = new ArrayList<>(population);
          after.set(after.size() - 1, raised);
          GridCategory c0 = GridTestData.place(population, interest, policy).placementOf(KimRef.from(target)).get()
              .category();
          GridCategory c1 = GridTestData.place(after, interest, policy).placementOf(KimRef.from(raised)).get()
              .category();
          assertTrue(c1.isAtLeastAsStrongAs(c0), c0 + " -> " + c1);
        });
  }

  @Test
  @DisplayName("Zero KIM, one KIM and all-equal figures place without error")
  void edgePopulations() {
    assertTrue(GridTestData.place(List.of(), List.of(), LevelPolicy.standard()).placements().isEmpty());
    KimProfile one = MappingFixtures.kim("Indonesia Bisa", "KIM/5101/0001", 5000, 900);
    assertEquals(GridCategory.G4_RECORD_AND_MONITOR,
        GridTestData.place(List.of(one), List.of(), LevelPolicy.standard()).placements().single().category());
    List<KimProfile> equal = List.of(MappingFixtures.kim("A", "KIM/1", 100, 10),
        MappingFixtures.kim("B", "KIM/2", 100, 10),
        MappingFixtures.kim("C", "KIM/3", 100, 10));
    Grid grid = GridTestData.place(equal,
        List.of(MappingFixtures.assess(equal.get(0), GridVariable.INTEREST, Level.HIGH)),
        LevelPolicy.standard());
    assertEquals(List.of(GridCategory.G3_BUILD_CAPACITY, GridCategory.G4_RECORD_AND_MONITOR,
        GridCategory.G4_RECORD_AND_MONITOR),
        grid.placements().map(GridPlacement::category).toJavaList());
    assertNotEquals(0, grid.placements().head().power().figure());
  }

  private static <T> List<T> append(List<T> list, T item) {
    List<T> out = new ArrayList<>(list);
    out.add(item);
    return out;
  }
}
