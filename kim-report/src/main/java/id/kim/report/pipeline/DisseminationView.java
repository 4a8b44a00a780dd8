package id.kim.report.pipeline;

import id.kim.core.community.KimRef;
import id.kim.core.i18n.Lang;
import id.kim.core.monitoring.MonitoringRecord;
import id.kim.report.BarChart;
import id.kim.report.EvaluationRow;
import id.kim.report.Numbers;
import id.kim.report.Reason;
import id.kim.report.ReportModel;
import id.kim.report.Texts;
import id.kim.rules.evaluation.CollaborationEvaluation;
import id.kim.rules.evaluation.ContinuationPolicy;
import id.kim.rules.evaluation.Measurement;
import id.kim.rules.evaluation.MeasurementPeriod;
import id.kim.rules.explain.Outcome;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Turns the evaluation of dissemination into the report's views (juknis V): per KIM the recommendation
 * on continuing the collaboration with its reasons (MONITOR-PURPOSE) and the three measures of Tabel
 * 5.1 for the period — a measure that is not measurable says why in its own column, the reasons list
 * the requirements and warnings; charts of Output, Outtakes and Outcome per KIM over the period, and of Output and
 * Outtakes per month summed over the KIM whose value is measurable — a KIM without a value adds
 * nothing and is named (by its number) in the caption, never counted as 0. The recommendation is given to
 * partners only (a KIM holding a partnership period on the as-of date); for another KIM none applies.
 */
final class DisseminationView {
  private DisseminationView() {}

  static void fill(ReportModel.Builder b, List<MonitoringRecord> records, Set<KimRef> partners, KimNumbers numbers,
      MeasurementPeriod period, ContinuationPolicy policy, RuleFamilies families, LocalDate asOf, Lang lang) {
    b.evaluationPeriod(period.label()).evaluationPolicy(policy.name());
    List<CollaborationEvaluation> year = new ArrayList<>();
    for (MonitoringRecord r : records.stream().sorted(Comparator.comparingInt(m -> numbers.of(m.kim()))).toList()) {
      CollaborationEvaluation e = families.evaluation().evaluate(r, period, policy, asOf);
      year.add(e);
      b.addEvaluations(row(e, numbers.of(e.kim()), partners.contains(e.kim()), asOf, lang));
    }
    b.addCharts(perKim(year, numbers, "output", e -> e.output().followerGrowth(), lang, period));
    b.addCharts(perKim(year, numbers, "outtakes", e -> e.outtakes().total(), lang, period));
    b.addCharts(outcome(year, numbers, lang, period));
    b.addCharts(perMonth(records, "output", e -> e.output().followerGrowth(), policy, families, asOf, lang, period));
    b.addCharts(perMonth(records, "outtakes", e -> e.outtakes().total(), policy, families, asOf, lang, period));
  }

  /**
   * @return the KIM's row: for a partner the recommendation and the requirements behind it; for any other KIM
   *     the measures only, and why no recommendation applies (MONITOR-PURPOSE: the collaboration of a partner)
   */
  private static EvaluationRow row(CollaborationEvaluation e, int number, boolean partner, LocalDate asOf, Lang lang) {
    EvaluationRow.Builder row = EvaluationRow.builder().number(number).kim(e.kim().name()).partner(partner)
        .output(measure(e.output().followerGrowth(), lang)).outtakes(measure(e.outtakes().total(), lang))
        .outcome(points(e.outcome().change(), lang));
    if (!partner) {
      return row.recommendation(EvaluationRow.NOT_APPLICABLE).recommendationLabel(Texts.get(lang,
          "report.recommendation.none"))
          .addReasons(Reason.builder().ruleId("MONITOR-PURPOSE").outcome(EvaluationRow.NOT_APPLICABLE)
              .outcomeLabel(Texts.get(lang, "report.recommendation.none"))
              .message(Texts.get(lang, "report.recommendation.notPartner", asOf)).build())
          .build();
    }
    row.recommendation(e.recommendation().name()).recommendationLabel(e.recommendation().label(lang));
    // an unknown MEASURE-1..3 already reads "tidak terukur" with its reason in its column; it is
    // not repeated here
    e.findings()
        .filter(
            f ->
                f.outcome() == Outcome.NOT_SATISFIED
                    || (f.outcome() == Outcome.UNKNOWN
                        && !f.ruleId().value().startsWith("MEASURE-")))
        .forEach(f -> row.addReasons(Reasons.brief(f, lang)));
    return row.build();
  }

  /** @return the value in the reader's number format, or why it is not measurable (never 0) */
  static String measure(Measurement m, Lang lang) {
    return m.value().map(v -> Numbers.decimal(v.toDecimal(4).doubleValue(), 2, lang))
        .getOrElse(() -> m.whyNot().get().reason().label(lang));
  }

