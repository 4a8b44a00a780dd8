package id.kim.rules.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import id.kim.core.monitoring.InstagramMetrics;
import id.kim.core.monitoring.MonitoringRecord;
import id.kim.core.monitoring.SocialContent;
import id.kim.core.monitoring.SocialIndicator;
import io.vavr.collection.TreeMap;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** MEASURE-2 Outtakes sums indicators in one pass ({@link IndicatorSums}) and stays exact beyond a long. */
class IndicatorSumsTest {

  @Test
  @DisplayName("MEASURE-2: likes, comments, shares and per-row totals equal sums over every post (SOCIAL-COL-4)")
  void sumsEqualTheDefinition() {
    qt().withExamples(20).forAll(Generators.records().map(MonitoringRecord::socialContent)).checkAssert(posts -> {
      MonitoringRecord r = MonitoringRecord.builder().kim(Fixtures.KIM).socialContent(posts).build();
      MeasurementPeriod all = MeasurementPeriod.custom(Generators.BASE.minusYears(5), Generators.BASE.plusYears(5));
      OuttakesResult o = OuttakesMeasure.of(r, all);
      if (!posts.isEmpty()) {
        assertEquals(sum(posts, SocialIndicator.LIKE), o.likes().value().get().numerator());
        assertEquals(sum(posts, SocialIndicator.COMMENT), o.comments().value().get().numerator());
        assertEquals(sum(posts, SocialIndicator.SHARE).add(sum(posts, SocialIndicator.RETWEET)),
            o.shares().value().get().numerator());
      }
      TreeMap<String, BigInteger> expected = TreeMap.empty();
      for (SocialContent c : posts) {
        for (var e : c.metrics().counts().entrySet()) {
          expected = expected.put(c.metrics().ruleId() + " " + e.getKey(), BigInteger.valueOf(e.getValue()),
              BigInteger::add);
        }
      }
      assertEquals(expected, o.indicatorTotals());
    });
  }

  @Test
  @DisplayName("MEASURE-2: sums beyond Long.MAX_VALUE stay exact")
  void overflowStaysExact() {
    SocialContent big = Fixtures.post(Fixtures.IG, InstagramMetrics.of(Long.MAX_VALUE, 1, 2, 3), Fixtures.mar(2),
        "Besar");
    MonitoringRecord r = MonitoringRecord.builder().kim(Fixtures.KIM).socialContent(List.of(big, big.withTitle("Lagi")))
        .build();
    OuttakesResult o = OuttakesMeasure.of(r, Fixtures.MARCH);
    BigInteger twice = BigInteger.valueOf(Long.MAX_VALUE).shiftLeft(1);
    assertEquals(twice, o.likes().value().get().numerator());
    assertEquals(twice, o.indicatorTotals().get("SOCIAL-IG LIKE").get());
    assertEquals(BigInteger.valueOf(4), o.comments().value().get().numerator());
  }

  private static BigInteger sum(List<SocialContent> posts, SocialIndicator indicator) {
    return posts.stream().map(c -> c.metrics().count(indicator).map(BigInteger::valueOf).orElse(BigInteger.ZERO))
        .reduce(BigInteger.ZERO, BigInteger::add);
  }
}
