package id.kim.report.pipeline;

import id.kim.core.i18n.Lang;
import id.kim.core.validation.MissingValueException;
import id.kim.report.Texts;
import id.kim.report.data.Dataset;
import id.kim.report.data.Input;
import id.kim.report.ReportModel;
import id.kim.rules.evaluation.ContinuationPolicy;
import id.kim.rules.evaluation.MeasurementPeriod;
import id.kim.rules.mapping.MappingRejection;
import id.kim.rules.mapping.report.MappingReport;
import io.vavr.control.Either;
import java.time.LocalDate;

/**
 * The pipeline a Dinas runs, as one call: runs every rule family over a {@link Dataset} and builds the
 * {@link ReportModel} — the Tabel 3.1 import, eligibility (MAP-ENTRY-1..4, PARTNER-*, QUAL-*), the mapping of the KIM
 * that entered it (grid, matrix, issues; the others listed apart), termination reviews with the lifecycle, the
 * evaluation of dissemination (a recommendation for partners only), and the national context. Every KIM has one
 * number throughout ({@link KimNumbers}). A pure function of its arguments: no clock, no random, so the same
 * data give the same model.
 *
 * <pre>{@code
 * Dataset data = Dataset.load(Inputs.sample(), Lang.ID).getOrElseThrow(IllegalArgumentException::new);
 * ReportModel model = ReportBuilder.build(data, RuleFamilies.available(), Inputs.SAMPLE_AS_OF,
 *     ReportBuilder.defaultPeriod(Inputs.SAMPLE_AS_OF), ContinuationPolicy.standard(), Lang.ID);
 * HtmlReport.write(model, writer);
 * }</pre>
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
   * @throws MissingValueException if an argument is null, naming it
   */
  public static ReportModel build(Dataset data, RuleFamilies families, LocalDate asOf, MeasurementPeriod period,
      ContinuationPolicy policy, Lang lang) {
    MissingValueException.requireNonNull(data, "data");
    MissingValueException.requireNonNull(families, "families");
    MissingValueException.requireNonNull(asOf, "asOf");
    MissingValueException.requireNonNull(period, "period");
    MissingValueException.requireNonNull(policy, "policy");
    MissingValueException.requireNonNull(lang, "lang");
    RuleFamilies checking = families.checkingRegions(data.regions());
    KimNumbers numbers = KimNumbers.of(data);
    ReportModel.Builder b = ReportModel.builder().lang(lang).dinas(data.dinas().name()).asOf(asOf)
        .sources(data.sources().stream().map(s -> source(s, lang)).toList())
        .kims(numbers.entries());
    data.profileImport().ifPresent(i -> {
      b.importSummary(i.summary().describe(lang));
      i.errors().forEach(e -> b.addImportErrors(e.describe(lang).split("\n")));
    });
    MappingEntry entry = MappingEntry.of(data, checking.eligibility(), asOf);
    EligibilityRows.fill(b, data, numbers, entry, checking.eligibility(), asOf, lang);
    if (data.hasMappingInput()) {
      Either<MappingRejection, MappingReport> mapping = MappingRun.of(data, entry, checking, asOf);
      mapping.peek(report -> GridView.fill(b, report, numbers, lang))
          .peekLeft(r -> b.gridNote(Texts.get(lang, "report.grid.refused", r.explain(lang))));
    } else {
      b.gridNote(Texts.get(lang, "report.grid.noInput"));
    }
    ReviewRows.fill(b, data, numbers, checking, asOf, lang);
    if (data.monitoring().isPresent()) {
      DisseminationView.fill(b, MonitoringRun.of(data, data.records()), Partners.of(data, asOf), numbers, period,
          policy,
          checking, asOf, lang);
    } else {
      b.chartsNote(Texts.get(lang, "report.charts.noInput"));
    }
    data.national().ifPresent(n -> NationalView.fill(b, n, lang));
    return b.build();
  }

  /** @return the name of an input as the report shows it: a bundled file by its short path, said to be the sample */
  private static String source(String name, Lang lang) {
    if (!name.startsWith(Input.BUNDLED)) {
      return name;
    }
    String path = name.substring(Input.BUNDLED.length());
    int sample = path.lastIndexOf("/sample/");
    return Texts.get(lang, "report.source.bundled", sample < 0 ? path : path.substring(sample + "/sample/".length()));
  }

  /**
   * @param asOf the as-of date
   * @return the last whole calendar year before it — the default period of the evaluation
   */
  public static MeasurementPeriod defaultPeriod(LocalDate asOf) {
    return MeasurementPeriod.year(asOf.getYear() - 1);
  }
}
