package id.kim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@code evaluate --fail-on-ineligible}: exit 1 when a KIM asked about is not ELIGIBLE for the question —
 * NOT_ELIGIBLE or INCOMPLETE — after writing every answer; without the flag an ineligible KIM is an answer (0).
 */
class FailOnIneligibleTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  @DisplayName("the sample's KIM Sinar Pagi is NOT_ELIGIBLE: exit 1, the JSON still complete, one line on stderr")
  void notEligibleExitsOne() throws Exception {
    Cli r = Cli.run("evaluate", "--kim", "KIM Sinar Pagi", "--fail-on-ineligible");
    assertEquals(ExitCode.INELIGIBLE, r.exit, r::toString);
    JsonNode result = JSON.readTree(r.out).get("results").get(0);
    assertEquals("NOT_ELIGIBLE", result.get("partnership").get("verdict").asText());
    assertEquals("evaluate: 1 dari 1 KIM tidak layak atau belum lengkap (--fail-on-ineligible): TIDAK LAYAK 1",
        r.oneErrorLine());
    assertEquals(ExitCode.OK, Cli.run("evaluate", "--kim", "KIM Sinar Pagi").exit, "without the flag it is an answer");
  }

  @Test
  @DisplayName("INCOMPLETE counts as not eligible: KIM Baru Berkembang may enter the mapping but its "
      + "partnership is incomplete")
  void incompleteCounts() {
    String kim = "KIM Baru Berkembang";
    Cli partnership = Cli.run("evaluate", "--kim", kim, "--question", "partnership", "--fail-on-ineligible",
        "--lang", "en");
    assertEquals(ExitCode.INELIGIBLE, partnership.exit, partnership::toString);
    assertEquals("evaluate: 1 of 1 KIM not eligible or incomplete (--fail-on-ineligible): INCOMPLETE 1",
        partnership.oneErrorLine());
    Cli entry = Cli.run("evaluate", "--kim", kim, "--question", "mapping_entry", "--fail-on-ineligible");
    assertEquals(ExitCode.OK, entry.exit, entry::toString);
    assertEquals("", entry.err);
  }

  @Test
  @DisplayName("only the question asked counts: KIM Jaya Abadi may enter the mapping (0) but not partner (1)")
  void onlyTheQuestionAsked() {
    assertEquals(ExitCode.OK,
        Cli.run("evaluate", "--kim", "KIM Jaya Abadi", "--question", "mapping_entry", "--fail-on-ineligible").exit);
    assertEquals(ExitCode.INELIGIBLE, Cli.run("evaluate", "--kim", "KIM Jaya Abadi", "--fail-on-ineligible").exit);
  }

  @Test
  @DisplayName("every KIM ELIGIBLE: exit 0 and nothing on stderr")
  void eligibleExitsZero() {
    Cli r = Cli.run("evaluate", "--kim", "KIM Mekar Sari", "--kim", "KIM Suara Warga", "--fail-on-ineligible",
        "--format", "text");
    assertEquals(ExitCode.OK, r.exit, r::toString);
    assertEquals("", r.err);
  }

  @Test
  @DisplayName("the whole sample: 8 NOT_ELIGIBLE and 4 INCOMPLETE of 40, each KIM counted once")
  void wholeSample() {
    Cli r = Cli.run("evaluate", "--fail-on-ineligible", "--format", "text", "--lang", "en");
    assertEquals(ExitCode.INELIGIBLE, r.exit);
    assertEquals("evaluate: 12 of 40 KIM not eligible or incomplete (--fail-on-ineligible): NOT ELIGIBLE 8, "
        + "INCOMPLETE 4",
        r.oneErrorLine());
    assertTrue(r.out.contains("KIM Sinar Pagi"), r.out);
  }
}
