package id.kim.rules.mapping.grid;

import static id.kim.rules.mapping.grid.Level.HIGH;
import static id.kim.rules.mapping.grid.Level.LOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import id.kim.core.community.KimRef;
import id.kim.core.validation.MissingValueException;
import id.kim.rules.mapping.MappingGen;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** GridPlacement.of: a placement of Tabel 3.3 from three levels, without building a Classification by hand. */
class GridPlacementOfTest {
  static final KimRef KIM = KimRef.of("Indonesia Bisa");
  static final LocalDate AS_OF = LocalDate.of(2026, 3, 31);

  @Test
  @DisplayName("GRID-1 \"ketertarikan, kekuatan, dan pengaruh tinggi\": HIGH, HIGH, HIGH is row 1, an exact match")
  void allHighIsRowOne() {
    GridPlacement p = GridPlacement.of(KIM, AS_OF, HIGH, HIGH, HIGH);
    assertEquals(GridCategory.of(HIGH, HIGH), p.category());
    assertTrue(p.juknisExactMatch());
    assertEquals(3, p.highCount());
    assertEquals(LevelBasis.ASSESSED, p.power().basis());
    assertEquals(LevelPolicy.standard(), p.policy());
    assertEquals("GRID-1", p.finding().ruleId().value());
  }

  @Test
  @DisplayName("GAP-14: HIGH, HIGH, LOW is not named by Tabel 3.3; the policy places it (BOTH_HIGH: row 3)")
  void mixedCaseFollowsThePolicy() {
    GridPlacement p = GridPlacement.of(KIM, AS_OF, HIGH, HIGH, LOW);
    assertFalse(p.juknisExactMatch());
    assertEquals(GridCategory.of(HIGH, LOW), p.category());
    LevelPolicy either = LevelPolicy.standard().withMixedCase(MixedCasePolicy.EITHER_HIGH);
    assertEquals(GridCategory.of(HIGH, HIGH), GridPlacement.of(KIM, AS_OF, HIGH, HIGH, LOW, either).category());
  }

  @Test
  @DisplayName("For all eight combinations and every policy, the category is Classification.of's")
  void agreesWithClassification() {
    qt().forAll(MappingGen.levels(), MappingGen.levels(), MappingGen.levels(), MappingGen.classifyingPolicies())
        .checkAssert((i, p, f, m) -> assertEquals(Classification.of(i, p, f, m),
            GridPlacement.of(KIM, AS_OF, i, p, f, LevelPolicy.standard().withMixedCase(m)).classification()));
  }

  @Test
  @DisplayName("Nulls are refused with the parameter's name")
  void nullsAreNamed() {
    assertTrue(assertThrows(MissingValueException.class, () -> GridPlacement.of(null, AS_OF, HIGH, HIGH, HIGH))
        .getMessage().contains("'kim'"));
    assertTrue(assertThrows(MissingValueException.class, () -> GridPlacement.of(KIM, AS_OF, HIGH, null, HIGH))
        .getMessage().contains("'power'"));
  }
}
