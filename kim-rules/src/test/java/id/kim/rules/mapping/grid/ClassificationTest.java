package id.kim.rules.mapping.grid;

import static id.kim.rules.mapping.grid.Level.HIGH;
import static id.kim.rules.mapping.grid.Level.LOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.validation.MissingValueException;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Classification — Tabel 3.3 rows GRID-1..4 and the unnamed combinations (GAP-14)")
class ClassificationTest {

  static Stream<Arguments> tabel33Rows() {
    return Stream.of(
        Arguments.of("GRID-1 No. 1: ketertarikan, kekuatan, dan pengaruh tinggi", HIGH, HIGH, HIGH,
            GridCategory.G1_PARTNER),
        Arguments.of("GRID-2 No. 2: ketertarikan rendah, kekuatan, dan pengaruh tinggi", LOW, HIGH, HIGH,
            GridCategory.G2_PERSUADE),
        Arguments.of("GRID-3 No. 3: ketertarikan tinggi, kekuatan dan pengaruh rendah", HIGH, LOW, LOW,
            GridCategory.G3_BUILD_CAPACITY),
        Arguments.of("GRID-4 No. 4: ketertarikan kekuatan, dan pengaruh rendah", LOW, LOW, LOW,
            GridCategory.G4_RECORD_AND_MONITOR));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tabel33Rows")
  void eachRowOfTabel33IsAnExactJuknisMatchUnderEveryPolicy(String row, Level i, Level p, Level inf,
      GridCategory expected) {
    for (MixedCasePolicy policy : MixedCasePolicy.values()) {
      Classification c = Classification.of(i, p, inf, policy);
      assertEquals(expected, c.category());
      assertTrue(c.juknisExactMatch());
      assertTrue(c.appliedPolicy().isEmpty());
    }
    assertEquals(expected.ruleId().value(), row.substring(0, 6));
  }

  static Stream<Arguments> unnamed() {
    return Stream.of(
        Arguments.of(HIGH, HIGH, LOW, GridCategory.G3_BUILD_CAPACITY, GridCategory.G1_PARTNER),
        Arguments.of(HIGH, LOW, HIGH, GridCategory.G3_BUILD_CAPACITY, GridCategory.G1_PARTNER),
        Arguments.of(LOW, HIGH, LOW, GridCategory.G4_RECORD_AND_MONITOR, GridCategory.G2_PERSUADE),
        Arguments.of(LOW, LOW, HIGH, GridCategory.G4_RECORD_AND_MONITOR, GridCategory.G2_PERSUADE));
  }

  @ParameterizedTest(name = "GAP-14: ({0}, {1}, {2}) -> BOTH_HIGH {3}, EITHER_HIGH {4}, MANUAL unclassified")
  @MethodSource("unnamed")
  void unnamedCombinationsFollowThePolicy(Level i, Level p, Level inf, GridCategory bothHigh, GridCategory eitherHigh) {
    Classification both = Classification.of(i, p, inf, MixedCasePolicy.BOTH_HIGH);
    assertEquals(bothHigh, both.category());
    assertFalse(both.juknisExactMatch());
    assertEquals(MixedCasePolicy.BOTH_HIGH, both.appliedPolicy().get());
    assertEquals(eitherHigh, Classification.of(i, p, inf, MixedCasePolicy.EITHER_HIGH).category());
    assertEquals(GridCategory.UNCLASSIFIED, Classification.of(i, p, inf, MixedCasePolicy.MANUAL).category());
  }

  @ParameterizedTest(name = "MixedCasePolicy {0}: equal power and influence are the axis itself")
  @EnumSource(MixedCasePolicy.class)
  void axisOfEqualLevels(MixedCasePolicy policy) {
    assertEquals(HIGH, policy.axis(HIGH, HIGH).get());
    assertEquals(LOW, policy.axis(LOW, LOW).get());
  }

  @Test
  @DisplayName("GRID-VAR: a missing level is a programming error naming the variable")
  void nullLevel() {
    MissingValueException e = assertThrows(MissingValueException.class,
        () -> Classification.of(HIGH, null, LOW, MixedCasePolicy.BOTH_HIGH));
    assertTrue(e.getMessage().contains("'power'"));
  }
}
