package id.kim.rules.evaluation;

import static id.kim.rules.evaluation.Fixtures.MARCH;
import static id.kim.rules.evaluation.Fixtures.mar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import id.kim.core.i18n.Lang;
import id.kim.core.metric.ReachMetric;
import id.kim.core.metric.ReachObservation;
import id.kim.core.monitoring.MonitoringRecord;
import id.kim.core.monitoring.OutcomeKind;
import id.kim.core.monitoring.SurveyResult;
import id.kim.core.monitoring.SurveyRound;
import id.kim.core.validation.MissingValueException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Hand-computed figures of the March 2026 example (docs/evaluation.md). */
class MeasuresExampleTest {

  static Measurement value(long n) {
    return Measurement.of(n);
  }

  static Measurement value(long n, long d) {
    return Measurement.of(Ratio.of(BigInteger.valueOf(n), BigInteger.valueOf(d)));
  }

  static Measurement not(NotMeasurableReason reason, String subject) {
    return Measurement.notMeasurable(NotMeasurable.of(reason, subject));
  }

  @Test
  @DisplayName("MEASURE-1 Output: followers 500 -> 550 = +50 (rate 1/10), visitors 1200, attendance 35+40, views 800")
  void output() {
    OutputResult o = OutputMeasure.of(Fixtures.march(), MARCH);
    assertEquals(value(500), o.openingFollowers());
    assertEquals(value(50), o.followerGrowth());
    assertEquals(value(1, 10), o.followerGrowthRate());
    assertEquals("10.00", o.followerGrowthRate().value().get().toPercent().toPlainString());
    assertEquals(value(1200), o.visitors());
    assertEquals(value(75), o.attendance());
    assertEquals(value(800), o.views());
  }

  @Test
  @DisplayName(
      "MEASURE-1 boundary: zero followers at the start gives growth but a rate not measurable by division by zero")
  void zeroFollowersAtStart() {
    MonitoringRecord r = MonitoringRecord.builder().kim(Fixtures.KIM)
        .addReach(ReachObservation.of(Fixtures.IG, ReachMetric.FOLLOWERS, 0, LocalDate.of(2026, 2, 28)),
            ReachObservation.of(Fixtures.IG, ReachMetric.FOLLOWERS, 25, mar(31))).build();
    OutputResult o = OutputMeasure.of(r, MARCH);
    assertEquals(value(25), o.followerGrowth());
    assertEquals(not(NotMeasurableReason.DIVISION_BY_ZERO, "followers at start"), o.followerGrowthRate());
  }

  @Test
  @DisplayName(
      "MEASURE-1 boundary: an account first counted inside the period has no baseline; an empty period has no data")
  void missingBaselineAndNoData() {
    MonitoringRecord r = MonitoringRecord.builder().kim(Fixtures.KIM)
        .addReach(ReachObservation.of(Fixtures.IG, ReachMetric.FOLLOWERS, 40, mar(2))).build();
    assertEquals(not(NotMeasurableReason.MISSING_BASELINE, "Instagram @kim.gumbrih FOLLOWERS"),
        OutputMeasure.of(r, MARCH).followerGrowth());
    OutputResult april = OutputMeasure.of(r, MARCH.next());
    assertEquals(not(NotMeasurableReason.NO_DATA_IN_PERIOD, "followers"), april.followerGrowth(),
        "no count inside April: growth is unknown, not 0");
    assertEquals(not(NotMeasurableReason.NO_DATA_IN_PERIOD, "visitors"), april.visitors());
    assertFalse(april.isMeasurable());
  }

  @Test
  @DisplayName(
      "MEASURE-2 Outtakes: likes 160, comments 16, shares 4+6+3+1 (retweets count as shares), discussion 20, total "
          + "210, 190/3 per post")
  void outtakes() {
    OuttakesResult o = OuttakesMeasure.of(Fixtures.march(), MARCH);
    assertEquals(3, o.contentCount());
    assertEquals(value(160), o.likes());
    assertEquals(value(16), o.comments());
    assertEquals(value(14), o.shares());
    assertEquals(value(20), o.discussion());
    assertEquals(value(210), o.total());
    assertEquals(value(190, 3), o.perContent());
    assertEquals("63.3333", o.perContent().render(Lang.EN));
    assertEquals(BigInteger.valueOf(3), o.indicatorTotals().get("SOCIAL-TW RETWEET").get());
    assertEquals(BigInteger.valueOf(800), o.indicatorTotals().get("SOCIAL-IG VIEW").get());
    assertFalse(o.indicatorTotals().containsKey("SOCIAL-YT LIKE"), "the April video is not in March");
  }

