package id.kim.cli;

import id.kim.core.i18n.Lang;
import id.kim.core.validation.MissingValueException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code kim} command line: reads a Dinas' own files (Tabel 3.1 CSV, JSON records) or the bundled
 * sample, runs the rule families of this build and writes JSON, text or the HTML report. Run with no
 * subcommand for the usage; every subcommand has {@code --help}. Exit codes are in {@link ExitCode}.
 */
@Command(name = "kim", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = {"The KIM SDK command line: Tabel 3.1 import, eligibility, termination review, mapping, evaluation "
        + "and the HTML report, from the files a Dinas Kominfo has.",
        "With no data options every command uses the bundled sample (Kabupaten Jembrana, Bali: real places and "
            + "codes, fictional KIM; as of 2026-01-15).",
        "JSON goes to standard output and nothing else does; summaries, progress and errors go to standard error."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:done (an ineligible KIM is an answer, not an error)",
        "1:--fail-on-ineligible was given and a KIM is NOT_ELIGIBLE or INCOMPLETE",
        "2:bad input or usage (one line on stderr says why)",
        "3:internal error of the SDK (one line on stderr asks to report it)"},
    footerHeading = "%nExamples:%n",
    footer = {
        "  kim evaluate --kim 'KIM Sinar Pagi' --format text --lang en",
        "  kim evaluate --fail-on-ineligible --out eligibility.json",
        "  kim import --profiles tabel-3-1.csv --dinas dinas.json --out profiles.json",
        "  source <(kim generate-completion)",
        "Documentation: docs/cli.md; JSON contract: docs/json.md."},
    subcommandsRepeatable = false)
public final class Main implements Runnable {
  /** Hibernate Validator announces its version on first use; a command line keeps stderr for problems. */
  private static final Logger VALIDATOR_LOG = Logger.getLogger("org.hibernate.validator");

  @Option(names = "--lang", paramLabel = "id|en", scope = ScopeType.INHERIT, converter = Converters.Language.class,
      description = "Language of messages and reports: id (Bahasa Indonesia, default) or en.")
  private Lang lang = Lang.ID;

  @Spec
  private CommandSpec spec;

  private final boolean errIsTerminal;

  /** @param errIsTerminal whether standard error is a terminal: progress is shown by default only then */
  Main(boolean errIsTerminal) {
    this.errIsTerminal = errIsTerminal;
  }

  /** @return the language chosen with {@code --lang} */
  Lang lang() {
    return lang;
  }

  /** @return whether standard error is a terminal */
  boolean errIsTerminal() {
    return errIsTerminal;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /**
   * @param args command-line arguments
   */
  public static void main(String[] args) {
    VALIDATOR_LOG.setLevel(Level.WARNING);
    StartUp.warmFor(args);
    int code = run(args, System.out, System.err);
    System.out.flush();
    if (code != 0) {
      System.exit(code);
    }
  }

  /**
   * Runs the command line in this process — for tests and for embedding. Progress is shown by
   * default only when {@code err} is this process' standard error and the process has a terminal.
   *
   * @param args the arguments
   * @param out standard output (UTF-8)
   * @param err standard error (UTF-8)
   * @return the exit code ({@link ExitCode})
   * @throws MissingValueException if an argument is null
   */
  // on Java 17, the release the SDK is built for, console() is null without a terminal
  @SuppressWarnings("SystemConsoleNull")
  public static int run(String[] args, PrintStream out, PrintStream err) {
    MissingValueException.requireNonNull(args, "args");
    MissingValueException.requireNonNull(out, "out");
    MissingValueException.requireNonNull(err, "err");
    PrintWriter o = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    PrintWriter e = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    boolean terminal = err == System.err && System.console() != null;
    try {
      return Commands.commandLine(new Main(terminal), o, e, args).execute(args);
    } finally {
      o.flush();
      e.flush();
    }
  }
}
