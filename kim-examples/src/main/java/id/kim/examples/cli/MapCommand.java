package id.kim.examples.cli;

import id.kim.examples.Texts;
import id.kim.examples.data.Dataset;
import id.kim.examples.pipeline.RuleFamilies;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code kim map}: the mapping report (pending the mapping family). */
@Command(name = "map", mixinStandardHelpOptions = true,
    description = {"PENDING (needs id.kim.rules.mapping): the mapping report (REPORT-1), each KIM's grid category "
        + "(GRID-1..4) and approach from the assessed interest, power and influence (--grid).",
        "Not in this build: needs the mapping rule family (id.kim.rules.mapping), not in this build; exits with 3 after checking the "
        + "input. `kim report` already draws the grid from the assessments."})
final class MapCommand extends KimSubcommand {
  @Mixin
  DataOptions data = new DataOptions();

  @Mixin
  ExtraDataOptions extra = new ExtraDataOptions(true);

  @Mixin
  OutputOptions output = new OutputOptions();

  @Override
  int run() {
    data.asOf(lang());
    Dataset d = data.load(lang(), extra);
    if (d.grid().isEmpty()) {
      throw CliFailure.badInput(Texts.get(lang(), "cli.map.noGrid"));
    }
    if (RuleFamilies.available().mapping().isEmpty()) {
      throw new CliFailure(ExitCode.UNAVAILABLE, Texts.get(lang(), "cli.unavailable", "id.kim.rules.mapping"));
    }
    throw new IllegalStateException("the mapping family is wired in RuleFamilies but not in MapCommand");
  }
}
