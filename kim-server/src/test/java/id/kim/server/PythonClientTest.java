package id.kim.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import id.kim.core.community.KimRecord;
import id.kim.core.i18n.Lang;
import id.kim.report.data.Inputs;
import id.kim.report.pipeline.EligibilityStep;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The Python client of docs/examples (standard library only) decides the bundled sample through a started
 * server and gets exactly the decisions of the Java API, KIM by KIM. Without python3 the test is skipped,
 * unless {@code KIM_PYTHON_TESTS=required} is set — as {@code .ci/run} does after installing it — in which
 * case it fails.
 */
class PythonClientTest {

  @Test
  void thePythonClientGetsTheDecisionsOfTheJavaApi() throws Exception {
    Path script = Path.of("..", "docs", "examples", "kim_eligibility.py");
    boolean installed = python();
    if (!installed && "required".equals(System.getenv("KIM_PYTHON_TESTS"))) {
      throw new AssertionError("KIM_PYTHON_TESTS=required but python3 does not run on this machine");
    }
    assumeTrue(installed, "python3 is not on this machine (set KIM_PYTHON_TESTS=required to fail instead)");
    try (KimServer server = KimServer.start(ServerConfig.defaults().withPort(0))) {
      Process p = new ProcessBuilder("python3", script.toString(), "--url", "http://127.0.0.1:" + server.port(),
          "--json", "--lang", "en").redirectError(ProcessBuilder.Redirect.INHERIT).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(0, p.waitFor(), out);
      Map<String, JsonNode> byKim = new HashMap<>();
      for (JsonNode result : Http.JSON.readTree(out)) {
        byKim.put(result.path("kim").asText(), result);
      }
      List<KimRecord> records = Sample.DATA.records();
      assertEquals(records.size(), byKim.size());
      EligibilityStep java = EligibilityStep.juknis2022();
      for (KimRecord r : records) {
        JsonNode result = byKim.get(r.profile().name());
        assertEquals(Sample.tree(java.mappingEntry(r, Sample.DATA.dinas(), Inputs.SAMPLE_AS_OF).get(), Lang.EN),
            result.path("mappingEntry"), r.profile().name());
        assertEquals(Sample.tree(java.partnership(r, Sample.DATA.dinas(), Inputs.SAMPLE_AS_OF).get(), Lang.EN),
            result.path("partnership"), r.profile().name());
      }
    }
  }

  private static boolean python() {
    try {
      Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
