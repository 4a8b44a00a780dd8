package id.kim.cli;

import id.kim.core.i18n.Lang;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where and how a command writes its answer. */
final class OutputOptions {
  /** The output formats. */
  enum Format { json, text }

  @Option(names = "--format", paramLabel = "json|text", description = "Output format (default: ${DEFAULT-VALUE}).")
  Format format = Format.json;

  @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
  Path out;

  /** Opens the output; the caller closes it (standard output is flushed, not closed). */
  Writer open(Writer stdout, Lang lang) {
    if (out == null) {
      return new FilterWriter(stdout) {
        @Override
        public void close() throws IOException {
          flush();
        }
      };
    }
    try {
      return create(out);
    } catch (IOException | UncheckedIOException e) {
      throw CliFailure.badInput(Texts.get(lang, "cli.cannotWrite", out));
    }
  }

  /** @return a new UTF-8 file, its missing parent directories created */
  static Writer create(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
  }
}
