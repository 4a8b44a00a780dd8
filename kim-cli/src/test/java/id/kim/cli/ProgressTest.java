package id.kim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Progress on stderr: silent unless stderr is a terminal or {@code --progress} asks; never on stdout. */
class ProgressTest {

  @ParameterizedTest
  @ValueSource(strings = {"evaluate", "review", "evaluate-dissemination"})
  @DisplayName("by default (stderr not a terminal, as in any test or pipe) nothing but the answer is written")
  void silentByDefault(String command) {
    Cli r = Cli.run(command);
    assertEquals(ExitCode.OK, r.exit, r::toString);
    assertEquals("", r.err);
  }

  @Test
  @DisplayName("import by default: only its summary on stderr, no progress")
  void importSilentByDefault() {
    Cli r = Cli.run("import");
    assertEquals("42 baris dibaca: 40 diterima, 2 ditolak (0 baris kosong dilewati)", r.oneErrorLine());
    assertFalse(r.err.contains("\r"), r.err);
  }

  @Test
  @DisplayName("--progress forces it on stderr: the final count, and stdout byte for byte as without")
  void forced() {
    Cli plain = Cli.run("import");
    Cli r = Cli.run("import", "--progress");
    assertEquals(plain.out, r.out);
    assertTrue(r.err.startsWith("\rImpor Tabel 3.1: "), r.err);
    List<String> shown = List.of(r.err.split("[\r\n]+"));
    assertTrue(shown.contains("Impor Tabel 3.1: 42 baris dibaca"), r.err);
    assertEquals("42 baris dibaca: 40 diterima, 2 ditolak (0 baris kosong dilewati)", shown.get(shown.size() - 1));
  }

  @Test
  @DisplayName("evaluate --progress counts the KIM of the selection, in the chosen language")
  void forcedEvaluate() {
    Cli plain = Cli.run("evaluate", "--lang", "en");
    Cli r = Cli.run("evaluate", "--progress", "--lang", "en");
    assertEquals(plain.out, r.out);
    assertTrue(r.err.endsWith("Eligibility: 40 of 40 KIM" + System.lineSeparator()), r.err);
    Cli one = Cli.run("evaluate", "--kim", "KIM Sinar Pagi", "--progress");
    assertTrue(one.err.endsWith("Penilaian kelayakan: 1 dari 1 KIM" + System.lineSeparator()), one.err);
  }

  @Test
  @DisplayName("--no-progress is accepted and silent")
  void negated() {
    Cli r = Cli.run("evaluate", "--no-progress", "--format", "text");
    assertEquals(ExitCode.OK, r.exit, r::toString);
    assertEquals("", r.err);
  }
}
