package id.kim.examples.cli;

import id.kim.examples.Texts;
import id.kim.examples.data.Dataset;
import id.kim.examples.pipeline.RuleFamilies;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code kim evaluate-dissemination}: Output, Outtakes and Outcome (pending the evaluation family). */
@Command(name = "evaluate-dissemination", mixinStandardHelpOptions = true,
    description = {"PENDING (needs id.kim.rules.evaluation): measure the dissemination through KIM over a year "
        + "(MEASURE-1..3: Output, Outtakes, Outcome) from Tabel 5.2 logs (--monitoring), Tabel 5.3 posts (--social) and "
        + "surveys (--surveys).",
        "Not in this build: needs the evaluation rule family (id.kim.rules.evaluation), not in this build; exits with 3 after "
        + "checking the input. `kim report` already charts the raw data."})
final class DisseminationCommand extends KimSubcommand {
  @Mixin
  DataOptions data = new DataOptions();

  @Mixin
  ExtraDataOptions extra = new ExtraDataOptions(true);

  @Mixin
  OutputOptions output = new OutputOptions();

  @Override
  int run() {
    Dataset d = data.load(lang(), extra);
    if (d.monitoring().isEmpty() || d.social().isEmpty() || d.surveys().isEmpty()) {
      throw CliFailure.badInput(Texts.get(lang(), "cli.dissemination.noInput"));
    }
    if (RuleFamilies.available().evaluation().isEmpty()) {
      throw new CliFailure(ExitCode.UNAVAILABLE, Texts.get(lang(), "cli.unavailable", "id.kim.rules.evaluation"));
    }
    throw new IllegalStateException("the evaluation family is wired in RuleFamilies but not in DisseminationCommand");
  }
}
