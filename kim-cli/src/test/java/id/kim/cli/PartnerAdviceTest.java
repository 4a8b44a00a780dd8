package id.kim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("evaluate-dissemination: the continuation recommendation for partners only (MONITOR-PURPOSE, PROFILE-r)")
class PartnerAdviceTest {
  private static JsonNode only(Cli r) throws Exception {
    assertEquals(ExitCode.OK, r.exit, r::toString);
    JsonNode evaluations = new ObjectMapper().readTree(r.out).get("evaluations");
    assertEquals(1, evaluations.size());
    return evaluations.get(0);
  }

  @Test
  @DisplayName("a partner (period 2025-07-01..2026-06-30 runs on 2026-01-15) gets its recommendation, in id and en")
  void partnerGetsTheRecommendation() throws Exception {
    JsonNode e = only(Cli.run("evaluate-dissemination", "--kim", "KIM Sinar Pagi", "--period", "2025-03"));
    assertTrue(e.get("partner").asBoolean());
    assertTrue(e.has("recommendation") && !e.has("withheld"), e::toString);
    Cli text = Cli.run("evaluate-dissemination", "--kim", "KIM Sinar Pagi", "--period", "2025-03", "--format", "text");
    assertFalse(text.out.contains("Bukan mitra"), text.out);
    assertTrue(text.out.contains("Rekomendasi: "), text.out);
  }

  @Test
  @DisplayName("a KIM without a partnership period: measures, no recommendation, MONITOR-PURPOSE NOT_EVALUATED "
      + "with its remedy")
  void nonPartnerGetsWhyNot() throws Exception {
    JsonNode e = only(Cli.run("evaluate-dissemination", "--kim", "KIM Gunung Asri", "--period", "2025-03"));
    assertFalse(e.get("partner").asBoolean());
    assertFalse(e.has("recommendation") || e.has("recommendationLabel"), e::toString);
    JsonNode withheld = e.get("withheld");
    assertEquals("MONITOR-PURPOSE", withheld.get("ruleId").asText());
    assertEquals("NOT_EVALUATED", withheld.get("outcome").asText());
    assertTrue(withheld.get("message").get("text").asText().startsWith("Bukan mitra per 2026-01-15"), e::toString);
    assertTrue(withheld.get("remedy").get("text").asText().startsWith("Tetapkan KIM sebagai mitra"), e::toString);
    assertTrue(e.get("output").has("followerGrowth"), "the measures stay");
    Cli text = Cli.run("evaluate-dissemination", "--kim", "KIM Gunung Asri", "--period", "2025-03", "--format", "text");
    assertTrue(text.out.contains("Rekomendasi: - (MONITOR-PURPOSE"), text.out);
    assertTrue(text.out.contains("MEASURE-1"), text.out);
  }
}
