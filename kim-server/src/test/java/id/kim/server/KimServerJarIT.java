package id.kim.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * README's command, {@code java -jar kim-server/target/kim-server.jar --port …}, in its own JVM: it answers
 * on 127.0.0.1 and on SIGTERM stops gracefully through its shutdown hook (the JVM's exit status after a
 * SIGTERM is 143, 128 + 15, whatever the hook does).
 */
class KimServerJarIT {
  private static final Pattern LISTENING = Pattern.compile("listening on http://127\\.0\\.0\\.1:(\\d+)/");

  @Test
  void theJarStartsAnswersAndStopsOnSigterm() throws Exception {
    Path jar = Path.of(System.getProperty("kim-server.jar", "target/kim-server.jar"));
    assertTrue(Files.isRegularFile(jar), jar + " was not built");
    Process server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", jar.toString(), "--port", "0").redirectErrorStream(true).start();
    try {
      BufferedReader log = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
      String port = null;
      while (port == null) {
        String line = log.readLine();
        if (line == null) {
          break;
        }
        Matcher m = LISTENING.matcher(line);
        port = m.find() ? m.group(1) : null;
      }
      assertNotNull(port, "no 'listening on' line");
      HttpResponse<String> health = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, health.statusCode());
      server.toHandle().destroy(); // SIGTERM, leaving the output stream open to read the last lines
      assertTrue(server.waitFor(60, TimeUnit.SECONDS), "still running 60 s after SIGTERM");
      assertEquals(143, server.exitValue());
      String rest = log.lines().reduce("", (a, b) -> a + b + "\n");
      assertTrue(rest.contains("kim-server stopped"), rest);
    } finally {
      server.destroyForcibly();
    }
  }
}
