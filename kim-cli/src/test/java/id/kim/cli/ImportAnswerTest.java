package id.kim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kim.report.data.Inputs;
import id.kim.server.KimServer;
import id.kim.server.ServerConfig;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code kim import --format json} and {@code POST /v1/import/tabel-3-1} give the same document — one
 * writer (kim-report {@code ImportAnswer}) — field for field, on the bundled sample's Tabel 3.1.
 */
class ImportAnswerTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void theCommandLineAndTheServiceAnswerTheSameDocument() throws Exception {
    Cli cli = Cli.run("import", "--format", "json", "--lang", "en");
    assertEquals(ExitCode.OK, cli.exit, cli::toString);
    Inputs sample = Inputs.sample();
    byte[] csv;
    String dinas;
    try (InputStream in = sample.profiles().orElseThrow().open(); InputStream d = sample.dinas().open()) {
      csv = in.readAllBytes();
      dinas = new String(d.readAllBytes(), StandardCharsets.UTF_8);
    }
    try (KimServer server = KimServer.start(ServerConfig.defaults().withPort(0))) {
      HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
              "http://127.0.0.1:" + server.port() + "/v1/import/tabel-3-1?lang=en&dinas="
                  + URLEncoder.encode(dinas, StandardCharsets.UTF_8)))
          .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofByteArray(csv)).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, r.statusCode(), r.body());
      assertTrue(r.headers().firstValue("Content-Length").isEmpty(), "the answer is streamed, not buffered");
      JsonNode http = JSON.readTree(r.body());
      JsonNode command = JSON.readTree(cli.out);
      assertEquals(command, http);
      List<String> summary = List.of("read", "accepted", "rejected", "blank", "separator", "byteOrderMark",
          "encoding", "columns", "ignoredColumns", "text");
      assertEquals(summary, List.copyOf(iterable(http.path("summary").fieldNames())));
      assertEquals(42, http.path("rows").size());
    }
  }

  private static List<String> iterable(Iterator<String> names) {
    List<String> out = new ArrayList<>();
    names.forEachRemaining(out::add);
    return out;
  }
}
