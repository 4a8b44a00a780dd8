package id.kim.json;

import static org.quicktheories.generators.SourceDSL.longs;

import id.kim.core.monitoring.MeasurementLevel;
import id.kim.core.monitoring.MonitoringRecord;
import id.kim.core.monitoring.OutcomeKind;
import id.kim.rules.evaluation.CollaborationEvaluation;
import id.kim.rules.evaluation.ContinuationEvaluator;
import id.kim.rules.evaluation.ContinuationPolicy;
import id.kim.rules.evaluation.Measurement;
import id.kim.rules.evaluation.MeasurementPeriod;
import id.kim.rules.evaluation.NotMeasurable;
import id.kim.rules.evaluation.NotMeasurableReason;
import id.kim.rules.evaluation.Ratio;
import id.kim.rules.evaluation.SurveyChange;
import id.kim.testkit.KimGens;
import io.vavr.collection.TreeSet;
import io.vavr.control.Option;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;
import org.quicktheories.impl.Constraint;

/**
 * Generators of the evaluation of dissemination (juknis V): a year of consistent monitoring of a KIM
 * from kim-testkit, evaluated by the SDK over a random week, month, year or span under a random policy
 * ({@code ContinuationEvaluator}); exact ratios, measurements and periods also arbitrary.
 */
final class EvaluationGens {
  static final Gen<Ratio> RATIO = longs().all().zip(longs().between(1, Long.MAX_VALUE),
      (n, d) -> Ratio.of(BigInteger.valueOf(n).multiply(BigInteger.TEN.pow(12)), BigInteger.valueOf(d)));
  static final Gen<NotMeasurable> NOT_MEASURABLE = in -> {
    NotMeasurableReason reason = Generate.enumValues(NotMeasurableReason.class).generate(in);
    return Gens.MAYBE_TEXT.generate(in).map(s -> NotMeasurable.of(reason, s)).orElseGet(() -> NotMeasurable.of(reason));
  };
  static final Gen<Measurement> MEASUREMENT = RATIO.map(Measurement::of)
      .mix(NOT_MEASURABLE.map(Measurement::notMeasurable), 40);
  static final Gen<MeasurementPeriod> PERIOD = EvaluationGens::period;
  static final Gen<ContinuationPolicy> POLICY = in -> ContinuationPolicy.builder().name(Gens.WORDS.generate(in))
      .minActivities(Option.ofOptional(longs().between(0, 20).toOptionals(50).generate(in)))
      .minFollowerGrowth(Option.ofOptional(longs().between(-50, 500).toOptionals(50).generate(in)))
      .minOuttakes(Option.ofOptional(longs().between(0, 500).toOptionals(50).generate(in)))
      .minOutcomeChange(Option.ofOptional(RATIO.toOptionals(30).generate(in)))
      .requiredLevels(TreeSet.ofAll(Gens.few(Generate.enumValues(MeasurementLevel.class)).generate(in)))
      .maxDaysWithoutActivity(Option.ofOptional(longs().between(1, 120).map(Long::intValue).toOptionals(40)
          .generate(in))).build();
  static final Gen<CollaborationEvaluation> EVALUATION = in -> {
    MonitoringRecord record = KimGens.monitoringRecord(KimGens.profile().generate(in), Year.of(2025)).generate(in);
    MeasurementPeriod period = in.next(Constraint.between(0, 3)) == 0 ? period(in)
        : MeasurementPeriod.month(YearMonth.of(2025, (int) in.next(Constraint.between(1, 12))));
    ContinuationPolicy policy = in.next(Constraint.between(0, 1)) == 0 ? ContinuationPolicy.standard()
        : POLICY.generate(in);
    return ContinuationEvaluator.evaluate(record, period, policy,
        period.end().plusDays(in.next(Constraint.between(-10, 40))));
  };
  static final Gen<SurveyChange> SURVEY_CHANGE = in -> SurveyChange.builder().title(Gens.WORDS.generate(in))
      .kind(Generate.enumValues(OutcomeKind.class).generate(in)).before(MEASUREMENT.generate(in))
      .after(MEASUREMENT.generate(in)).build();

  private EvaluationGens() {}

  private static MeasurementPeriod period(RandomnessSource in) {
    LocalDate day = LocalDate.of(2024, 1, 1).plusDays(in.next(Constraint.between(0, 900)));
    return switch ((int) in.next(Constraint.between(0, 3))) {
      case 0 -> MeasurementPeriod.weekOf(day);
      case 1 -> MeasurementPeriod.month(YearMonth.from(day));
      case 2 -> MeasurementPeriod.year(day.getYear());
      default -> MeasurementPeriod.custom(day, day.plusDays(in.next(Constraint.between(0, 120))));
    };
  }
}
