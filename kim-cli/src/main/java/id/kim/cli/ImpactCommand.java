package id.kim.cli;

import id.kim.cli.ImpactText.Render;
import id.kim.json.JsonStreamWriter;
import id.kim.report.data.Dataset;
import id.kim.report.html.ImpactReport;
import id.kim.rules.impact.Impact;
import id.kim.rules.impact.ImpactQuestion;
import id.kim.rules.impact.ImpactSummary;
import id.kim.rules.impact.Variant;
import id.kim.server.api.ImpactAnswer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code kim impact}: what a variant of the rules would do to the register, before it is made. */
@Command(name = "impact", mixinStandardHelpOptions = true,
    description = {"Compare every KIM's eligibility under the juknis and under a variant of the rules (a JSON "
        + "`Variant`: other policies where the juknis is silent, RULES.md GAP-03/04/08, QUAL-ORDER …, all PROPOSED; "
        + "rules removed): how many KIM go from each verdict to each verdict, overall, by province and by "
        + "regency/city, the rules that flip them, and the KIM that change.",
        "Nothing is decided: the answer shows what the variant would change."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:done", "2:bad input or usage (an unknown policy, value or rule in the variant, named by its "
        + "JSONPath)", "3:internal error"},
    footerHeading = "%nExamples:%n",
    footer = {"  kim impact --variant asn-anggota.json --format text",
        "  kim impact --variant asn-anggota.json --report impact.html --out impact.json",
        "  kim impact --variant v.json --base current.json --question mapping_entry --dinas dinas.json \\",
        "      --records records.json --as-of 2026-01-15"})
final class ImpactCommand extends KimSubcommand {
  /** Which question to compare. */
  enum Question { partnership, mapping_entry }

  @Option(names = "--variant", paramLabel = "FILE", required = true,
      description = "The variant (JSON `Variant`, docs/json.md).")
  Path variant;

  @Option(names = "--base", paramLabel = "FILE",
      description = "The rules compared against (JSON `Variant`); default the juknis as the SDK reads it.")
  Path base;

  @Option(names = "--question", paramLabel = "partnership|mapping_entry",
      description = "Which decision to compare (default: ${DEFAULT-VALUE}).")
  Question question = Question.partnership;

  @Option(names = "--report", paramLabel = "FILE",
      description = "Also write the impact as a self-contained HTML page (transition table, bars by province, "
          + "the KIM that change).")
  Path report;

  @Mixin
  DataOptions data = new DataOptions();

  @Mixin
  OutputOptions output = new OutputOptions();

  @Override
  int run() throws IOException {
    Variant v = JsonFiles.read(variant, Variant.class, lang());
    Variant b = base == null ? Variant.baseline() : JsonFiles.read(base, Variant.class, lang());
    LocalDate asOf = data.asOf(lang());
    Dataset d = data.load(lang());
    DecidingDinas.require(d.dinas(), lang());
    ImpactQuestion q = question == Question.partnership ? ImpactQuestion.PARTNERSHIP : ImpactQuestion.MAPPING_ENTRY;
    ImpactSummary s = Impact.of(b, v, q).measure(d.records().stream(), d.dinas(), asOf);
    try (Writer w = output.open(out(), lang())) {
      if (output.format == OutputOptions.Format.text) {
        PrintWriter p = new PrintWriter(w);
        p.print(new Render(s, v, lang()).text());
        p.flush();
      } else {
        try (JsonStreamWriter j = json(w)) {
          ImpactAnswer.write(j, d.dinas().name(), v, s, lang());
        }
      }
    }
    if (report != null) {
      try (Writer w = OutputOptions.create(report)) {
        ImpactReport.write(s, v.description(), lang(), w);
      } catch (IOException e) {
        throw CliFailure.badInput(Texts.get(lang(), "cli.cannotWrite", report));
      }
      err().println(Texts.get(lang(), "cli.report.written", report.toAbsolutePath().normalize()));
    }
    return ExitCode.OK;
  }
}
