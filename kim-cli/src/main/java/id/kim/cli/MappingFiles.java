package id.kim.cli;

import id.kim.report.data.Inputs;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The mapping's inputs besides the profiles (juknis chapter III); JSON of the contract, {@code docs/json.md}. */
final class MappingFiles implements FurtherFiles {
  @Option(names = "--grid", paramLabel = "FILE",
      description = "Assessments of interest, power and influence (JSON array of GridAssessment, GRID-VAR).")
  Path grid;

  @Option(names = "--issues", paramLabel = "FILE",
      description = "Public issues of Tabel 3.2 (JSON array of PublicIssue).")
  Path issues;

  @Option(names = "--decisions", paramLabel = "FILE",
      description = "Category decisions for mixed cases under the MANUAL policy (JSON array of "
          + "CategoryDecision, GAP-14).")
  Path decisions;

  @Option(names = "--mapping-policy", paramLabel = "FILE",
      description = "Thresholds, interest, mixed cases, priority and report scope (JSON MappingPolicy); "
          + "default the SDK's standard.")
  Path policy;

  @Override
  public void apply(Inputs.Builder b, Optional<Inputs> sample) {
    b.grid(FurtherFiles.file(grid, sample, Inputs::grid)).issues(FurtherFiles.file(issues, sample, Inputs::issues))
        .decisions(FurtherFiles.file(decisions, sample, Inputs::decisions))
        .mappingPolicy(FurtherFiles.file(policy, sample, Inputs::mappingPolicy));
  }
}
