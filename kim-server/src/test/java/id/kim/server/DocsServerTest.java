package id.kim.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Runs every example of docs/server.md against a started server: each {@code <!-- request: … -->} (with
 * its JSON body, if any) must be answered with the status of its {@code <!-- response: … -->} and a JSON
 * body that contains the one printed (every field shown, arrays from their start).
 */
class DocsServerTest {
  private static final Pattern EXAMPLE = Pattern.compile(
      "<!-- request: (GET|POST) (\\S+) -->\\s*(?:```json\\n(.*?)```\\s*)?"
          + "<!-- response: (\\d{3}) -->\\s*```json\\n(.*?)```",
      Pattern.DOTALL);
  @RegisterExtension
  static final StartedServer SERVER = new StartedServer();

  @Test
  void everyExampleIsWhatTheServerAnswers() throws IOException {
    String page = Files.readString(Path.of("..", "docs", "server.md"));
    Matcher m = EXAMPLE.matcher(page);
    List<String> run = new ArrayList<>();
    while (m.find()) {
      HttpRequest.Builder b = SERVER.http().request(m.group(2));
      HttpRequest request = m.group(1).equals("GET") ? b.GET().build()
          : b.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(m.group(3))).build();
      HttpResponse<String> r = Http.send(request);
      String where = m.group(1) + " " + m.group(2);
      assertEquals(Integer.parseInt(m.group(4)), r.statusCode(), where + ": " + r.body());
      assertContains(Http.JSON.readTree(m.group(5)), Http.tree(r), where);
      run.add(where);
    }
    assertTrue(run.size() >= 4, "examples found: " + run);
  }

  /** Every field of {@code shown} is in {@code actual} with the same value; arrays match from their start. */
  static void assertContains(JsonNode shown, JsonNode actual, String where) {
    if (shown.isObject()) {
      assertTrue(actual.isObject(), where + ": not an object");
      for (Map.Entry<String, JsonNode> f : shown.properties()) {
        assertTrue(actual.has(f.getKey()), where + "." + f.getKey() + " missing");
        assertContains(f.getValue(), actual.get(f.getKey()), where + "." + f.getKey());
      }
    } else if (shown.isArray()) {
      assertTrue(actual.isArray() && actual.size() >= shown.size(), where + ": array too short");
      for (int i = 0; i < shown.size(); i++) {
        assertContains(shown.get(i), actual.get(i), where + "[" + i + "]");
      }
    } else {
      assertEquals(shown, actual, where);
    }
  }
}
