package id.kim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command's JSON inputs are read and validated in one step ({@code KimJson.readValid}): a value
 * that reads but breaks a constraint — 2<sup>31</sup> followers, beyond the documented range of
 * PROFILE-s — is bad input, on one line with its JSONPath and rule, never a figure to evaluate.
 */
class ValidatedJsonInputTest {

  @Test
  @DisplayName("--monitoring with 2^31 followers: exit 2, one line with $[0].reach[0].value and PROFILE-s")
  void followersBeyondTheRange(@TempDir Path dir) throws Exception {
    Path monitoring = dir.resolve("monitoring.json");
    Files.writeString(monitoring, "[{\"kim\": {\"name\": \"KIM Mekar Sari\"}, \"reach\": [{\"medium\": "
        + "{\"platform\": \"INSTAGRAM\", \"name\": \"@kim.mekarsari\"}, \"metric\": \"FOLLOWERS\", "
        + "\"value\": 2147483648, \"observedOn\": \"2025-06-01\"}]}]");
    Cli bad = Cli.run("evaluate-dissemination", "--monitoring", monitoring.toString(), "--lang", "en");
    assertEquals(ExitCode.BAD_INPUT, bad.exit, bad::toString);
    String line = bad.oneErrorLine();
    assertTrue(line.startsWith("evaluate-dissemination: "), line);
    assertTrue(line.endsWith(": $[0].reach[0].value: count too large: at most 100000000 (PROFILE-s)"), line);
    assertFalse(line.contains("2147483648"), line);
  }
}
