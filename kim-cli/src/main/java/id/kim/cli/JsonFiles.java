package id.kim.cli;

import id.kim.core.i18n.Lang;
import id.kim.json.KimJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads one JSON value of the contract from a file named by an option; a problem stops the command with one line. */
final class JsonFiles {
  private JsonFiles() {}

  static <T> T read(Path file, Class<T> type, Lang lang) {
    try (InputStream in = Files.newInputStream(file)) {
      return KimJson.read(in, type).getOrElseThrow(p -> CliFailure.badInput(file + ": " + p.describe(lang)));
    } catch (IOException e) {
      throw CliFailure.badInput(Texts.get(lang, "cli.unreadable", file));
    }
  }
}
