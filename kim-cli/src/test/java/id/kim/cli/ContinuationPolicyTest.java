package id.kim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --continuation-policy}: the Dinas' own thresholds decide whether to continue (MONITOR-PURPOSE, GAP-44). */
class ContinuationPolicyTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode mekarSari(String... policy) throws Exception {
    String[] args = new String[3 + policy.length];
    args[0] = "evaluate-dissemination";
    args[1] = "--kim";
    args[2] = "KIM Mekar Sari";
    System.arraycopy(policy, 0, args, 3, policy.length);
    Cli r = Cli.run(args);
    assertEquals(ExitCode.OK, r.exit, r::toString);
    return JSON.readTree(r.out);
  }

  @Test
  @DisplayName("KIM Mekar Sari continues under the standard policy, is reviewed at renewal under 500 activities")
  void theDinasPolicyDecides(@TempDir Path dir) throws Exception {
    assertEquals("CONTINUE", mekarSari().get("evaluations").get(0).get("recommendation").asText());
    Path policy = dir.resolve("policy.json");
    Files.writeString(policy, "{\"name\": \"Dinas Jembrana: 500 kegiatan\", \"minActivities\": 500}");
    JsonNode doc = mekarSari("--continuation-policy", policy.toString());
    assertEquals(JSON.readTree(Files.readString(policy)), doc.get("policy"));
    assertEquals("REVIEW_AT_RENEWAL", doc.get("evaluations").get(0).get("recommendation").asText());
  }

  @Test
  @DisplayName("a policy that does not read is bad input: exit 2, one line naming the file and the JSON path")
  void aBadPolicyIsOneLine(@TempDir Path dir) throws Exception {
    Path policy = dir.resolve("policy.json");
    Files.writeString(policy, "{\"name\": \"x\", \"minActivities\": \"many\"}");
    Cli bad = Cli.run("evaluate-dissemination", "--continuation-policy", policy.toString(), "--lang", "en");
    assertEquals(ExitCode.BAD_INPUT, bad.exit, bad::toString);
    assertEquals("evaluate-dissemination: " + policy + ": $.minActivities: must be integer, not string",
        bad.oneErrorLine());
    Path missing = dir.resolve("missing.json");
    Cli none = Cli.run("report", "--continuation-policy", missing.toString(), "--lang", "en", "--out",
        dir.resolve("report.html").toString());
    assertEquals(ExitCode.BAD_INPUT, none.exit, none::toString);
    assertEquals("report: " + missing + ": the file cannot be read", none.oneErrorLine());
  }
}
