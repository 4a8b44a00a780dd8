package id.kim.rules.mapping.threshold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import id.kim.core.metric.ReachMetric;
import id.kim.rules.mapping.MappingGen;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.ArrayList;
import java.util.Collections;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Relative thresholds — laws (GAP-15): invariant under reordering and under scaling every count")
class RelativeThresholdPropertiesTest {

  private static Seq<Boolean> levels(java.util.List<Long> counts, int percentile) {
    Seq<MetricFigures<ReachMetric>> population = List.ofAll(counts).map(ThresholdPolicyTest::followers);
    Cutoff<ReachMetric> cutoff = ThresholdPolicy.<ReachMetric>relative(percentile).resolve(population);
    return population.map(f -> cutoff.decide(f).high());
  }

  @Test
  @DisplayName("Reordering the KIM changes no KIM's level")
  void reorderingChangesNothing() {
    qt().forAll(MappingGen.counts(0, 30), integers().between(0, 99), MappingGen.seeds())
        .checkAssert((counts, p, seed) -> {
      java.util.List<Long> shuffled = MappingGen.shuffled(counts, seed);
      Seq<Boolean> before = levels(counts, p);
      Seq<Boolean> after = levels(shuffled, p);
      for (int i = 0; i < counts.size(); i++) {
        assertEquals(before.get(i), after.get(shuffled.indexOf(counts.get(i))) , "level of count " + counts.get(i));
      }
    });
  }

  @Test
  @DisplayName("Multiplying every count by the same factor changes no KIM's level")
  void scalingChangesNothing() {
    qt().forAll(MappingGen.counts(0, 30), integers().between(0, 99), integers().between(1, 1000))
        .checkAssert((counts, p, factor) -> assertEquals(levels(counts, p),
            levels(counts.stream().map(c -> c * factor).toList(), p)));
  }

  @Test
  @DisplayName("All-equal counts: no KIM is HIGH, whatever the percentile")
  void allEqualIsLow() {
    qt().forAll(integers().between(1, 20), MappingGen.counts(1, 1), integers().between(0, 99))
        .checkAssert(
            (n, one, p) ->
                assertTrue(levels(Collections.nCopies(n, one.get(0)), p).forAll(high -> !high)));
  }

  @Test
  @DisplayName("Raising one KIM's count never lowers its level (monotone)")
  void raisingNeverLowers() {
    qt().forAll(MappingGen.counts(1, 20), integers().between(0, 99), integers().between(1, 100_000))
        .checkAssert(
            (counts, p, raise) -> {
              java.util.List<Long> raised = new ArrayList<>(counts);
              raised.set(0, counts.get(0) + raise);
              assertTrue(!levels(counts, p).get(0) || levels(raised, p).get(0));
            });
  }
}
