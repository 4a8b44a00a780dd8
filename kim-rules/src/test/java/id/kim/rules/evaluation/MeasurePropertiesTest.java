package id.kim.rules.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import id.kim.core.monitoring.FacebookMetrics;
import id.kim.core.monitoring.InstagramMetrics;
import id.kim.core.monitoring.MonitoringRecord;
import id.kim.core.monitoring.SocialContent;
import id.kim.core.monitoring.SocialMetrics;
import id.kim.core.monitoring.TikTokMetrics;
import id.kim.core.monitoring.TwitterMetrics;
import id.kim.core.monitoring.YouTubeMetrics;
import id.kim.core.time.Period;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Laws of the Tabel 5.1 measures (MEASURE-1..3) and of the continuation evaluation (MONITOR-PURPOSE). */
class MeasurePropertiesTest {

  @Test
  @DisplayName("MEASURE-1..3 and MONITOR-PURPOSE: results never depend on the order of the records")
  void invariantUnderInputOrder() {
    qt().withExamples(150).forAll(Generators.records(), longs().all(), Generators.splitPeriods())
        .checkAssert((r, seed, p) -> {
      MeasurementPeriod period = MeasurementPeriod.custom(p[0], p[2]);
      MonitoringRecord s = Generators.shuffled(r, seed);
      assertEquals(OutputMeasure.of(r, period), OutputMeasure.of(s, period));
      assertEquals(OuttakesMeasure.of(r, period), OuttakesMeasure.of(s, period));
      assertEquals(OutcomeMeasure.of(r, period), OutcomeMeasure.of(s, period));
      assertEquals(ContinuationEvaluator.evaluate(r, period, ContinuationPolicy.standard(), p[2]),
          ContinuationEvaluator.evaluate(s, period, ContinuationPolicy.standard(), p[2]));
    });
  }

  @Test
  @DisplayName("MEASURE-1/2, MONITOR-COL-3: counts over two adjacent periods add up to the count over the whole")
  void splitAdditivity() {
    qt().withExamples(200).forAll(Generators.records(), Generators.splitPeriods()).checkAssert((r, p) -> {
      MeasurementPeriod whole = MeasurementPeriod.custom(p[0], p[2]);
      MeasurementPeriod first = MeasurementPeriod.custom(p[0], p[1].minusDays(1));
      MeasurementPeriod second = MeasurementPeriod.custom(p[1], p[2]);
      List<Function<MeasurementPeriod, Measurement>> additive = List.of(
          q -> OutputMeasure.of(r, q).visitors(), q -> OutputMeasure.of(r, q).attendance(), q ->
              OutputMeasure.of(r, q).views(),
          q -> OuttakesMeasure.of(r, q).likes(), q -> OuttakesMeasure.of(r, q).comments(), q ->
              OuttakesMeasure.of(r, q).shares(),
          q -> OuttakesMeasure.of(r, q).discussion(), q -> OuttakesMeasure.of(r, q).total());
      for (Function<MeasurementPeriod, Measurement> m : additive) {
        assertEquals(m.apply(whole), m.apply(first).plusAdjacent(m.apply(second)));
      }
      assertEquals(OuttakesMeasure.of(r, whole).contentCount(),
          OuttakesMeasure.of(r, first).contentCount() + OuttakesMeasure.of(r, second).contentCount());
      Measurement g1 = OutputMeasure.of(r, first).followerGrowth();
      Measurement g2 = OutputMeasure.of(r, second).followerGrowth();
      Measurement g = OutputMeasure.of(r, whole).followerGrowth();
      if (g1.isMeasurable() && g2.isMeasurable() && g.isMeasurable()) {
        assertEquals(g, g1.plusAdjacent(g2), "follower growth telescopes");
      }
      Period w = whole.span();
      r.log().forEach(e -> assertEquals(e.countIn(w), e.countIn(first.span()) + e.countIn(second.span())));
    });
  }

