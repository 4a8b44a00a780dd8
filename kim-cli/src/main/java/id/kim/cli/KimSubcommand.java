package id.kim.cli;

import id.kim.core.i18n.Lang;
import id.kim.json.JsonStreamWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** What every subcommand shares: the language, the streams, JSON writing. */
abstract class KimSubcommand implements Callable<Integer> {
  @ParentCommand
  Main parent;

  @Spec
  CommandSpec spec;

  Lang lang() {
    return parent.lang();
  }

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }

  /** @return pretty-printed JSON over the writer, SDK values rendered in the chosen language */
  JsonStreamWriter json(Writer writer) {
    try {
      return JsonStreamWriter.pretty(writer, lang());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * @param option the command's {@code --progress/--no-progress}
   * @param key the bundle key of the progress line
   * @param total the number of steps, -1 if not known
   * @return the progress of the command's long work, on standard error or silent
   */
  Progress progress(ProgressOption option, String key, long total) {
    return option.start(parent.errIsTerminal(), err(), lang(), key, total);
  }

  @Override
  public final Integer call() throws IOException {
    StartUp.warm();
    return run();
  }

  /** @return the exit code */
  abstract int run() throws IOException;
}
