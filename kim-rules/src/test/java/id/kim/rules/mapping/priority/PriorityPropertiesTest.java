package id.kim.rules.mapping.priority;

import static id.kim.rules.mapping.MappingFixtures.AS_OF;
import static id.kim.rules.mapping.MappingFixtures.DINAS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import id.kim.core.community.KimProfile;
import id.kim.core.community.KimRef;
import id.kim.rules.mapping.MappingFixtures;
import id.kim.rules.mapping.MappingGen;
import id.kim.rules.mapping.grid.Grid;
import id.kim.rules.mapping.grid.GridAssessment;
import id.kim.rules.mapping.grid.GridPlacement;
import id.kim.rules.mapping.grid.GridVariable;
import id.kim.rules.mapping.grid.Level;
import id.kim.rules.mapping.grid.LevelPolicy;
import id.kim.rules.mapping.issue.IssueMatrix;
import id.kim.rules.mapping.profiling.Census;
import io.vavr.collection.Seq;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("PRIORITY-1 ranking — laws: a total order, independent of input order")
class PriorityPropertiesTest {

  private static List<GridAssessment> interest(List<KimProfile> population) {
    List<GridAssessment> out = new ArrayList<>();
    for (int i = 0; i < population.size(); i += 3) {
      out.add(MappingFixtures.assess(population.get(i), GridVariable.INTEREST, Level.HIGH));
    }
    return out;
  }

  private static Grid grid(List<KimProfile> population, List<GridAssessment> assessments) {
    Census census = Census.of(DINAS, population).get();
    return Grid.place(census, IssueMatrix.of(List.of(), census, AS_OF).get(), assessments, List.of(),
        LevelPolicy.standard(), AS_OF);
  }

  @Test
  @DisplayName("Total order: distinct KIM never tie; the comparison is antisymmetric and transitive")
  void totalOrder() {
    qt().forAll(MappingGen.populations(0, 10)).checkAssert(population -> {
      Seq<GridPlacement> ps = grid(population, interest(population)).placements();
      for (GridPlacement a : ps) {
        for (GridPlacement b : ps) {
          int ab = PriorityOrder.COMPARATOR.compare(a, b);
          assertEquals(Integer.signum(ab), -Integer.signum(PriorityOrder.COMPARATOR.compare(b, a)));
          if (!a.kim().equals(b.kim())) {
            assertNotEquals(0, ab, a.kim() + " ties " + b.kim());
          }
          for (GridPlacement c : ps) {
            if (ab <= 0 && PriorityOrder.COMPARATOR.compare(b, c) <= 0) {
              assertTrue(PriorityOrder.COMPARATOR.compare(a, c) <= 0);
            }
          }
        }
      }
    });
  }

  @Test
  @DisplayName("The ranking does not depend on the order of profiles or assessments")
  void independentOfInputOrder() {
    qt().forAll(MappingGen.populations(0, 12), MappingGen.seeds()).checkAssert((population, seed) -> {
      List<GridAssessment> assessments = interest(population);
      Seq<KimRef> one = PriorityRanking.of(grid(population, assessments), PriorityPolicy.standard()).decisions()
          .map(PriorityDecision::kim);
      Seq<KimRef> two = PriorityRanking.of(grid(MappingGen.shuffled(population, seed),
          MappingGen.shuffled(assessments, seed + 1)),
          PriorityPolicy.standard()).decisions().map(PriorityDecision::kim);
      assertEquals(one, two);
    });
  }

  @Test
  @DisplayName("Ranks are 1..n and every KIM of the grid has exactly one decision")
  void ranksAreDense() {
    qt().forAll(MappingGen.populations(0, 12)).checkAssert(population -> {
      PriorityRanking r = PriorityRanking.of(grid(population, interest(population)), PriorityPolicy.standard());
      assertEquals(population.size(), r.decisions().size());
      for (int i = 0; i < r.decisions().size(); i++) {
        assertEquals(i + 1, r.decisions().get(i).rank());
      }
    });
  }
}
