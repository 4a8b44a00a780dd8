package id.kim.rules.mapping.threshold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.validation.MissingValueException;
import io.vavr.collection.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Percentile — nearest rank, one of the values, order-free (GAP-15)")
class PercentileTest {

  @Test
  @DisplayName("The median of 1..5 is 3 and of 10,20,30,40 is 20; p0 is the minimum, p100 the maximum")
  void knownValues() {
    assertEquals(3L, Percentile.nearestRank(List.of(5L, 1L, 4L, 2L, 3L), 50).get());
    assertEquals(20L, Percentile.nearestRank(List.of(40L, 10L, 30L, 20L), 50).get());
    assertEquals(1L, Percentile.nearestRank(List.of(5L, 1L, 3L), 0).get());
    assertEquals(5L, Percentile.nearestRank(List.of(5L, 1L, 3L), 100).get());
    assertEquals(7L, Percentile.nearestRank(List.of(7L), 50).get());
    assertTrue(Percentile.nearestRank(List.empty(), 50).isEmpty());
  }

  @Test
  @DisplayName("A percentile outside 0..100 is a programming error")
  void outOfRange() {
    assertThrows(IllegalArgumentException.class, () -> Percentile.nearestRank(List.of(1L), 101));
    assertThrows(IllegalArgumentException.class, () -> Percentile.nearestRank(List.of(1L), -1));
  }

  @Test
  @DisplayName("No values, or a null among them, is refused by name — not a bare NullPointerException")
  void nullsRefusedByName() {
    MissingValueException none = assertThrows(MissingValueException.class, () -> Percentile.nearestRank(null, 50));
    assertTrue(none.getMessage().startsWith("'values'"), none.getMessage());
    MissingValueException hole = assertThrows(MissingValueException.class,
        () -> Percentile.nearestRank(List.of(1L, null, 3L), 50));
    assertTrue(hole.getMessage().startsWith("'values[1]'"), hole.getMessage());
  }
}