  @Test
  @DisplayName("MEASURE-2: more engagement on any post never lowers Outtakes")
  void moreEngagementNeverLowersOuttakes() {
    qt().withExamples(200)
        .forAll(Generators.records(), integers().between(0, 7), longs().between(0, 1000), Generators.splitPeriods())
        .checkAssert((r, index, delta, p) -> {
          if (r.socialContent().isEmpty()) {
            return;
          }
          List<SocialContent> posts = new ArrayList<>(r.socialContent());
          int i = index % posts.size();
          posts.set(i, posts.get(i).withMetrics(bump(posts.get(i).metrics(), delta)));
          MeasurementPeriod period = MeasurementPeriod.custom(p[0], p[2]);
          OuttakesResult before = OuttakesMeasure.of(r, period);
          OuttakesResult after = OuttakesMeasure.of(r.withSocialContent(posts), period);
          assertEquals(before.total().isMeasurable(), after.total().isMeasurable());
          before.total().value().forEach(v -> assertTrue(after.total().value().get().compareTo(v) >= 0));
          before.perContent().value().forEach(v -> assertTrue(after.perContent().value().get().compareTo(v) >= 0));
          before.likes().value().forEach(v -> assertTrue(after.likes().value().get().compareTo(v) >= 0));
        });
  }

  @Test
  @DisplayName("MEASURE-1..3: no metric is ever NaN or infinite — a finite exact value or a reason")
  void neverNanOrInfinite() {
    qt().withExamples(200).forAll(Generators.records(), Generators.splitPeriods()).checkAssert((r, p) -> {
      MeasurementPeriod period = MeasurementPeriod.custom(p[0], p[2]);
      OutputResult o = OutputMeasure.of(r, period);
      OuttakesResult t = OuttakesMeasure.of(r, period);
      OutcomeResult c = OutcomeMeasure.of(r, period);
      List<Measurement> all = new ArrayList<>(List.of(o.openingFollowers(), o.followerGrowth(), o.followerGrowthRate(),
          o.visitors(), o.attendance(), o.views(), t.likes(), t.comments(), t.shares(), t.discussion(), t.total(),
          t.perContent(), c.pooledBefore(), c.pooledAfter(), c.change()));
      c.surveys().forEach(s -> all.addAll(List.of(s.before(), s.after(), s.change())));
      for (Measurement m : all) {
        assertTrue(m.isMeasurable() != m.whyNot().isDefined());
        m.value().forEach(v -> {
          assertTrue(v.denominator().signum() > 0);
          double d = v.toDecimal(12).doubleValue();
          assertTrue(Double.isFinite(d));
        });
      }
      c.surveys()
          .forEach(s -> s.after().value().forEach(v -> assertTrue(v.signum() >= 0 && v.compareTo(Ratio.of(1)) <= 0)));
    });
  }

  static SocialMetrics bump(SocialMetrics m, long d) {
    if (m instanceof InstagramMetrics x) {
      return InstagramMetrics.of(x.likes() + d, x.shares() + d, x.comments() + d, x.views() + d);
    } else if (m instanceof FacebookMetrics x) {
      return FacebookMetrics.of(x.likes() + d, x.shares() + d, x.comments() + d);
    } else if (m instanceof TwitterMetrics x) {
      return TwitterMetrics.of(x.likes() + d, x.retweets() + d, x.comments() + d, x.shares() + d);
    } else if (m instanceof YouTubeMetrics x) {
      return YouTubeMetrics.of(x.likes() + d, x.comments() + d);
    }
    TikTokMetrics x = (TikTokMetrics) m;
    return TikTokMetrics.of(x.likes() + d, x.comments() + d, x.shares() + d);
  }

  @Test
  @DisplayName("Ratio arithmetic is exact: a/b + c/d - c/d = a/b, always in lowest terms")
  void ratioLaws() {
    qt().forAll(
            longs().between(-10_000, 10_000),
            longs().between(1, 10_000),
            longs().between(-10_000, 10_000),
            longs().between(1, 10_000))
        .checkAssert(
            (a, b, c, d) -> {
              Ratio x = Ratio.of(BigInteger.valueOf(a), BigInteger.valueOf(b));
              Ratio y = Ratio.of(BigInteger.valueOf(c), BigInteger.valueOf(-d));
              assertEquals(x, x.plus(y).minus(y));
              assertTrue(y.denominator().signum() > 0);
              assertEquals(
                  BigInteger.ONE,
                  x.numerator()
                      .gcd(x.denominator())
                      .max(x.numerator().signum() == 0 ? BigInteger.ONE : BigInteger.ZERO));
              assertEquals(
                  0, x.compareTo(Ratio.of(BigInteger.valueOf(a * 3), BigInteger.valueOf(b * 3))));
            });
  }

}
