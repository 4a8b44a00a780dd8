package id.kim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution as a user runs it: {@code java -jar kim-cli/target/kim.jar …} in a JVM of its own,
 * and the {@code kim} launcher beside it. Run by failsafe after {@code package} ({@code mvn verify}).
 */
class KimJarIT {
  private static final Pattern LISTENING = Pattern.compile("listening on http://127\\.0\\.0\\.1:(\\d+)/");
  private static final ObjectMapper STRICT = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private static Path jar() {
    Path jar = Path.of(System.getProperty("kim.jar", "target/kim.jar"));
    assertTrue(Files.isRegularFile(jar), () -> jar + " is built by the package phase");
    return jar;
  }

  private static Subprocess.Run java(String... args) throws Exception {
    return Subprocess.run(Subprocess.javaJar(jar(), args), null);
  }

  /** Parses the exact bytes of stdout as one JSON document, and finds no escape character in them. */
  private static JsonNode pureJson(Subprocess.Run r) throws Exception {
    for (byte b : r.out()) {
      assertFalse(b == 0x1b, "an ESC byte on stdout");
    }
    return STRICT.readTree(r.out());
  }

  @Test
  @DisplayName("--version prints this build's project version")
  void version() throws Exception {
    Subprocess.Run r = java("--version");
    assertEquals(0, r.exit(), r::toString);
    assertEquals("kim " + System.getProperty("kim.version") + " (KIM SDK; rules juknis-2022 v2022.08.30)",
        r.outText().strip());
    assertEquals("", r.errText());
  }

  @Test
  @DisplayName("evaluate on the bundled sample prints pure JSON on stdout and nothing on stderr")
  void evaluateIsPureJson() throws Exception {
    Subprocess.Run r = java("evaluate", "--kim", "KIM Sinar Pagi", "--format", "json");
    assertEquals(0, r.exit(), r::toString);
    JsonNode doc = pureJson(r);
    assertEquals("KIM Sinar Pagi", doc.get("results").get(0).get("kim").asText());
    assertEquals("", r.errText());
  }

  @Test
  @DisplayName("import prints pure JSON on stdout; its summary is the one line on stderr")
  void importIsPureJson() throws Exception {
    Subprocess.Run r = java("import", "--lang", "en");
    assertEquals(0, r.exit(), r::toString);
    assertEquals(42, pureJson(r).get("rows").size());
    assertEquals("42 rows read: 40 accepted, 2 rejected (0 blank rows skipped)", r.errText().strip());
  }

  @Test
  @DisplayName("a bad option: exit 2, one line on stderr, nothing on stdout")
  void badOption() throws Exception {
    Subprocess.Run r = java("evaluate", "--no-such-option");
    assertEquals(2, r.exit(), r::toString);
    assertEquals("kim evaluate: Unknown option: '--no-such-option' (see --help)", r.errText().strip());
    assertEquals(0, r.out().length);
  }

  @Test
  @DisplayName("--fail-on-ineligible exits 1 on the sample's ineligible KIM Sinar Pagi, after the whole JSON")
  void failOnIneligible() throws Exception {
    Subprocess.Run r = java("evaluate", "--kim", "KIM Sinar Pagi", "--fail-on-ineligible");
    assertEquals(1, r.exit(), r::toString);
    assertEquals("NOT_ELIGIBLE", pureJson(r).get("results").get(0).get("partnership").get("verdict").asText());
    assertEquals(1, r.errText().strip().lines().count(), r::toString);
  }

  @Test
  @DisabledOnOs(OS.WINDOWS)
  @DisplayName("the launcher finds kim.jar beside it, writes its start-up archive once and passes arguments through")
  void launcher(@TempDir Path cache) throws Exception {
    Path launcher = Path.of(System.getProperty("kim.launcher", "target/kim"));
    assertTrue(Files.isExecutable(launcher), () -> launcher + " is executable");
    Subprocess.Run first = Subprocess.run(List.of(launcher.toString(), "--version"), cache);
    assertEquals(0, first.exit(), first::toString);
    assertTrue(first.outText().startsWith("kim " + System.getProperty("kim.version")), first::toString);
    try (Stream<Path> archives = Files.list(cache.resolve("kim"))) {
      assertEquals(1, archives.filter(p -> p.toString().endsWith(".jsa")).count(), "one archive, no temporary left");
    }
    Subprocess.Run r = Subprocess.run(List.of(launcher.toString(), "evaluate", "--kim", "KIM Sinar Pagi",
        "--fail-on-ineligible", "--lang", "en"), cache);
    assertEquals(1, r.exit(), r::toString);
    assertEquals("KIM Sinar Pagi", pureJson(r).get("results").get(0).get("kim").asText());
    assertEquals("evaluate: 1 of 1 KIM not eligible or incomplete (--fail-on-ineligible): NOT ELIGIBLE 1",
        r.errText().strip());
  }

  @Test
  @DisplayName("kim serve starts kim-server from kim.jar on a free loopback port, answers /health, stops on SIGTERM")
  void serveAnswersHealthAndStops() throws Exception {
    Process server = new ProcessBuilder(Subprocess.javaJar(jar(), "serve", "--port", "0", "--max-concurrent", "4"))
        .redirectErrorStream(true).start();
    try {
      BufferedReader log = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
      String port = null;
      String line = log.readLine();
      while (port == null && line != null) {
        Matcher m = LISTENING.matcher(line);
        port = m.find() ? m.group(1) : null;
        line = port == null ? log.readLine() : line;
      }
      assertTrue(port != null, "no 'listening on http://127.0.0.1:…' line");
      HttpResponse<String> health = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, health.statusCode());
      assertEquals("{\"status\":\"UP\"}", health.body());
      server.toHandle().destroy(); // SIGTERM: the server's shutdown hook stops it gracefully
      assertTrue(server.waitFor(60, TimeUnit.SECONDS), "still running 60 s after SIGTERM");
      assertEquals(143, server.exitValue());
      String rest = log.lines().reduce("", (a, b) -> a + b + "\n");
      assertTrue(rest.contains("kim-server stopped"), rest);
    } finally {
      server.destroyForcibly();
    }
  }
}
