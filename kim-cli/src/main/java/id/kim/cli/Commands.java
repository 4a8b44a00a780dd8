package id.kim.cli;

import id.kim.core.i18n.Lang;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
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

  /** The subcommands in the order of the usage, each built only when needed. */
  private static Map<String, Supplier<Object>> subcommands() {
    Map<String, Supplier<Object>> all = new LinkedHashMap<>();
    all.put("import", ImportCommand::new);
    all.put("evaluate", EvaluateCommand::new);
    all.put("review", ReviewCommand::new);
    all.put("map", MapCommand::new);
    all.put("evaluate-dissemination", DisseminationCommand::new);
    all.put("report", ReportCommand::new);
    all.put("impact", ImpactCommand::new);
    all.put("serve", ServeCommand::create);
    all.put("generate-completion", AutoComplete.GenerateCompletion::new);
    return all;
  }

  /**
   * The command line with every subcommand: for the usage, completion, tests.
   *
   * @param main the top-level command
   * @param out standard output
   * @param err standard error
   * @return the command line, ready to execute
   */
  static CommandLine commandLine(Main main, PrintWriter out, PrintWriter err) {
    return commandLine(main, out, err, subcommands().keySet());
  }

  /**
   * The command line for these arguments. When they name a subcommand after nothing but {@code --lang}, only
   * that subcommand's model is built: picocli reads the annotations of every command it is given, and a
   * script calling {@code kim evaluate} once per KIM should not pay for the other six. Everything after the
   * subcommand's name is parsed by that subcommand alone, so the answer is the same.
   *
   * @param main the top-level command
   * @param out standard output
   * @param err standard error
   * @param args the arguments that will be executed
   * @return the command line, ready to execute them
   */
  static CommandLine commandLine(Main main, PrintWriter out, PrintWriter err, String[] args) {
    Set<String> names = subcommands().keySet();
    return commandLine(main, out, err, named(args).filter(names::contains).filter(n -> !n.equals("generate-completion"))
        .map(Set::of).orElse(names));
  }

  /** @return the first argument that is not {@code --lang} or its value, if no other option comes before it */
  private static Optional<String> named(String[] args) {
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--lang")) {
        i++;
      } else if (!args[i].startsWith("--lang=")) {
        return args[i].startsWith("-") ? Optional.empty() : Optional.of(args[i]);
      }
    }
    return Optional.empty();
  }

  private static CommandLine commandLine(Main main, PrintWriter out, PrintWriter err, Set<String> wanted) {
    CommandLine cl = new CommandLine(main);
    subcommands().forEach((name, command) -> {
      if (wanted.contains(name)) {
        cl.addSubcommand(name, command.get());
      }
    });
    cl.getSubcommands().values().forEach(Commands::complete);
    // colours only in help shown on a terminal; never an escape sequence in output a program reads
    cl.setColorScheme(Help.defaultColorScheme(main.errIsTerminal() ? Help.Ansi.AUTO : Help.Ansi.OFF));
    cl.setOut(out).setErr(err).setCaseInsensitiveEnumValuesAllowed(false);
    cl.setParameterExceptionHandler(Commands::usageError);
    cl.setExecutionExceptionHandler(Commands::failure);
    return cl;
  }

  /** Shows {@code generate-completion} in the usage, and gives every command examples and exit codes. */
  private static void complete(CommandLine command) {
    switch (command.getCommandName()) {
      case "generate-completion" -> command.getCommandSpec().usageMessage().hidden(false)
          .footerHeading("%nExample (bash or zsh; put it in ~/.bashrc or ~/.zshrc):%n")
          .footer("  source <(kim generate-completion)");
      case "report" -> examplesIfNone(command, "  kim report --out kim-report.html",
          "  kim report --lang en --out report-en.html");
      default -> { }
    }
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
        + Optional.ofNullable(e.getMessage()).flatMap(m -> m.lines().findFirst()).orElse("bad usage")
        + " (see --help)");
    return ExitCode.BAD_INPUT;
  }
}
