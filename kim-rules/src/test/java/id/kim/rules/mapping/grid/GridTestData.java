package id.kim.rules.mapping.grid;

import static id.kim.rules.mapping.MappingFixtures.AS_OF;
import static id.kim.rules.mapping.MappingFixtures.DINAS;

import id.kim.core.community.KimProfile;
import id.kim.rules.mapping.MappingFixtures;
import id.kim.rules.mapping.issue.IssueMatrix;
import id.kim.rules.mapping.issue.PublicIssue;
import id.kim.rules.mapping.profiling.Census;
import java.util.List;

/**
 * A small Dinas with one KIM per row of Tabel 3.3 under the default policy (median of the four):
 * reach 5200, 4000, 300, 150 (median 300) and likes 840, 610, 45, 20 (median 45).
 */
final class GridTestData {
  static final KimProfile ROW1 = MappingFixtures.kim("Indonesia Bisa", "KIM/5101/0001", 5200, 840);
  static final KimProfile ROW2 = MappingFixtures.kim("KIM Radio Jembrana", "KIM/5101/0002", 4000, 610);
  static final KimProfile ROW3 = MappingFixtures.kim("KIM Gumbrih", "KIM/5101/0003", 300, 45);
  static final KimProfile ROW4 = MappingFixtures.kim("KIM Makata", "KIM/5101/0004", 150, 20);
  static final List<KimProfile> ROWS = List.of(ROW1, ROW2, ROW3, ROW4);
  static final List<GridAssessment> INTEREST = List.of(
      MappingFixtures.assess(ROW1, GridVariable.INTEREST, Level.HIGH),
      MappingFixtures.assess(ROW2, GridVariable.INTEREST, Level.LOW),
      MappingFixtures.assess(ROW3, GridVariable.INTEREST, Level.HIGH),
      MappingFixtures.assess(ROW4, GridVariable.INTEREST, Level.LOW));

  private GridTestData() {}

  static Grid place(List<KimProfile> profiles, List<PublicIssue> issues, List<GridAssessment> assessments,
      List<CategoryDecision> decisions, LevelPolicy policy) {
    Census census = Census.of(DINAS, profiles).get();
    return Grid.place(census, IssueMatrix.of(issues, census, AS_OF).get(), assessments, decisions, policy, AS_OF);
  }

  static Grid place(List<KimProfile> profiles, List<GridAssessment> assessments, LevelPolicy policy) {
    return place(profiles, List.of(), assessments, List.of(), policy);
  }
}
