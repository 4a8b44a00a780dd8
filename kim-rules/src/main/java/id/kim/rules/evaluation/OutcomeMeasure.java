package id.kim.rules.evaluation;

import static id.kim.core.validation.MissingValueException.requireNonNull;

import id.kim.core.monitoring.MonitoringRecord;
import id.kim.core.monitoring.SurveyResult;
import id.kim.core.monitoring.SurveyRound;
import io.vavr.collection.List;
import java.util.Comparator;

/**
 * MEASURE-3 Outcome (Tabel 5.1) of one KIM over one period, from surveys whose follow-up round closed
 * in the period. Per survey: {@code p0 = positive0 / respondents0}, {@code p1 = positive1 /
 * respondents1}, change {@code p1 − p0}. Pooled over the period's surveys (PROPOSED, RULES.md GAP-44:
 * the juknis names surveys but no instrument): {@code P0 = Σ positive0 / Σ respondents0},
 * {@code P1 = Σ positive1 / Σ respondents1}, change {@code P1 − P0}. Not measurable: no survey in the
 * period; a survey without baseline round (missing baseline); no respondents (division by zero).
 */
public final class OutcomeMeasure {
  private static final Comparator<SurveyResult> ORDER = Comparator
      .comparing((SurveyResult s) -> s.after().conductedOn()).thenComparing(SurveyResult::title)
      .thenComparing(SurveyResult::toString);

  private OutcomeMeasure() {}

  /**
   * @param record the KIM's monitoring record
   * @param period the period
   * @return the Outcome measure
   */
  public static OutcomeResult of(MonitoringRecord record, MeasurementPeriod period) {
    requireNonNull(record, "record");
    requireNonNull(period, "period");
    List<SurveyResult> surveys = List.ofAll(record.surveys())
        .filter(s -> period.contains(s.after().conductedOn())).sorted(ORDER);
    Measurement before;
    Measurement after;
    if (surveys.isEmpty()) {
      before = Measurement.notMeasurable(NotMeasurable.of(NotMeasurableReason.NO_DATA_IN_PERIOD, "surveys"));
      after = before;
    } else {
      after = proportion(surveys.map(SurveyResult::after));
      before = surveys.find(s -> s.before().isEmpty())
          .map(s -> Measurement.notMeasurable(NotMeasurable.of(NotMeasurableReason.MISSING_BASELINE, s.title())))
          .getOrElse(() -> proportion(surveys.map(s -> s.before().get())));
    }
    return OutcomeResult.builder().period(period)
        .surveys(surveys.map(OutcomeMeasure::change)).pooledBefore(before).pooledAfter(after).build();
  }

  private static SurveyChange change(SurveyResult s) {
    Measurement before = s.before().map(b -> proportion(List.of(b)))
        .orElseGet(() -> Measurement.notMeasurable(NotMeasurable.of(NotMeasurableReason.MISSING_BASELINE, s.title())));
    return SurveyChange.builder().title(s.title()).kind(s.kind()).before(before)
        .after(proportion(List.of(s.after()))).build();
  }

  private static Measurement proportion(List<SurveyRound> rounds) {
    return Measurement.ratio(Sums.total(rounds.map(SurveyRound::positive)),
        Sums.total(rounds.map(SurveyRound::respondents)), "respondents");
  }

}
