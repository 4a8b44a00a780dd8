package id.kim.cli;

import id.kim.core.i18n.Lang;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/** Builds the {@code kim} command line with its subcommands and its one-line error handling. */
final class Commands {
  private static final Map<String, String> EXIT_CODES = exitCodes();

  private Commands() {}

  private static Map<String, String> exitCodes() {
    Map<String, String> codes = new LinkedHashMap<>();
    codes.put("0", "done");
    codes.put("2", "bad input or usage");
    codes.put("3", "internal error");
    return codes;
  }

  /**
   * @param main the top-level command
   * @param out standard output
   * @param err standard error
   * @return the command line, ready to execute
   */
  static CommandLine commandLine(Main main, PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(main)
        .addSubcommand(new ImportCommand())
        .addSubcommand(new EvaluateCommand())
        .addSubcommand(new ReviewCommand())
        .addSubcommand(new MapCommand())
        .addSubcommand(new DisseminationCommand())
        .addSubcommand(new ReportCommand())
        .addSubcommand(new AutoComplete.GenerateCompletion());
    CommandLine completion = cl.getSubcommands().get("generate-completion");
    completion.getCommandSpec().usageMessage().hidden(false)
        .footerHeading("%nExample (bash or zsh; put it in ~/.bashrc or ~/.zshrc):%n")
        .footer("  source <(kim generate-completion)");
    examplesIfNone(cl.getSubcommands().get("report"), "  kim report --out kim-report.html",
        "  kim report --lang en --out report-en.html");
    // colours only in help shown on a terminal; never an escape sequence in output a program reads
    cl.setColorScheme(Help.defaultColorScheme(main.errIsTerminal() ? Help.Ansi.AUTO : Help.Ansi.OFF));
    cl.setOut(out).setErr(err).setCaseInsensitiveEnumValuesAllowed(false);
    cl.setParameterExceptionHandler(Commands::usageError);
    cl.setExecutionExceptionHandler(Commands::failure);
    return cl;
  }

  /** Gives a command whose annotation lists no examples (and no exit codes) the common ones. */
  private static void examplesIfNone(CommandLine command, String... examples) {
    UsageMessageSpec usage = command.getCommandSpec().usageMessage();
    if (usage.footer().length == 0) {
      usage.footerHeading("%nExamples:%n").footer(examples);
    }
    if (usage.exitCodeList().isEmpty()) {
      usage.exitCodeListHeading("%nExit codes:%n").exitCodeList(EXIT_CODES);
    }
  }

  /** One line on stderr and the exit code of the failure. */
  private static int failure(Exception e, CommandLine line, ParseResult parsed) {
    if (e instanceof CliFailure f) {
      line.getErr().println(line.getCommandName() + ": " + f.getMessage());
      return f.exitCode;
    }
    Main main = line.getCommandSpec().root().userObject() instanceof Main m ? m : null;
    Lang lang = main == null ? Lang.ID : main.lang();
    if (e instanceof IOException || e instanceof UncheckedIOException) {
      line.getErr().println(line.getCommandName() + ": " + Texts.get(lang, "cli.io", e.getClass().getSimpleName()));
      return ExitCode.BAD_INPUT;
    }
    line.getErr().println(line.getCommandName() + ": " + Texts.get(lang, "cli.internal", e.getClass().getName()));
    return ExitCode.INTERNAL;
  }

  /** One line on stderr, exit code 2. */
  private static int usageError(ParameterException e, String[] args) {
    CommandLine line = e.getCommandLine();
    line.getErr().println(line.getCommandSpec().qualifiedName() + ": "
        + e.getMessage().lines().findFirst().orElse("bad usage") + " (see --help)");
    return ExitCode.BAD_INPUT;
  }
}
