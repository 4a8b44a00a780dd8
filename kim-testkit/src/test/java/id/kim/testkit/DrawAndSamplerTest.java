package id.kim.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import id.kim.core.validation.MissingValueException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import java.util.stream.LongStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.RandomnessSource;

/** The two building blocks: {@link Draw} (bounded choices) and {@link Sampler} (recipes). */
class DrawAndSamplerTest {

  @Test
  @DisplayName("Draw.from(RandomGenerator) stays within inclusive bounds, extremes included")
  void randomGeneratorDrawsStayInBounds() {
    qt().forAll(longs().all(), longs().between(-1000, 1000), integers().between(0, 1000))
        .checkAssert((seed, min, width) -> {
      Draw d = Draw.from(new SplittableRandom(seed));
      long v = d.between(min, min + width);
      assertTrue(v >= min && v <= min + width);
    });
    Draw d = Draw.from(new SplittableRandom(1));
    assertEquals(7, d.between(7, 7));
    for (int i = 0; i < 100; i++) {
      assertTrue(d.between(Long.MAX_VALUE - 1, Long.MAX_VALUE) >= Long.MAX_VALUE - 1);
      d.between(Long.MIN_VALUE, Long.MAX_VALUE);
    }
    assertThrows(IllegalArgumentException.class, () -> d.between(2, 1));
    assertThrows(IllegalArgumentException.class, () -> d.index(0));
    assertThrows(MissingValueException.class, () -> Draw.from((RandomGenerator) null));
    assertThrows(MissingValueException.class, () -> Draw.from((RandomnessSource) null));
  }

  @Test
  @DisplayName(
      "Draw.from(RandomGenerator) stays within bounds for ranges around 2^32 values, where the 32-bit draw hands over "
          + "to nextLong")
  void randomGeneratorDrawsStayInBoundsAroundTheThirtyTwoBitLimit() {
    qt().forAll(longs().all(), longs().between(-1L << 40, 1L << 40), longs().between((1L << 32) - 3, (1L << 32) + 3))
        .checkAssert((seed, min, width) -> {
          long v = Draw.from(new SplittableRandom(seed)).between(min, min + width);
          assertTrue(v >= min && v <= min + width, v + " outside [" + min + ", " + (min + width) + "]");
        });
  }

  @Test
  @DisplayName(
      "Draw.from(RandomGenerator) is uniform: every value of a small range is drawn about equally often, both extremes "
          + "included")
  void randomGeneratorDrawsAreUniform() {
    for (int size : new int[] {2, 3, 7, 10, 100}) {
      Draw d = Draw.from(new SplittableRandom(size));
      int[] counts = new int[size];
      int draws = 20_000 * size;
      for (int i = 0; i < draws; i++) {
        counts[(int) d.between(5, 5L + size - 1) - 5]++;
      }
      for (int k = 0; k < size; k++) {
        // 20,000 expected per value; 4 % is more than 5 standard deviations (about 141)
        assertTrue(Math.abs(counts[k] - 20_000) < 800, "value " + k + " of " + size + " drawn " + counts[k] + " times");
      }
    }
  }

  @Test
  @DisplayName("chance(0) is never, chance(100) always; dates and digits as asked")
  void helpers() {
    qt().forAll(longs().all()).checkAssert(seed -> {
      Draw d = Draw.from(new SplittableRandom(seed));
      assertFalse(d.chance(0));
      assertTrue(d.chance(100));
      LocalDate day = d.date(LocalDate.of(2024, 2, 28), LocalDate.of(2024, 3, 1));
      assertTrue(!day.isBefore(LocalDate.of(2024, 2, 28)) && !day.isAfter(LocalDate.of(2024, 3, 1)));
      assertTrue(d.digits(16).matches("[0-9]{16}"));
      assertTrue(List.of("a", "b").contains(d.pick(List.of("a", "b"))));
    });
  }

  @Test
  @DisplayName(
      "the lower bound is the simplest choice: a draw of all minima gives the first entry, absent optionals, empty "
          + "lists")
  void lowerBoundIsSimplest() {
    Draw minimal = (min, max) -> min;
    assertEquals("a", minimal.pick(List.of("a", "b")));
    assertFalse(minimal.chance(99));
    assertEquals(Optional.empty(), Sampler.optional(Sampler.constant("x"), 99).sample(minimal));
    assertEquals(List.of(), Sampler.listOf(Sampler.constant("x"), 0, 5).sample(minimal));
    var profile = ProfileSamplers.profile().sample(minimal);
    assertTrue(profile.media().isEmpty() && profile.whatsapp().isEmpty() && profile.seat().isEmpty());
  }

  @Test
  @DisplayName("listOf refuses an element sampler that answers null, naming it, instead of a list with a hole")
  void listOfRefusesNullElements() {
    Sampler<List<String>> holes = Sampler.listOf(d -> null, 1, 3);
    MissingValueException e = assertThrows(MissingValueException.class, () -> holes.from(new SplittableRandom(1)));
    assertTrue(e.getMessage().startsWith("'listOf: element sample[0]'"), e.getMessage());
  }

  @Test
  @DisplayName("Sampler combinators: listOf sizes, optional, oneOf, map, flatMap, constant")
  void combinators() {
    qt().forAll(longs().all(), integers().between(0, 5), integers().between(0, 5)).checkAssert((seed, a, b) -> {
      int min = Math.min(a, b);
      int max = Math.max(a, b);
      int size = Sampler.listOf(Sampler.constant(1), min, max).from(new SplittableRandom(seed)).size();
      assertTrue(size >= min && size <= max);
      assertEquals(Optional.of(1), Sampler.optional(Sampler.constant(1), 100).from(new SplittableRandom(seed)));
      assertTrue(List.of(1, 2)
          .contains(Sampler.oneOf(List.of(Sampler.constant(1), Sampler.constant(2))).from(new SplittableRandom(seed))));
      assertEquals(2, Sampler.constant(1).map(x -> x + 1).from(new SplittableRandom(seed)));
      assertEquals(List.of(1, 1),
          Sampler.constant(2).flatMap(n -> Sampler.listOf(Sampler.constant(1), n, n)).from(new SplittableRandom(seed)));
    });
    assertThrows(MissingValueException.class, () -> Sampler.constant(null));
    assertThrows(IllegalArgumentException.class, () -> Sampler.listOf(Sampler.constant(1), 3, 2));
    assertThrows(IllegalArgumentException.class, () -> Sampler.listOf(Sampler.constant(1), -1, 2));
    assertThrows(IllegalArgumentException.class, () -> Draw.from(new SplittableRandom(1)).chance(101));
  }

  @Test
  @DisplayName("equal seeds give equal values, different seeds (almost always) different ones")
  void seedsDetermineValues() {
    qt().withExamples(200).forAll(longs().all()).checkAssert(seed ->
        assertEquals(KimSamples.record(new SplittableRandom(seed)), KimSamples.record(new SplittableRandom(seed))));
    long distinct =
        LongStream.range(0, 50)
            .mapToObj(s -> KimSamples.profile(new SplittableRandom(s)))
            .distinct()
            .count();
    assertTrue(distinct >= 48, "distinct profiles out of 50 seeds: " + distinct);
  }
}
