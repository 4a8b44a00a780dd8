package id.kim.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.json.JsonProblem;
import id.kim.json.KimJson;
import id.kim.rules.explain.Decision;
import id.kim.rules.explain.Verdict;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("JsonExample: README's worked example in the JSON contract of docs/json.md, read back equal")
class JsonExampleTest {

  @Test
  @DisplayName("the JSON carries codes and ISO dates, and reads back equal to the decision")
  void roundTrip() {
    String json = JsonExample.json();
    Printed.assertContains(json, "\"verdict\": \"NOT_ELIGIBLE\"", "\"ruleId\": \"PARTNER-LEGAL-1\"",
        "\"asOf\": \"2026-07-01\"");
    Decision read = KimJson.read(json, Decision.class).get();
    assertEquals(WorkedExample.decision(WorkedExample.AS_OF), read);
    assertEquals(Verdict.NOT_ELIGIBLE, read.verdict());
  }

  @Test
  @DisplayName("a verdict edited against its findings is refused at $.verdict")
  void editedVerdictIsRefused() {
    String edited = JsonExample.json().replace("\"verdict\": \"NOT_ELIGIBLE\"", "\"verdict\": \"ELIGIBLE\"");
    JsonProblem problem = KimJson.read(edited, Decision.class).getLeft();
    assertEquals("$.verdict", problem.path());
  }

  @Test
  @DisplayName("it prints the start of the JSON, the round trip and the refusal")
  void prints() {
    String out = JsonExample.run();
    assertTrue(out.startsWith("{\n  \"question\": {"), out);
    Printed.assertContains(out, "Dibaca kembali sama / read back equal: true\n",
        "Verdict diubah / verdict edited: $.verdict: ");
    Printed.assertLacks(out, "PARTNER-LEGAL-2");   // only the first finding is printed
  }
}
