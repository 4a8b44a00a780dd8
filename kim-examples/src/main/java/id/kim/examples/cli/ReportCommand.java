package id.kim.examples.cli;

import id.kim.examples.Texts;
import id.kim.examples.data.Dataset;
import id.kim.examples.pipeline.ReportBuilder;
import id.kim.examples.pipeline.RuleFamilies;
import id.kim.examples.report.EligibilityRow;
import id.kim.examples.report.HtmlReport;
import id.kim.examples.report.ReportModel;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code kim report}: the whole pipeline into one self-contained HTML page. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = {"Run the whole pipeline and write one self-contained HTML report (no external resources): Tabel 3.1 "
        + "import, eligibility table with reasons, the interest x power/influence grid (Tabel 3.3) with every KIM placed, "
        + "dissemination charts, termination reviews and the national context.",
        "With no data options it reports on the bundled sample."})
final class ReportCommand extends KimSubcommand {
  @Mixin
  DataOptions data = new DataOptions();

  @Mixin
  ExtraDataOptions extra = new ExtraDataOptions(true);

  @Option(names = "--out", paramLabel = "FILE", description = "Where to write the page (default: ${DEFAULT-VALUE}).")
  Path out = Path.of("kim-report.html");

  @Override
  int run() throws IOException {
    LocalDate asOf = data.asOf(lang());
    Dataset d = data.load(lang(), extra);
    ReportModel model = ReportBuilder.build(d, RuleFamilies.available(), asOf, lang()).getOrElseThrow(CliFailure::badInput);
    Path parent = out.toAbsolutePath().getParent();
    try {
      if (parent != null) {
        Files.createDirectories(parent);
      }
      try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
        HtmlReport.write(model, w);
      }
    } catch (IOException e) {
      throw CliFailure.badInput(Texts.get(lang(), "cli.cannotWrite", out));
    }
    model.importSummary().ifPresent(s -> out().println(Texts.get(lang(), "cli.report.import", s)));
    Map<String, Integer> verdicts = new TreeMap<>();
    for (EligibilityRow r : model.eligibility()) {
      r.partnershipLabel().ifPresent(v -> verdicts.merge(v, 1, Integer::sum));
    }
    out().println(Texts.get(lang(), "cli.report.eligibility", model.eligibility().size(), asOf, verdicts.toString()));
    out().println(Texts.get(lang(), "cli.report.reviews", model.reviews().stream().filter(r -> !r.indicated().isEmpty()).count()));
    out().println(Texts.get(lang(), "cli.report.written", out.toAbsolutePath().normalize()));
    return ExitCode.OK;
  }
}
