package id.kim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every command on a Dinas' own files (two KIM of Kabupaten Sukamaju), end to end: exit codes and outputs. */
class OwnDataTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir
  static Path dir;

  @BeforeAll
  static void files() throws Exception {
    for (String name : List.of("dinas.json", "records.json", "grid.json", "issues.json", "monitoring.json")) {
      try (InputStream in = OwnDataTest.class.getResourceAsStream("/owndata/" + name)) {
        Files.copy(in, dir.resolve(name));
      }
    }
  }

  private static Cli run(String command, String... more) {
    List<String> args = new ArrayList<>(List.of(command, "--dinas", file("dinas.json"), "--records",
        file("records.json"),
        "--as-of", "2026-01-15", "--lang", "en"));
    args.addAll(List.of(more));
    return Cli.run(args.toArray(new String[0]));
  }

  private static String file(String name) {
    return dir.resolve(name).toString();
  }

  private static JsonNode json(Cli r) throws Exception {
    assertEquals(ExitCode.OK, r.exit, r::toString);
    return JSON.readTree(r.out);
  }

  @Test
  @DisplayName("evaluate and review answer for both KIM")
  void evaluateAndReview() throws Exception {
    assertEquals(2, json(run("evaluate")).get("results").size());
    JsonNode reviews = json(run("review")).get("reviews");
    assertEquals(2, reviews.size());
    assertEquals(7, reviews.get(0).get("findings").size());
  }

  @Test
  @DisplayName("map: the names in grid.json and issues.json are completed from the records; the first KIM is "
      + "GRID-1, the second GRID-4")
  void map() throws Exception {
    JsonNode report = json(run("map", "--grid", file("grid.json"), "--issues", file("issues.json"))).get("report");
    assertEquals("G1_PARTNER", report.get("matrix").get(0).get("category").asText());
    assertEquals("KIM/3399/099", report.get("matrix").get(0).get("kim").get("communityNumber").get("value").asText());
    assertEquals("G4_RECORD_AND_MONITOR", report.get("ranking").get("decisions").get(1).get("category").asText());
    assertEquals(1, report.get("issues").get("rows").get(0).get("links").size());
    Cli noInput = run("map");
    assertEquals(ExitCode.BAD_INPUT, noInput.exit);
    assertEquals("map: no mapping data: give --grid, --issues or --decisions", noInput.oneErrorLine());
  }

  @Test
  @DisplayName("evaluate-dissemination: neither KIM holds a partnership period (PROFILE-r), so neither gets a "
      + "recommendation (MONITOR-PURPOSE); the measures stay, and the KIM without a record has no data, never 0")
  void evaluateDissemination() throws Exception {
    JsonNode doc = json(run("evaluate-dissemination", "--monitoring", file("monitoring.json"), "--period", "2025-03"));
    JsonNode evaluations = doc.get("evaluations");
    assertEquals(2, evaluations.size());
    for (JsonNode e : evaluations) {
      assertFalse(e.get("partner").asBoolean());
      assertFalse(e.has("recommendation"), e::toString);
      assertEquals("MONITOR-PURPOSE", e.get("withheld").get("ruleId").asText());
      assertTrue(e.get("withheld").get("message").get("text").asText().startsWith("Not a partner on 2026-01-15"));
    }
    assertEquals("80", evaluations.get(0).get("output").get("followerGrowth").get("text").asText());
    assertEquals("NO_DATA_IN_PERIOD",
        evaluations.get(1).get("output").get("followerGrowth").get("notMeasurable").get("reason").asText());
    assertEquals(ExitCode.BAD_INPUT, run("evaluate-dissemination").exit, "no --monitoring with your own data");
  }

  @Test
  @DisplayName("report: the whole pipeline on one's own files, with the mapping and the evaluation")
  void report() throws Exception {
    Path out = dir.resolve("report.html");
    Cli r = run("report", "--grid", file("grid.json"), "--issues", file("issues.json"), "--monitoring",
        file("monitoring.json"),
        "--period", "2025-03", "--out", out.toString());
    assertEquals(ExitCode.OK, r.exit, r::toString);
    String html = Files.readString(out, StandardCharsets.UTF_8);
    assertTrue(html.contains("GRID-1: make partner"), "the grid");
    assertEquals(2, html.split("class=\"kim-point\"", -1).length - 1,
        "both KIM entered the mapping (MAP-ENTRY-1..4) and are on the grid");
    assertFalse(html.contains("id=\"not-mapped\""), "no KIM listed apart");
    assertTrue(html.contains("Output per KIM, 2025-03"), "the charts of the period");
    assertTrue(r.out.contains("2 KIM mapped; 1 prioritised in the matrix"), r.out);
  }
}
