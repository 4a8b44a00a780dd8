package id.kim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A record that reads but breaks a kim-core constraint (a KIM name of 151 characters, PROFILE-a) gets no
 * decision: its violations instead, and everywhere it is named as invalid data, never as a verdict.
 */
class InvalidRecordTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String LONG_NAME = "KIM " + "A".repeat(147);

  @TempDir
  static Path dir;

  @BeforeAll
  static void files() throws Exception {
    try (InputStream in = InvalidRecordTest.class.getResourceAsStream("/owndata/dinas.json")) {
      Files.copy(in, dir.resolve("dinas.json"));
    }
    Files.writeString(dir.resolve("records.json"), "[{\"profile\": {\"name\": \"" + LONG_NAME + "\"}}, "
        + "{\"profile\": {\"name\": \"KIM Contoh\"}}]");
    Files.writeString(dir.resolve("grid.json"), "[]");
  }

  private static Cli run(String command, String... more) {
    List<String> args = new ArrayList<>(List.of(command, "--dinas", dir.resolve("dinas.json").toString(),
        "--records", dir.resolve("records.json").toString(), "--as-of", "2026-01-15"));
    args.addAll(List.of(more));
    return Cli.run(args.toArray(new String[0]));
  }

  @Test
  @DisplayName("map: the invalid KIM is left out as INVALID with the rule of its violated field (PROFILE-a)")
  void mapLeavesItOutAsInvalid() throws Exception {
    String grid = dir.resolve("grid.json").toString();
    Cli r = run("map", "--grid", grid);
    assertEquals(ExitCode.OK, r.exit, r::toString);
    JsonNode left = JSON.readTree(r.out).get("notEntered");
    assertEquals(2, left.size(), r.out);
    assertEquals(LONG_NAME, left.get(0).get("name").asText());
    assertEquals("INVALID", left.get(0).get("verdict").asText());
    assertEquals("[\"PROFILE-a\"]", left.get(0).get("rules").toString());
    assertEquals("INCOMPLETE", left.get(1).get("verdict").asText());
    String en = run("map", "--grid", grid, "--format", "text", "--lang", "en").out;
    assertTrue(en.contains("\n  " + LONG_NAME + ": INVALID DATA\n    ") && en.contains("PROFILE-a"), en);
    assertTrue(run("map", "--grid", grid, "--format", "text").out
        .contains("\n  " + LONG_NAME + ": DATA TIDAK VALID\n    "), "Indonesian");
  }

  @Test
  @DisplayName("evaluate: the violations instead of a decision, and --fail-on-ineligible counts it as invalid data")
  void evaluateAnswersWithTheViolations() throws Exception {
    JsonNode entry = JSON.readTree(run("evaluate", "--question", "mapping_entry").out).get("results").get(0)
        .get("mappingEntry");
    assertEquals("PROFILE-a", entry.get("violations").get(0).get("ruleId").asText(), entry::toString);
    assertEquals("record.profile.name", entry.get("violations").get(0).get("path").asText());
    Cli text = run("evaluate", "--format", "text", "--lang", "en", "--fail-on-ineligible");
    assertEquals(ExitCode.INELIGIBLE, text.exit, text::toString);
    assertTrue(text.out.startsWith(LONG_NAME + ": invalid data, no decision can be made yet:"), text.out);
    assertTrue(text.out.contains("PROFILE-a)"), text.out);
    assertEquals("evaluate: 2 of 2 KIM not eligible or incomplete (--fail-on-ineligible): INCOMPLETE 1, "
        + "INVALID DATA 1", text.oneErrorLine());
    assertEquals("evaluate: 2 dari 2 KIM tidak layak atau belum lengkap (--fail-on-ineligible): BELUM LENGKAP 1, "
        + "DATA TIDAK VALID 1", run("evaluate", "--fail-on-ineligible").oneErrorLine());
  }
}
