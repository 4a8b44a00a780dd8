package id.kim.rules.award;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import id.kim.core.community.KimProfile;
import id.kim.core.community.KimRef;
import id.kim.core.monitoring.MonitoringRecord;
import id.kim.rules.evaluation.MeasurementPeriod;
import id.kim.rules.evaluation.Ratio;
import id.kim.testkit.MonitoringSamplers;
import id.kim.testkit.Sampler;
import io.vavr.collection.List;
import io.vavr.collection.TreeMap;
import io.vavr.control.Option;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Laws of the award ranking (AWARD-STAGE-2): deterministic, explained, bounded. */
class AwardPropertiesTest {

  /** The period ranked: the year kim-testkit's monitoring records cover. */
  private static final MeasurementPeriod YEAR = MeasurementPeriod.year(2026);

  /**
   * @return up to eight candidates under distinct names, each with kim-testkit's year of monitoring,
   *     scored or not; now and then a "twin" — another KIM with exactly the results and score of one
   *     already drawn — so that ties must be broken by name (AWARD-STAGE-2)
   */
  static Gen<java.util.List<AwardCandidate>> candidates() {
    Sampler<java.util.List<AwardCandidate>> candidates =
        d -> {
          Map<String, AwardCandidate> byName = new java.util.TreeMap<>();
          for (int i = d.intBetween(0, 8); i > 0; i--) {
            String name = "KIM " + d.intBetween(0, 25);
            AwardCandidate c =
                byName.isEmpty() || !d.chance(25)
                    ? candidate(name).sample(d)
                    : twin(d.pick(java.util.List.copyOf(byName.values())), KimRef.of(name));
            byName.putIfAbsent(name, c);
          }
          return new ArrayList<>(byName.values());
        };
    return candidates.gen();
  }

  private static Sampler<AwardCandidate> candidate(String name) {
    return d -> {
      MonitoringRecord record = MonitoringSamplers.monitoringRecord(KimProfile.builder().name(name).build(),
          Year.of(2026)).sample(d);
      int q = d.intBetween(-1, 100);
      return q < 0 ? AwardCandidate.unscored(record) : AwardCandidate.of(record, AwardFixtures.quality(q));
    };
  }

  /** @return the candidate's results and score, as another KIM's */
  private static AwardCandidate twin(AwardCandidate c, KimRef kim) {
    MonitoringRecord r = c.record();
    MonitoringRecord renamed = r.withKim(kim).withLog(r.log().stream().map(e -> e.withKim(kim)).toList())
        .withSocialContent(r.socialContent().stream().map(x -> x.withKim(kim)).toList());
    return c.quality().map(q -> AwardCandidate.of(renamed, q)).getOrElse(() -> AwardCandidate.unscored(renamed));
  }

  static Gen<AwardWeights> weights() {
    return longs().between(0, 5).zip(longs().between(0, 5), longs().between(0, 5), longs().between(1, 5),
        (a, b, c, d) ->
            AwardWeights.of(TreeMap.of(AwardCriterion.CONTENT_QUANTITY, a, AwardCriterion.CONTENT_QUALITY, d,
            AwardCriterion.DISSEMINATION_ACTIVITY, b, AwardCriterion.ENGAGEMENT, c)).get());
  }

  @Test
  @DisplayName(
      "AWARD-STAGE-2: the ranking never depends on the order of candidates; ranks are 1..n; scores lie in [0, 1] and "
          + "are non-increasing")
  void rankingIsDeterministicAndBounded() {
    qt().forAll(candidates(), weights(), longs().all())
        .checkAssert(
            (cs, w, seed) -> {
              java.util.List<AwardCandidate> shuffled = new ArrayList<>(cs);
              Collections.shuffle(shuffled, new Random(seed));
              AwardRanking a = AwardProcess.rank(List.ofAll(cs), YEAR, w).get();
              AwardRanking b = AwardProcess.rank(List.ofAll(shuffled), YEAR, w).get();
              assertEquals(a, b);
              assertEquals(cs.size(), a.ranked().size() + a.notRanked().size());
              assertEquals(
                  List.rangeClosed(1, a.ranked().size()), a.ranked().map(x -> x.rank().get()));
              a.ranked()
                  .forEach(
                      x -> {
                        Ratio s = x.score().get();
                        assertTrue(s.signum() >= 0 && s.compareTo(Ratio.of(1)) <= 0, s.toString());
                        assertEquals(4, x.breakdown().size(), "every criterion is explained");
                      });
              a.ranked()
                  .sliding(2)
                  .filter(p -> p.size() == 2)
                  .forEach(
                      p ->
                          assertTrue(
                              p.get(0).score().get().compareTo(p.get(1).score().get()) >= 0));
            });
  }

  @Test
  @DisplayName("AWARD-CONS-2: a higher quality score, all else equal, never lowers a KIM's rank")
  void moreQualityNeverHurts() {
    qt().forAll(candidates(), weights(), integers().between(0, 7), integers().between(1, 100))
        .checkAssert(
            (cs, w, index, bonus) -> {
              AwardRanking ranking = AwardProcess.rank(List.ofAll(cs), YEAR, w).get();
              java.util.List<AwardCandidate> scored =
                  cs.stream()
                      .filter(c -> ranking.ranked().exists(x -> x.kim().equals(c.record().kim())))
                      .toList();
              if (scored.isEmpty()) {
                return;
              }
              AwardCandidate target = scored.get(index % scored.size());
              int better = Math.min(100, target.quality().get().score() + bonus);
              java.util.List<AwardCandidate> improved =
                  cs.stream()
                      .map(
                          c ->
                              c == target
                                  ? c.withQuality(Option.some(AwardFixtures.quality(better)))
                                  : c)
                      .toList();
              int before = rankOf(AwardProcess.rank(List.ofAll(cs), YEAR, w).get(), target);
              int after = rankOf(AwardProcess.rank(List.ofAll(improved), YEAR, w).get(), target);
              assertTrue(after <= before, before + " -> " + after);
            });
  }

  static int rankOf(AwardRanking r, AwardCandidate c) {
    return r.ranked().find(a -> a.kim().equals(c.record().kim())).flatMap(AwardAssessment::rank).get();
  }
}
