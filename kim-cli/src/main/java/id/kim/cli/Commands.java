package id.kim.cli;

import id.kim.core.i18n.Lang;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.ParameterException;

/** Builds the {@code kim} command line with its subcommands and its one-line error handling. */
public final class Commands {
  private Commands() {}

  /**
   * @param main the top-level command
   * @param out standard output
   * @param err standard error
   * @return the command line, ready to execute
   */
  public static CommandLine commandLine(Main main, PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(main)
        .addSubcommand(new ImportCommand())
        .addSubcommand(new EvaluateCommand())
        .addSubcommand(new ReviewCommand())
        .addSubcommand(new MapCommand())
        .addSubcommand(new DisseminationCommand())
        .addSubcommand(new ReportCommand());
    cl.setOut(out).setErr(err).setCaseInsensitiveEnumValuesAllowed(false);
    cl.setParameterExceptionHandler(Commands::usageError);
    cl.setExecutionExceptionHandler((e, line, parsed) -> {
      if (e instanceof CliFailure) {
        line.getErr().println(line.getCommandName() + ": " + e.getMessage());
        return ((CliFailure) e).exitCode;
      }
      if (e instanceof java.io.IOException || e instanceof java.io.UncheckedIOException) {
        line.getErr().println(line.getCommandName() + ": input or output failed (" + e.getClass().getSimpleName() + ")");
        return ExitCode.BAD_INPUT;
      }
      line.getErr().println(line.getCommandName() + ": internal error " + e.getClass().getName()
          + " — please report it with the command you ran");
      return ExitCode.INTERNAL;
    });
    return cl;
  }

  /** One line on stderr, exit code 2. */
  private static int usageError(ParameterException e, String[] args) {
    CommandLine line = e.getCommandLine();
    line.getErr().println(line.getCommandSpec().qualifiedName() + ": " + e.getMessage().lines().findFirst().orElse("bad usage")
        + " (see --help)");
    return ExitCode.BAD_INPUT;
  }

  /** {@code id} or {@code en}. */
  public static final class LangConverter implements ITypeConverter<Lang> {
    @Override
    public Lang convert(String value) {
      return new Converters.Language().convert(value);
    }
  }
}
