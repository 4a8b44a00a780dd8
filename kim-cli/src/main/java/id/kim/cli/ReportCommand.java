package id.kim.cli;

import id.kim.report.data.Dataset;
import id.kim.report.pipeline.ReportBuilder;
import id.kim.report.pipeline.RuleFamilies;
import id.kim.report.EligibilityRow;
import id.kim.report.EvaluationRow;
import id.kim.report.NotMappedRow;
import id.kim.report.ReportModel;
import id.kim.report.html.HtmlReport;
import id.kim.rules.evaluation.ContinuationPolicy;
import id.kim.rules.evaluation.MeasurementPeriod;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code kim report}: the whole pipeline into one self-contained HTML page. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = {"Run the whole pipeline and write one self-contained HTML report (no external resources): "
        + "Tabel 3.1 import; the mapping (the Tabel 3.3 grid with every KIM that entered the mapping placed and a "
        + "printed legend, the KIM not mapped with the reason, the REPORT-1 matrix, policies, issues); eligibility "
        + "with reasons; termination reviews with the lifecycle; the evaluation of dissemination (a recommendation "
        + "for partners only) with Output, Outtakes and Outcome charts; the national context; an appendix of the "
        + "details. Prints on A4.",
        "With no data options it reports on the bundled sample."})
final class ReportCommand extends KimSubcommand {
  @Mixin
  DataOptions data = new DataOptions();

  @Mixin
  MappingFiles mapping = new MappingFiles();

  @Mixin
  MonitoringFiles monitoring = new MonitoringFiles();

  @Mixin
  NationalFile national = new NationalFile();

  @Option(names = "--out", paramLabel = "FILE", description = "Where to write the page (default: ${DEFAULT-VALUE}).")
  Path out = Path.of("kim-report.html");

  @Override
  int run() throws IOException {
    LocalDate asOf = data.asOf(lang());
    Dataset d = data.load(lang(), mapping, monitoring, national);
    DecidingDinas.require(d.dinas(), lang());
    MeasurementPeriod period = monitoring.period(asOf);
    ContinuationPolicy policy = monitoring.policy(lang());
    ReportModel model = ReportBuilder.build(d, RuleFamilies.available(), asOf, period, policy, lang());
    try (Writer w = OutputOptions.create(out)) {
      HtmlReport.write(model, w);
    } catch (IOException e) {
      throw CliFailure.badInput(Texts.get(lang(), "cli.cannotWrite", out));
    }
    model.importSummary().ifPresent(s -> out().println(Texts.get(lang(), "cli.report.import", s)));
    Map<String, Integer> verdicts = new TreeMap<>();
    for (EligibilityRow r : model.eligibility()) {
      r.partnershipLabel().ifPresent(v -> verdicts.merge(v, 1, Integer::sum));
    }
    out().println(Texts.get(lang(), "cli.report.eligibility", model.eligibility().size(), asOf,
        verdicts.entrySet().stream().map(v -> v.getKey() + " " + v.getValue()).collect(Collectors.joining(", "))));
    if (!model.grid().isEmpty()) {
      out().println(Texts.get(lang(), "cli.report.mapping", model.grid().size(), model.grid().stream()
          .filter(p -> p.inMatrix()).count(),
          model.grid().stream().filter(p -> !p.exactMatch()).count()));
    }
    if (!model.notMapped().isEmpty()) {
      out().println(Texts.get(lang(), "cli.report.notMapped", model.notMapped().size(), model.notMapped().stream()
          .map(NotMappedRow::number).map(String::valueOf).collect(Collectors.joining(", "))));
    }
    out().println(Texts.get(lang(), "cli.report.reviews", model.reviews().stream().filter(r -> !r.indicated()
        .isEmpty()).count(),
        model.reviews().stream().filter(r -> r.status().filter("UNDER_REVIEW"::equals).isPresent()).count()));
    model.evaluationPeriod().ifPresent(p -> out().println(Texts.get(lang(), "cli.report.evaluation", p,
        model.evaluations().stream().filter(e -> e.partner() && e.recommendation().equals("CONTINUE")).count(),
        model.evaluations().stream().filter(EvaluationRow::partner).count())));
    out().println(Texts.get(lang(), "cli.report.written", out.toAbsolutePath().normalize()));
    return ExitCode.OK;
  }
}
