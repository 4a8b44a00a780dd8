package id.kim.cli;

import id.kim.core.community.KimRef;
import id.kim.core.monitoring.MonitoringRecord;
import id.kim.json.JsonStreamWriter;
import id.kim.report.data.Dataset;
import id.kim.report.pipeline.MonitoringRun;
import id.kim.report.pipeline.PartnerAdvice;
import id.kim.report.pipeline.Partners;
import id.kim.report.pipeline.RuleFamilies;
import id.kim.rules.evaluation.CollaborationEvaluation;
import id.kim.rules.evaluation.ContinuationPolicy;
import id.kim.rules.evaluation.MeasurementPeriod;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code kim evaluate-dissemination}: Output, Outtakes and Outcome per KIM (evaluasi diseminasi) and, for a
 * partner (a KIM holding a partnership period on the as-of day, PROFILE-r), whether to continue the
 * collaboration (MONITOR-PURPOSE); any other KIM gets the measures and why no recommendation applies
 * ({@link PartnerAdvice}).
 */
@Command(name = "evaluate-dissemination", mixinStandardHelpOptions = true,
    description = {"Evaluate the dissemination through each KIM over a period (juknis V): Output (MEASURE-1: "
        + "follower growth, visitors, attendance, views), Outtakes (MEASURE-2: likes, comments, shares, discussion), "
        + "Outcome (MEASURE-3: survey change), from a year of monitoring (--monitoring: Tabel 5.2 log, Tabel 5.3 rows "
        + "per platform, follower counts, tallies, surveys); then, for a partner (a KIM holding a partnership "
        + "period on the as-of date, PROFILE-r), whether to continue the collaboration (MONITOR-PURPOSE) under "
        + "the Dinas' policy (GAP-44); any other KIM gets its measures and why no recommendation applies.",
        "A measure without data is 'not measurable' with its reason, never 0."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:done (a collaboration to review is an answer)", "2:bad input or usage", "3:internal error"},
    footerHeading = "%nExamples:%n",
    footer = {"  kim evaluate-dissemination --kim 'KIM Sinar Pagi' --format text",
        "  kim evaluate-dissemination --period 2025-03 --out march.json"})
final class DisseminationCommand extends KimSubcommand {
  @Mixin
  Selection kim = new Selection();

  @Mixin
  DataOptions data = new DataOptions();

  @Mixin
  MonitoringFiles monitoring = new MonitoringFiles();

  @Mixin
  OutputOptions output = new OutputOptions();

  @Mixin
  ProgressOption progress = new ProgressOption();

  @Override
  int run() throws IOException {
    LocalDate asOf = data.asOf(lang());
    Dataset d = data.load(lang(), monitoring);
    if (d.monitoring().isEmpty()) {
      throw CliFailure.badInput(Texts.get(lang(), "cli.dissemination.noInput"));
    }
    MeasurementPeriod period = monitoring.period(asOf);
    ContinuationPolicy policy = monitoring.policy(lang());
    List<MonitoringRecord> selected = MonitoringRun.of(d, kim.of(d.records(), lang()));
    Set<KimRef> partners = Partners.of(d, asOf);
    try (Writer w = output.open(out(), lang());
        Progress shown = progress(progress, "cli.progress.dissemination", selected.size())) {
      if (output.format == OutputOptions.Format.text) {
        PrintWriter p = new PrintWriter(w);
        for (MonitoringRecord r : selected) {
          p.println(advice(r, period, policy, partners, asOf).explain(lang()));
          shown.step();
        }
        p.flush();
        return ExitCode.OK;
      }
      try (JsonStreamWriter j = json(w)) {
        j.startObject().field("dinas", d.dinas().name()).field("asOf", asOf.toString()).value("period", period)
            .value("policy", policy).startArray("evaluations");
        for (MonitoringRecord r : selected) {
          j.element(advice(r, period, policy, partners, asOf).toJson(lang()));
          shown.step();
        }
        j.endArray().endObject();
      }
    }
    return ExitCode.OK;
  }

  private static PartnerAdvice advice(MonitoringRecord r, MeasurementPeriod period, ContinuationPolicy policy,
      Set<KimRef> partners, LocalDate asOf) {
    CollaborationEvaluation e = RuleFamilies.available().evaluation().evaluate(r, period, policy, asOf);
    return PartnerAdvice.of(e, partners.contains(e.kim()));
  }
}
