package id.kim.rules.mapping.priority;

import static id.kim.rules.mapping.MappingFixtures.AS_OF;
import static id.kim.rules.mapping.MappingFixtures.DINAS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.community.KimProfile;
import id.kim.core.community.KimRef;
import id.kim.core.i18n.Lang;
import id.kim.rules.explain.Finding;
import id.kim.rules.mapping.MappingFixtures;
import id.kim.rules.mapping.grid.Approach;
import id.kim.rules.mapping.grid.Grid;
import id.kim.rules.mapping.grid.GridAssessment;
import id.kim.rules.mapping.grid.GridCategory;
import id.kim.rules.mapping.grid.GridVariable;
import id.kim.rules.mapping.grid.Level;
import id.kim.rules.mapping.grid.LevelPolicy;
import id.kim.rules.mapping.grid.MixedCasePolicy;
import id.kim.rules.mapping.issue.IssueMatrix;
import id.kim.rules.mapping.profiling.Census;
import io.vavr.collection.TreeSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Priority ranking — MAP-STAGE-D, MAP-RULE-e, PRIORITY-1, PRIORITY-2")
class PriorityRankingTest {
  static final KimProfile ROW1 = MappingFixtures.kim("Indonesia Bisa", "KIM/5101/0001", 5200, 840);
  static final KimProfile ROW2 = MappingFixtures.kim("KIM Radio Jembrana", "KIM/5101/0002", 4000, 610);
  static final KimProfile ROW3 = MappingFixtures.kim("KIM Gumbrih", "KIM/5101/0003", 300, 45);
  static final KimProfile ROW4 = MappingFixtures.kim("KIM Makata", "KIM/5101/0004", 150, 20);
  static final KimProfile PAHLAWAN = MappingFixtures.kim("KIM Pahlawan", null, 3500, 30);
  static final KimProfile BENIH = MappingFixtures.kim("KIM Benih Kehidupan", "KIM/5101/0006", 200, 700);

  static Grid grid(List<KimProfile> profiles, List<GridAssessment> assessments, LevelPolicy policy) {
    Census census = Census.of(DINAS, profiles).get();
    return Grid.place(census, IssueMatrix.of(List.of(), census, AS_OF).get(), assessments, List.of(), policy, AS_OF);
  }

  static List<GridAssessment> interest(Level... levels) {
    List<KimProfile> kims = List.of(ROW1, ROW2, ROW3, ROW4, PAHLAWAN, BENIH);
    List<GridAssessment> out = new ArrayList<>();
    for (int i = 0; i < levels.length; i++) {
      out.add(MappingFixtures.assess(kims.get(i), GridVariable.INTEREST, levels[i]));
    }
    return out;
  }

  static final List<KimProfile> SIX = List.of(ROW1, ROW2, ROW3, ROW4, PAHLAWAN, BENIH);
  static final List<GridAssessment> SIX_INTEREST = interest(Level.HIGH, Level.LOW, Level.HIGH, Level.LOW, Level.HIGH,
      Level.LOW);

  private static PriorityRanking ranking(PriorityPolicy policy) {
    return PriorityRanking.of(grid(SIX, SIX_INTEREST, LevelPolicy.standard()), policy);
  }

  @Test
  @DisplayName("PRIORITY-1: rank by category, then number of HIGH values, then total reach, then the KIM ref")
  void rankingKeys() {
    PriorityRanking r = ranking(PriorityPolicy.standard());
    assertEquals(List.of("Indonesia Bisa", "KIM Radio Jembrana", "KIM Pahlawan", "KIM Gumbrih", "KIM Benih Kehidupan",
        "KIM Makata"),
        r.decisions().map(d -> d.kim().name()).toJavaList());
    assertEquals(List.of(1, 2, 3, 4, 5, 6), r.decisions().map(PriorityDecision::rank).toJavaList());
    Finding f = r.decisions().get(2).findings().head();
    assertEquals("PRIORITY-1", f.ruleId().value());
    assertTrue(f.citation().proposed());
    assertTrue(f.evidence().mkString(";").contains("highCount=2"));
    assertTrue(f.evidence().mkString(";").contains("totalReach=3500"));
  }

  @Test
  @DisplayName(
      "MAP-RULE-e (default policy): categories 1-3 prioritised; 1 and 3 involved; 2 persuaded first; 4 recorded only")
  void defaultPolicy() {
    PriorityRanking r = ranking(PriorityPolicy.standard());
    assertEquals(List.of("Indonesia Bisa", "KIM Radio Jembrana", "KIM Pahlawan", "KIM Gumbrih"),
        r.prioritised().map(d -> d.kim().name()).toJavaList());
    assertEquals(List.of(true, false, true, true, false, false),
        r.decisions().map(PriorityDecision::involved).toJavaList());
    assertEquals("PRIORITY-1.prioritised", r.decisionFor(KimRef.from(ROW2)).get().findings().head().message().key());
    assertEquals("PRIORITY-1.notPrioritised", r.decisionFor(KimRef.from(ROW4)).get().findings().head().message().key());
    assertEquals("prioritise=[1,2,3]; involve=[1,3]; max=-", r.policy().code());
  }

