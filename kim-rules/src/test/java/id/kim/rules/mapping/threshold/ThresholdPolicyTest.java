package id.kim.rules.mapping.threshold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.i18n.Lang;
import id.kim.core.media.KimMedium;
import id.kim.core.media.Platform;
import id.kim.core.metric.ReachMetric;
import id.kim.core.metric.ReachObservation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("ThresholdPolicy — where 'tinggi' begins for power and influence (GAP-15, PROPOSED)")
class ThresholdPolicyTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 3, 31);
  private static final KimMedium IG = KimMedium.of(Platform.INSTAGRAM, "@kim");
  private static final KimMedium MEET = KimMedium.of(Platform.FACE_TO_FACE, "Rapat");

  static MetricFigures<ReachMetric> followers(long n) {
    return MetricFigures.ofReach(java.util.List.of(ReachObservation.of(IG, ReachMetric.FOLLOWERS, n, AS_OF)), AS_OF,
        Aggregation.SUM);
  }

  static MetricFigures<ReachMetric> none() {
    return MetricFigures.ofReach(java.util.List.of(), AS_OF, Aggregation.SUM);
  }

  @Test
  @DisplayName(
      "Relative (median): HIGH strictly above the median of the KIM with figures; the decision records the numbers")
  void relativeMedian() {
    Seq<MetricFigures<ReachMetric>> population = List.of(followers(100), followers(300), followers(500), followers(700),
        none());
    Cutoff<ReachMetric> cutoff = ThresholdPolicy.<ReachMetric>median().resolve(population);
    assertEquals(300L, cutoff.total().get());
    assertEquals(4, cutoff.populationSize());
    ThresholdDecision<ReachMetric> high = cutoff.decide(followers(500));
    assertTrue(high.high());
    assertEquals("total 500 > 300", high.comparison());
    assertEquals("relative(p50,SUM)", high.policyCode());
    assertFalse(cutoff.decide(followers(300)).high());
    assertEquals("total 300 <= 300", cutoff.decide(followers(300)).comparison());
    ThresholdDecision<ReachMetric> missing = cutoff.decide(none());
    assertFalse(missing.high() || missing.hasEvidence());
  }

  @Test
  @DisplayName(
      "Relative: all-equal figures give no HIGH; one KIM is LOW (nothing to compare with); zero KIM gives no cutoff")
  void relativeEdgeCases() {
    Cutoff<ReachMetric> equal = ThresholdPolicy.<ReachMetric>median()
        .resolve(List.of(followers(50), followers(50), followers(50)));
    assertFalse(equal.decide(followers(50)).high());
    Cutoff<ReachMetric> one = ThresholdPolicy.<ReachMetric>median().resolve(List.of(followers(10_000)));
    assertFalse(one.decide(followers(10_000)).high());
    Cutoff<ReachMetric> empty = ThresholdPolicy.<ReachMetric>median().resolve(List.empty());
    assertTrue(empty.total().isEmpty());
    assertFalse(empty.decide(followers(5)).high());
  }

  @Test
  @DisplayName("Absolute: HIGH from the total, or from any metric's own threshold, at or above it")
  void absolute() {
    AbsoluteThreshold<ReachMetric> policy = AbsoluteThreshold.<ReachMetric>builder()
        .putPerMetric(ReachMetric.FOLLOWERS, 1000L).putPerMetric(ReachMetric.MEETING_PARTICIPANTS, 50L).build();
    Cutoff<ReachMetric> cutoff = policy.resolve(List.empty());
    MetricFigures<ReachMetric> meetings = MetricFigures.ofReach(java.util.List.of(
        ReachObservation.of(IG, ReachMetric.FOLLOWERS, 300, AS_OF),
        ReachObservation.of(MEET, ReachMetric.MEETING_PARTICIPANTS, 50, AS_OF)), AS_OF, Aggregation.SUM);
    ThresholdDecision<ReachMetric> d = cutoff.decide(meetings);
    assertTrue(d.high());
    assertEquals("MEETING_PARTICIPANTS 50 >= 50", d.comparison());
    assertEquals("FOLLOWERS 300 < 1000", cutoff.decide(followers(300)).comparison());
    assertEquals("absolute(FOLLOWERS>=1000,MEETING_PARTICIPANTS>=50,SUM)", policy.code());
    assertTrue(ThresholdPolicy.<ReachMetric>absoluteTotal(1000).resolve(List.empty()).decide(followers(1000)).high());
    assertTrue(policy.describe(Lang.ID).startsWith("absolut: TINGGI bila FOLLOWERS>=1000 atau"));
  }

  @Test
  @DisplayName("Invalid policies are refused with a message naming the gap")
  void invalidPolicies() {
    IllegalArgumentException p = assertThrows(IllegalArgumentException.class, () -> ThresholdPolicy.relative(100));
    assertTrue(p.getMessage().contains("GAP-15"));
    assertThrows(IllegalArgumentException.class, () -> AbsoluteThreshold.<ReachMetric>builder().build());
    assertThrows(IllegalArgumentException.class, () -> ThresholdPolicy.absoluteTotal(-1));
    assertEquals("relative(p75,SUM)", ThresholdPolicy.relative(75).code());
    assertTrue(ThresholdPolicy.relative(75).describe(Lang.EN).contains("percentile 75"));
  }
}
