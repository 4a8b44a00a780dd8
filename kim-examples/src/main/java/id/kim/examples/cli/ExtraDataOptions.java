package id.kim.examples.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The further files of the commands that map, evaluate dissemination or report. */
final class ExtraDataOptions {
  /** True for the commands that use these files (with the sample they then come from the bundle). */
  final boolean wanted;

  @Option(names = "--grid", paramLabel = "FILE", description = "Interest, power and influence assessments (JSON).")
  Path grid;

  @Option(names = "--monitoring", paramLabel = "FILE", description = "Tabel 5.2 monitoring logs (JSON).")
  Path monitoring;

  @Option(names = "--social", paramLabel = "FILE", description = "Tabel 5.3 social-media accounts and posts (JSON).")
  Path social;

  @Option(names = "--surveys", paramLabel = "FILE", description = "Audience surveys (JSON).")
  Path surveys;

  @Option(names = "--national", paramLabel = "FILE", description = "Registered KIM per province (CSV).")
  Path national;

  ExtraDataOptions() {
    this(false);
  }

  ExtraDataOptions(boolean wanted) {
    this.wanted = wanted;
  }
}
