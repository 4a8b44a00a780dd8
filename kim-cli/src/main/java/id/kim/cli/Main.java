package id.kim.cli;

import id.kim.core.i18n.Lang;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine;

/**
 * The {@code kim} command line: reads a Dinas' own files (Tabel 3.1 CSV, JSON records) or the bundled
 * sample, runs the rule families of this build and writes JSON, text or the HTML report. Run with no
 * subcommand for the usage; every subcommand has {@code --help}. Exit codes are in
 * {@link id.kim.cli.ExitCode}.
 */
@Command(name = "kim", mixinStandardHelpOptions = true, version = "kim (KIM SDK) 0.1.0",
    description = {"The KIM SDK command line: Tabel 3.1 import, eligibility, termination review, mapping, evaluation "
        + "and the HTML report, from the files a Dinas Kominfo has.",
        "With no data options every command uses the bundled sample (the fictional Kabupaten Sukamaju, as of 2026-01-15)."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:done (an ineligible KIM is an answer, not an error)", "1:internal error of the SDK",
        "2:bad input or usage (one line on stderr says why)"},
    subcommandsRepeatable = false)
public final class Main implements Runnable {
  /** Hibernate Validator announces its version on first use; a command line keeps stderr for problems. */
  private static final java.util.logging.Logger VALIDATOR_LOG = java.util.logging.Logger.getLogger("org.hibernate.validator");

  @Option(names = "--lang", paramLabel = "id|en", scope = ScopeType.INHERIT, converter = Commands.LangConverter.class,
      description = "Language of messages and reports: id (Bahasa Indonesia, default) or en.")
  private Lang lang = Lang.ID;

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  /** @return the language chosen with {@code --lang} */
  public Lang lang() {
    return lang;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /**
   * @param args command-line arguments
   */
  public static void main(String[] args) {
    VALIDATOR_LOG.setLevel(java.util.logging.Level.WARNING);
    int code = run(args, System.out, System.err);
    if (code != 0) {
      System.exit(code);
    }
  }

  /**
   * Runs the command line in this process — for tests and for embedding.
   *
   * @param args the arguments
   * @param out standard output (UTF-8)
   * @param err standard error (UTF-8)
   * @return the exit code
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    PrintWriter o = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    PrintWriter e = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    try {
      return Commands.commandLine(new Main(), o, e).execute(args);
    } finally {
      o.flush();
      e.flush();
    }
  }
}
