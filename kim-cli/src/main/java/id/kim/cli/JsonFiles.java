package id.kim.cli;

import id.kim.core.i18n.Lang;
import id.kim.json.KimJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads and validates one JSON value of the contract from a file named by an option
 * ({@link KimJson#readValid}): a document that does not read, or a value that breaks a constraint,
 * stops the command with one line naming every problem (JSON path, message, rule).
 */
final class JsonFiles {
  private JsonFiles() {}

  static <T> T read(Path file, Class<T> type, Lang lang) {
    try (InputStream in = Files.newInputStream(file)) {
      return KimJson.readValid(in, type).getOrElseThrow(problems -> CliFailure.badInput(
          file + ": " + problems.map(p -> p.describe(lang)).mkString("; ")));
    } catch (IOException e) {
      throw CliFailure.badInput(Texts.get(lang, "cli.unreadable", file));
    }
  }
}