  /** @return a change of proportions in percentage points, e.g. "+21,0 poin", or why it is not measurable */
  static String points(Measurement change, Lang lang) {
    return change.value().map(v -> Numbers.signed(v.toDecimal(4).doubleValue() * 100, 1, lang) + " "
        + Texts.get(lang, "report.unit.points")).getOrElse(() -> change.whyNot().get().reason().label(lang));
  }

  private static BarChart perKim(List<CollaborationEvaluation> evaluations, KimNumbers numbers, String key,
      Function<CollaborationEvaluation, Measurement> measure, Lang lang, MeasurementPeriod period) {
    BarChart.Builder chart = chart(key + ".kim", lang, period).categoryAxis(Texts.get(lang,
        "report.axis.kim"));
    Map<String, List<String>> missing = new TreeMap<>();
    for (CollaborationEvaluation e : evaluations) {
      Measurement m = measure.apply(e);
      if (m.isMeasurable()) {
        chart.addBars(BarChart.Bar.of(String.valueOf(numbers.of(e.kim())), e.kim().name(), value(m)));
      } else {
        missing.computeIfAbsent(m.whyNot().get().reason().label(lang), r -> new ArrayList<>())
            .add(String.valueOf(numbers.of(e.kim())));
      }
    }
    return chart.caption(caption(key + ".kim", missing, lang)).build();
  }

  private static BarChart outcome(List<CollaborationEvaluation> evaluations, KimNumbers numbers, Lang lang,
      MeasurementPeriod period) {
    BarChart.Builder chart = BarChart.builder().categoryAxis(Texts.get(lang, "report.axis.kim"))
        .title(Texts.get(lang, "report.chart.outcome.kim.title", period.label()))
        .unit(Texts.get(lang, "report.chart.outcome.kim.unit"))
        .addSeries(Texts.get(lang, "report.chart.before"), Texts.get(lang, "report.chart.after"));
    Map<String, List<String>> missing = new TreeMap<>();
    for (CollaborationEvaluation e : evaluations) {
      Measurement before = e.outcome().pooledBefore();
      Measurement after = e.outcome().pooledAfter();
      if (before.isMeasurable() && after.isMeasurable()) {
        chart.addBars(BarChart.Bar.of(String.valueOf(numbers.of(e.kim())), e.kim().name(), value(before) * 100,
            value(after) * 100));
      } else {
        missing.computeIfAbsent(e.outcome().change().whyNot().get().reason().label(lang), r -> new ArrayList<>())
            .add(String.valueOf(numbers.of(e.kim())));
      }
    }
    return chart.caption(caption("outcome.kim", missing, lang)).build();
  }

  private static BarChart perMonth(List<MonitoringRecord> records, String key,
      Function<CollaborationEvaluation, Measurement> measure, ContinuationPolicy policy,
          RuleFamilies families,
      LocalDate asOf, Lang lang, MeasurementPeriod period) {
    BarChart.Builder chart = chart(key + ".month", lang, period).categoryAxis(Texts.get(lang, "report.axis.month"));
    for (YearMonth month = YearMonth.from(period.start()); !month.atDay(1)
        .isAfter(period.end()); month = month.plusMonths(1)) {
      double sum = 0;
      for (MonitoringRecord r : records) {
        Measurement m = measure.apply(families.evaluation().evaluate(r, MeasurementPeriod.month(month), policy, asOf));
        sum += m.isMeasurable() ? value(m) : 0;
      }
      chart.addBars(BarChart.Bar.of(month.getMonth().getDisplayName(TextStyle.SHORT, lang.locale()), sum));
    }
    return chart.caption(Texts.get(lang, "report.chart." + key + ".month.caption")).build();
  }

  private static BarChart.Builder chart(String key, Lang lang, MeasurementPeriod period) {
    return BarChart.builder().title(Texts.get(lang, "report.chart." + key + ".title", period.label()))
        .unit(Texts.get(lang, "report.chart." + key + ".unit")).addSeries(Texts.get(lang, "report.chart." + key
            + ".unit"));
  }

  /** @return the caption, then the KIM without a value grouped by the reason */
  private static String caption(String key, Map<String, List<String>> missing, Lang lang) {
    String caption = Texts.get(lang, "report.chart." + key + ".caption");
    if (missing.isEmpty()) {
      return caption;
    }
    StringBuilder why = new StringBuilder();
    missing.forEach((reason, kims) -> why.append(why.length() == 0 ? "" : "; ").append(reason).append(": ")
        .append(String.join(", ", kims)));
    return caption + " " + Texts.get(lang, "report.chart.notMeasurable", why);
  }

  private static double value(Measurement m) {
    return m.value().get().toDecimal(4).doubleValue();
  }
}
