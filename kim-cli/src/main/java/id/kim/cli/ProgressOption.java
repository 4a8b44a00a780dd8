package id.kim.cli;

import id.kim.core.i18n.Lang;
import java.io.PrintWriter;
import picocli.CommandLine.Option;

/**
 * {@code --progress/--no-progress}: progress on standard error. By default shown when standard
 * error is a terminal, silent when it is piped or redirected (a script, a log, a test).
 */
final class ProgressOption {
  @Option(names = "--progress", negatable = true, defaultValue = Option.NULL_VALUE,
      description = "Show progress on standard error (default: only when it is a terminal). "
          + "--no-progress: never. Never on standard output.")
  Boolean progress;

  /**
   * @param terminal whether standard error is a terminal
   * @param err standard error
   * @param lang the language of the line
   * @param key the bundle key of the line
   * @param total the number of steps, -1 if not known
   * @return the progress to report to
   */
  Progress start(boolean terminal, PrintWriter err, Lang lang, String key, long total) {
    boolean show = progress != null ? progress : terminal;
    return show ? Progress.on(err, lang, key, total) : Progress.none();
  }
}
