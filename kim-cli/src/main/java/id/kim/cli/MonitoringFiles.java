package id.kim.cli;

import id.kim.core.i18n.Lang;
import id.kim.report.data.Inputs;
import id.kim.report.pipeline.ReportBuilder;
import id.kim.rules.evaluation.ContinuationPolicy;
import id.kim.rules.evaluation.MeasurementPeriod;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The monitoring of dissemination (juknis V) and how to evaluate it. */
final class MonitoringFiles implements FurtherFiles {
  @Option(names = "--monitoring", paramLabel = "FILE",
      description = "A year of monitoring, one record per KIM (JSON array of MonitoringRecord: Tabel 5.2, "
          + "Tabel 5.3, follower counts, tallies, surveys).")
  Path monitoring;

  @Option(names = "--period", paramLabel = "PERIOD", converter = Converters.Period.class,
      description = "The period evaluated: YYYY, YYYY-MM, YYYY-Www (ISO week) or YYYY-MM-DD..YYYY-MM-DD; "
          + "default the calendar year before the as-of date.")
  MeasurementPeriod period;

  @Option(names = "--continuation-policy", paramLabel = "FILE",
      description = "The Dinas' thresholds (JSON ContinuationPolicy, GAP-44); default the SDK's standard: one "
          + "activity per period.")
  Path policy;

  /** @return the period asked for, or the calendar year before the as-of date */
  MeasurementPeriod period(LocalDate asOf) {
    return period != null ? period : ReportBuilder.defaultPeriod(asOf);
  }

  /** @return the Dinas' policy read from its file, or the SDK's standard (GAP-44) */
  ContinuationPolicy policy(Lang lang) {
    return policy == null ? ContinuationPolicy.standard() : JsonFiles.read(policy, ContinuationPolicy.class, lang);
  }

  @Override
  public void apply(Inputs.Builder b, Optional<Inputs> sample) {
    b.monitoring(FurtherFiles.file(monitoring, sample, Inputs::monitoring));
  }
}
