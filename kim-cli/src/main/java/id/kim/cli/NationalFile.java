package id.kim.cli;

import id.kim.report.data.Inputs;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The national table of the report. */
final class NationalFile implements FurtherFiles {
  @Option(names = "--national", paramLabel = "FILE", description = "KIM recorded with the Ministry per province (CSV).")
  Path national;

  @Override
  public void apply(Inputs.Builder b, Optional<Inputs> sample) {
    b.national(FurtherFiles.file(national, sample, Inputs::national));
  }
}
