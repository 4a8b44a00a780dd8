package id.kim.report.pipeline;

import id.kim.core.i18n.Lang;
import id.kim.report.Texts;
import id.kim.report.data.Dataset;
import id.kim.report.ReportModel;
import id.kim.rules.evaluation.ContinuationPolicy;
import id.kim.rules.evaluation.MeasurementPeriod;
import id.kim.rules.mapping.MappingRejection;
import id.kim.rules.mapping.report.MappingReport;
import io.vavr.control.Either;
import java.time.LocalDate;

/**
 * Runs every rule family over a {@link Dataset} and builds the {@link ReportModel}: import, eligibility,
 * the mapping (grid, matrix, issues), termination reviews with the lifecycle, the evaluation of
 * dissemination, and the national context.
 */
public final class ReportBuilder {
  private ReportBuilder() {}

  /**
   * @param data the inputs, read
   * @param families the rule families
   * @param asOf the date everything is judged as of
   * @param period the period the dissemination is evaluated over
   * @param policy the continuation policy
   * @param lang the report's language
   * @return the model
   */
  public static ReportModel build(Dataset data, RuleFamilies families, LocalDate asOf, MeasurementPeriod period,
      ContinuationPolicy policy, Lang lang) {
    ReportModel.Builder b = ReportModel.builder().lang(lang).dinas(data.dinas().name()).asOf(asOf).sources(data.sources());
    data.profileImport().ifPresent(i -> {
      b.importSummary(i.summary().describe(lang));
      i.errors().forEach(e -> b.addImportErrors(e.describe(lang).split("\n")));
    });
    EligibilityRows.fill(b, data, families.eligibility(), asOf, lang);
    if (data.hasMappingInput()) {
      Either<MappingRejection, MappingReport> mapping = MappingRun.of(data, families, asOf);
      mapping.peek(report -> GridView.fill(b, report, lang))
          .peekLeft(r -> b.gridNote(Texts.get(lang, "report.grid.refused", r.explain(lang))));
    } else {
      b.gridNote(Texts.get(lang, "report.grid.noInput"));
    }
    ReviewRows.fill(b, data, families, asOf, lang);
    if (data.monitoring().isPresent()) {
      DisseminationView.fill(b, MonitoringRun.of(data, data.records()), period, policy, families, asOf, lang);
    } else {
      b.chartsNote(Texts.get(lang, "report.charts.noInput"));
    }
    data.national().ifPresent(n -> NationalView.fill(b, n, lang));
    return b.build();
  }

  /**
   * @param asOf the as-of date
   * @return the last whole calendar year before it — the default period of the evaluation
   */
  public static MeasurementPeriod defaultPeriod(LocalDate asOf) {
    return MeasurementPeriod.year(asOf.getYear() - 1);
  }
}
