package id.kim.rules.award;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import id.kim.core.community.KimProfile;
import id.kim.core.monitoring.MonitoringRecord;
import id.kim.rules.evaluation.MeasurementPeriod;
import id.kim.rules.evaluation.Ratio;
import id.kim.testkit.MonitoringSamplers;
import id.kim.testkit.Sampler;
import io.vavr.collection.List;
import io.vavr.collection.TreeMap;
import java.time.Year;
import java.util.Collections;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Laws of the award ranking (AWARD-STAGE-2): deterministic, explained, bounded. */
class AwardPropertiesTest {

  /** The period ranked: the year kim-testkit's monitoring records cover. */
  private static final MeasurementPeriod YEAR = MeasurementPeriod.year(2026);

  /** @return candidates with kim-testkit's year of monitoring, scored or not, under distinct names */
  static Gen<java.util.List<AwardCandidate>> candidates() {
    Sampler<AwardCandidate> candidate = d -> {
      KimProfile kim = KimProfile.builder().name("KIM " + d.intBetween(0, 25)).build();
      MonitoringRecord record = MonitoringSamplers.monitoringRecord(kim, Year.of(2026)).sample(d);
      int q = d.intBetween(-1, 100);
      return q < 0 ? AwardCandidate.unscored(record) : AwardCandidate.of(record, AwardFixtures.quality(q));
    };
    Gen<AwardCandidate> one = candidate.gen();
    return lists().of(one).ofSizeBetween(0, 8).map(cs -> {
      java.util.Map<String, AwardCandidate> unique = new java.util.TreeMap<>();
      cs.forEach(c -> unique.putIfAbsent(c.record().kim().name(), c));
      return new java.util.ArrayList<>(unique.values());
    });
  }

  static Gen<AwardWeights> weights() {
    return longs().between(0, 5).zip(longs().between(0, 5), longs().between(0, 5), longs().between(1, 5),
        (a, b, c, d) -> AwardWeights.of(TreeMap.of(AwardCriterion.CONTENT_QUANTITY, a, AwardCriterion.CONTENT_QUALITY, d,
            AwardCriterion.DISSEMINATION_ACTIVITY, b, AwardCriterion.ENGAGEMENT, c)).get());
  }

  @Test
  @DisplayName("AWARD-STAGE-2: the ranking never depends on the order of candidates; ranks are 1..n; scores lie in [0, 1] and are non-increasing")
  void rankingIsDeterministicAndBounded() {
    qt().forAll(candidates(), weights(), longs().all()).checkAssert((cs, w, seed) -> {
      java.util.List<AwardCandidate> shuffled = new java.util.ArrayList<>(cs);
      Collections.shuffle(shuffled, new Random(seed));
      AwardRanking a = AwardProcess.rank(List.ofAll(cs), YEAR, w).get();
      AwardRanking b = AwardProcess.rank(List.ofAll(shuffled), YEAR, w).get();
      assertEquals(a, b);
      assertEquals(cs.size(), a.ranked().size() + a.notRanked().size());
      assertEquals(List.rangeClosed(1, a.ranked().size()), a.ranked().map(x -> x.rank().get()));
      a.ranked().forEach(x -> {
        Ratio s = x.score().get();
        assertTrue(s.signum() >= 0 && s.compareTo(Ratio.of(1)) <= 0, s.toString());
        assertEquals(4, x.breakdown().size(), "every criterion is explained");
      });
      a.ranked().sliding(2).filter(p -> p.size() == 2)
          .forEach(p -> assertTrue(p.get(0).score().get().compareTo(p.get(1).score().get()) >= 0));
    });
  }

  @Test
  @DisplayName("AWARD-CONS-2: a higher quality score, all else equal, never lowers a KIM's rank")
  void moreQualityNeverHurts() {
    qt().forAll(candidates(), weights(), integers().between(0, 7), integers().between(1, 100)).checkAssert((cs, w, index, bonus) -> {
      java.util.List<AwardCandidate> scored = cs.stream().filter(c -> c.quality().isDefined()
          && (!c.record().log().isEmpty() || !c.record().socialContent().isEmpty())).toList();
      if (scored.isEmpty()) {
        return;
      }
      AwardCandidate target = scored.get(index % scored.size());
      int better = Math.min(100, target.quality().get().score() + bonus);
      java.util.List<AwardCandidate> improved = cs.stream().map(c -> c == target
          ? c.withQuality(io.vavr.control.Option.some(AwardFixtures.quality(better))) : c).toList();
      int before = rankOf(AwardProcess.rank(List.ofAll(cs), YEAR, w).get(), target);
      int after = rankOf(AwardProcess.rank(List.ofAll(improved), YEAR, w).get(), target);
      assertTrue(after <= before, before + " -> " + after);
    });
  }

  static int rankOf(AwardRanking r, AwardCandidate c) {
    return r.ranked().find(a -> a.kim().equals(c.record().kim())).flatMap(AwardAssessment::rank).get();
  }
}