  @Test
  @DisplayName(
      "PRIORITY-2 (a): high interest, low influence — keep the KIM fully informed, even in category 1 (EITHER_HIGH)")
  void keepInformed() {
    PriorityRanking r = PriorityRanking.of(grid(SIX, SIX_INTEREST,
        LevelPolicy.builder().mixedCase(MixedCasePolicy.EITHER_HIGH).build()),
        PriorityPolicy.standard());
    PriorityDecision pahlawan = r.decisionFor(KimRef.from(PAHLAWAN)).get();
    assertEquals(GridCategory.G1_PARTNER, pahlawan.category());
    assertEquals(List.of(Approach.MAKE_PARTNER, Approach.KEEP_INFORMED), pahlawan.approaches().toJavaList());
    Finding example = pahlawan.findings().last();
    assertEquals("PRIORITY-2", example.ruleId().value());
    assertTrue(example.citation().quote().contains("tetap memberikan informasi secara lengkap"));
    assertTrue(example.message().render(Lang.ID).contains("KIM Pahlawan"));
  }

  @Test
  @DisplayName(
      "PRIORITY-2 (b): low interest, high influence — the Dinas decides a suitable approach (category 2 and mixed 4)")
  void customApproach() {
    PriorityRanking r = ranking(PriorityPolicy.standard());
    assertEquals(List.of(Approach.PERSUADE_TO_PARTNER, Approach.CUSTOM),
        r.decisionFor(KimRef.from(ROW2)).get().approaches().toJavaList());
    PriorityDecision benih = r.decisionFor(KimRef.from(BENIH)).get();
    assertEquals(GridCategory.G4_RECORD_AND_MONITOR, benih.category());
    assertEquals(List.of(Approach.RECORD_AND_MONITOR, Approach.CUSTOM), benih.approaches().toJavaList());
    assertTrue(benih.findings().last().citation().quote().contains("menentukan pendekatan yang sesuai"));
    assertEquals(1, r.decisionFor(KimRef.from(ROW1)).get().findings().size(),
        "no example of III.D applies to category 1 HHH");
  }

  @Test
  @DisplayName(
      "MAP-RULE-e: a limit keeps the first N eligible by rank; a narrower policy prioritises only what it names")
  void limitsAndPolicies() {
    PriorityRanking two = ranking(PriorityPolicy.builder().maxPrioritised(2).build());
    assertEquals(2, two.prioritised().size());
    assertEquals("PRIORITY-1.beyondLimit",
        two.decisionFor(KimRef.from(PAHLAWAN)).get().findings().head().message().key());
    PriorityRanking onlyPartners = ranking(PriorityPolicy.builder().prioritised(TreeSet.of(GridCategory.G1_PARTNER))
        .involved(TreeSet.of(GridCategory.G1_PARTNER)).build());
    assertEquals(List.of("Indonesia Bisa"), onlyPartners.prioritised().map(d -> d.kim().name()).toJavaList());
    assertEquals(0, ranking(PriorityPolicy.builder().maxPrioritised(0).build()).prioritised().size());
  }

  @Test
  @DisplayName("GAP-14: an UNCLASSIFIED KIM is ranked last and not prioritised until the Dinas decides")
  void unclassifiedIsNotPrioritised() {
    PriorityRanking r = PriorityRanking.of(grid(SIX, SIX_INTEREST,
        LevelPolicy.builder().mixedCase(MixedCasePolicy.MANUAL).build()),
        PriorityPolicy.standard());
    PriorityDecision last = r.decisions().last();
    assertEquals(GridCategory.UNCLASSIFIED, last.category());
    assertFalse(last.prioritised());
    assertEquals("PRIORITY-1.unclassified", last.findings().head().message().key());
  }

  @Test
  @DisplayName("PriorityPolicy: involve only what is prioritised; never UNCLASSIFIED; no negative limit")
  void invalidPolicies() {
    assertThrows(IllegalArgumentException.class, () ->
        PriorityPolicy.builder().prioritised(TreeSet.of(GridCategory.G1_PARTNER))
        .involved(TreeSet.of(GridCategory.G3_BUILD_CAPACITY)).build());
    assertThrows(IllegalArgumentException.class, () -> PriorityPolicy.builder()
        .prioritised(TreeSet.of(GridCategory.UNCLASSIFIED)).involved(TreeSet.empty()).build());
    IllegalArgumentException negative = assertThrows(IllegalArgumentException.class, () ->
        PriorityPolicy.builder().maxPrioritised(-1).build());
    assertTrue(negative.getMessage().contains("maxPrioritised"));
  }
}