  @Test
  @DisplayName("MEASURE-2 boundary: a period with no posts — per-post average divides by zero, total has no data")
  void periodWithoutPosts() {
    OuttakesResult feb = OuttakesMeasure.of(Fixtures.march(), MeasurementPeriod.month(YearMonth.of(2026, 2)));
    assertEquals(0, feb.contentCount());
    assertEquals(not(NotMeasurableReason.DIVISION_BY_ZERO, "posts"), feb.perContent());
    assertEquals(not(NotMeasurableReason.NO_DATA_IN_PERIOD, "posts"), feb.total());
    assertEquals(not(NotMeasurableReason.NO_DATA_IN_PERIOD, "posts"), feb.likes());
  }

  @Test
  @DisplayName("MEASURE-3 Outcome: 40% -> 75% (+35 points) and 50% -> 60%; pooled 45/100 -> 66/100 = +21 points")
  void outcome() {
    OutcomeResult o = OutcomeMeasure.of(Fixtures.march(), MARCH);
    assertEquals(2, o.surveys().size());
    SurveyChange first = o.surveys().get(0);
    assertEquals("Tahu jadwal vaksinasi", first.title());
    assertEquals(value(2, 5), first.before());
    assertEquals(value(3, 4), first.after());
    assertEquals(value(7, 20), first.change());
    assertEquals(value(9, 20), o.pooledBefore());
    assertEquals(value(33, 50), o.pooledAfter());
    assertEquals(value(21, 100), o.change());
    assertEquals("21.00", o.change().value().get().toPercent().toPlainString());
  }

  @Test
  @DisplayName("MEASURE-3 boundary: no baseline survey, no respondents, no survey in the period")
  void outcomeNotMeasurable() {
    MonitoringRecord noBaseline = awarenessSurvey(SurveyResult.builder());
    assertEquals(not(NotMeasurableReason.MISSING_BASELINE, "Tahu program"),
        OutcomeMeasure.of(noBaseline, MARCH).change());
    MonitoringRecord nobody = awarenessSurvey(SurveyResult.builder().before(SurveyRound.of(0, 0, mar(1))));
    assertEquals(not(NotMeasurableReason.DIVISION_BY_ZERO, "respondents"), OutcomeMeasure.of(nobody, MARCH).change());
    assertEquals(not(NotMeasurableReason.NO_DATA_IN_PERIOD, "surveys"),
        OutcomeMeasure.of(Fixtures.march(), MARCH.next()).change());
  }

  /** @return the KIM's record with the awareness survey "Tahu program", 40 asked and 30 aware on 28 March */
  private static MonitoringRecord awarenessSurvey(SurveyResult.Builder survey) {
    return MonitoringRecord.builder().kim(Fixtures.KIM).addSurveys(survey.title("Tahu program")
        .kind(OutcomeKind.AWARENESS).after(SurveyRound.of(40, 30, mar(28))).build()).build();
  }

  @Test
  @DisplayName(
      "Growth between two periods: visitors 1200 in March against 1500 in April = +300, rate 1/4; from 0 not "
          + "measurable")
  void growthBetweenPeriods() {
    Growth g = Growth.between(MARCH, value(1200), MARCH.next(), value(1500));
    assertEquals(value(300), g.change());
    assertEquals(value(1, 4), g.rate());
    assertEquals(NotMeasurableReason.DIVISION_BY_ZERO,
        Growth.between(MARCH, value(0), MARCH.next(), value(5)).rate().whyNot().get().reason());
    assertEquals(NotMeasurableReason.NO_DATA_IN_PERIOD, Growth.between(MARCH,
        not(NotMeasurableReason.NO_DATA_IN_PERIOD, "x"), MARCH.next(), value(5)).change().whyNot().get().reason());
  }

  @Test
  @DisplayName("MEASURE-1..3: a null argument is a programming error naming the parameter")
  void nullArguments() {
    var period = Assertions.assertThrows(MissingValueException.class, () -> OuttakesMeasure.of(Fixtures.march(), null));
    Assertions.assertTrue(period.getMessage().startsWith("'period' must not be null"), period.getMessage());
    var output = Assertions.assertThrows(MissingValueException.class, () -> OutputMeasure.of(null, MARCH));
    Assertions.assertTrue(output.getMessage().startsWith("'record' must not be null"), output.getMessage());
    var outcome = Assertions.assertThrows(MissingValueException.class, () -> OutcomeMeasure.of(null, MARCH));
    Assertions.assertTrue(outcome.getMessage().startsWith("'record' must not be null"), outcome.getMessage());
  }
}
