package id.kim.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.kim.core.community.KimRecord;
import id.kim.core.i18n.Lang;
import id.kim.report.pipeline.EligibilityStep;
import id.kim.report.pipeline.ReviewStep;
import id.kim.rules.explain.RuleId;
import id.kim.rules.explain.RuleTitles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every endpoint, on a real server on a free 127.0.0.1 port, called with a real HTTP client. */
class EndpointsTest {
  @RegisterExtension
  static final StartedServer SERVER = new StartedServer();

  @Test
  void healthAnswersUp() {
    HttpResponse<String> r = SERVER.http().get("/health");
    assertEquals(200, r.statusCode());
    assertEquals("UP", Http.tree(r).path("status").asText());
    assertTrue(r.headers().firstValue("X-Request-Id").isPresent());
  }

  @Test
  void aBatchGetsTheSameDecisionsAsTheJavaApi() {
    HttpResponse<String> r = SERVER.http().post("/v1/eligibility", Sample.batch().toString());
    assertEquals(200, r.statusCode(), r.body());
    JsonNode answer = Http.tree(r);
    assertEquals(Sample.DATA.dinas().name(), answer.path("dinas").asText());
    assertEquals(Sample.AS_OF, answer.path("asOf").asText());
    List<KimRecord> records = Sample.DATA.records();
    assertEquals(records.size(), answer.path("results").size());
    EligibilityStep java = EligibilityStep.juknis2022();
    for (int i = 0; i < records.size(); i++) {
      KimRecord rec = records.get(i);
      JsonNode result = answer.path("results").get(i);
      assertEquals(rec.profile().name(), result.path("kim").asText());
      assertEquals(Sample.tree(java.mappingEntry(rec, Sample.DATA.dinas(), Inputs.asOf()).get(), Lang.ID),
          result.path("mappingEntry"), rec.profile().name());
      assertEquals(Sample.tree(java.partnership(rec, Sample.DATA.dinas(), Inputs.asOf()).get(), Lang.ID),
          result.path("partnership"), rec.profile().name());
    }
  }

  @Test
  void oneRecordAndOneQuestionInEnglish() {
    ObjectNode body = Sample.single(0).put("question", "partnership");
    HttpResponse<String> r = SERVER.http().post("/v1/eligibility?lang=en", body.toString());
    assertEquals(200, r.statusCode(), r.body());
    JsonNode result = Http.tree(r).path("results").get(0);
    assertTrue(result.path("mappingEntry").isMissingNode());
    KimRecord rec = Sample.DATA.records().get(0);
    assertEquals(Sample.tree(EligibilityStep.juknis2022().partnership(rec, Sample.DATA.dinas(), Inputs.asOf()).get(),
        Lang.EN), result.path("partnership"));
  }

  @Test
  void acceptLanguageChoosesEnglishAndIndonesianIsTheDefault() {
    String body = Sample.single(0).put("question", "mappingEntry").toString();
    String en =
        Http.send(
                SERVER
                    .http()
                    .request("/v1/eligibility")
                    .header("Content-Type", "application/json")
                    .header("Accept-Language", "fr;q=1, en;q=0.8, id;q=0.5")
                    .POST(BodyPublishers.ofString(body))
                    .build())
            .body();
    String id = SERVER.http().post("/v1/eligibility", body).body();
    KimRecord rec = Sample.DATA.records().get(0);
    var decision = EligibilityStep.juknis2022().mappingEntry(rec, Sample.DATA.dinas(), Inputs.asOf()).get();
    assertEquals(Sample.tree(decision, Lang.EN), Http.JSON.valueToTree(tree(en).path("results").get(0)
        .path("mappingEntry")));
    assertEquals(Sample.tree(decision, Lang.ID), tree(id).path("results").get(0).path("mappingEntry"));
  }

  @Test
  void validateAnswersAValidProfileAndTheViolationsOfAnInvalidOne() {
    JsonNode profile = Sample.tree(Sample.DATA.records().get(0).profile(), Lang.ID);
    ObjectNode ok = Http.JSON.createObjectNode();
    ok.set("profile", profile);
    HttpResponse<String> r = SERVER.http().post("/v1/validate", ok.toString());
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(Http.tree(r).path("valid").asBoolean());

    ObjectNode bad = ok.deepCopy();
    ((ObjectNode) bad.path("profile")).put("whatsapp", "0899-1234-5678 ext");
    HttpResponse<String> v = SERVER.http().post("/v1/validate?lang=en", bad.toString());
    assertEquals(200, v.statusCode(), v.body());
    JsonNode answer = Http.tree(v);
    assertFalse(answer.path("valid").asBoolean());
    JsonNode violation = answer.path("violations").get(0);
    assertEquals("/profile/whatsapp", violation.path("pointer").asText());
    assertFalse(violation.path("ruleId").asText().isEmpty());
    assertFalse(v.body().contains("1234-5678"), v.body());
  }

  @Test
  void theCatalogueListsRuleSetsAndRulesWithTheirCitations() {
    JsonNode sets = Http.tree(SERVER.http().get("/v1/rule-sets")).path("ruleSets");
    assertEquals(List.of("juknis-2022.mapping-entry", "juknis-2022.partnership", "juknis-2022-evaluasi",
        "region-codes"), sets.findValuesAsText("name"));
    String name = sets.get(0).path("name").asText();
    String version = sets.get(0).path("version").asText();
    JsonNode set = Http.tree(SERVER.http().get("/v1/rule-sets/" + name + "/" + version));
    assertEquals(List.of("MAP-ENTRY-1", "MAP-ENTRY-2", "MAP-ENTRY-3", "MAP-ENTRY-4"),
        set.path("rules").findValuesAsText("id"));
    JsonNode rule = Http.tree(SERVER.http().get("/v1/rules/PARTNER-LEGAL-1"));
    assertEquals("PARTNER-LEGAL-1", rule.path("id").asText());
    assertFalse(rule.path("citation").path("section").asText().isEmpty());
    assertFalse(rule.path("citation").path("quote").asText().isEmpty());
    assertFalse(rule.path("proposed").asBoolean());
    assertEquals(404, SERVER.http().get("/v1/rules/NO-SUCH-RULE").statusCode());
    JsonNode region = Http.tree(SERVER.http().get("/v1/rules/REGION-CODE-1"));
    assertEquals("REGION-CODE-1", region.path("id").asText());
    assertTrue(region.path("proposed").asBoolean(), "a project rule, not juknis text");
    assertEquals("region-codes", region.path("ruleSets").get(0).path("name").asText());
    assertEquals(List.of("REGION-CODE-1", "REGION-CODE-2", "REGION-CODE-3", "REGION-CODE-4"),
        Http.tree(SERVER.http().get("/v1/rule-sets/region-codes/1")).path("rules").findValuesAsText("id"));
    assertEquals(404, SERVER.http().get("/v1/rule-sets/" + name + "/0").statusCode());
  }

  @Test
  void eachRuleHasItsTitleInTheRequestLanguage() {
    assertEquals("SK Kepala Desa/Lurah",
        Http.tree(SERVER.http().get("/v1/rules/PARTNER-LEGAL-1")).path("title").asText());
    assertEquals("A decree from the village head / ward head / equivalent",
        Http.tree(SERVER.http().get("/v1/rules/PARTNER-LEGAL-1?lang=en")).path("title").asText());
    JsonNode en = Http.tree(Http.send(SERVER.http().request("/v1/rule-sets/juknis-2022.mapping-entry/2022.08.30")
        .header("Accept-Language", "en").GET().build()));
    assertEquals("Has a board composition (list of officers)", en.path("rules").get(3).path("title").asText());
    for (JsonNode set : Http.tree(SERVER.http().get("/v1/rule-sets")).path("ruleSets")) {
      String path = "/v1/rule-sets/" + set.path("name").asText() + "/" + set.path("version").asText();
      for (String lang : List.of("id", "en")) {
        for (JsonNode rule : Http.tree(SERVER.http().get(path + "?lang=" + lang)).path("rules")) {
          assertFalse(rule.path("title").asText().isBlank(), lang + " " + rule);
          assertEquals(RuleTitles.of(RuleId.of(rule.path("id").asText()), Lang.parse(lang)).get(),
              rule.path("title").asText());
        }
      }
    }
  }

  @Test
  void terminationReviewGivesSevenGroundsPerKim() {
    HttpResponse<String> r = SERVER.http().post("/v1/termination/review", Sample.batch().toString());
    assertEquals(200, r.statusCode(), r.body());
    JsonNode reviews = Http.tree(r).path("reviews");
    assertEquals(Sample.DATA.records().size(), reviews.size());
    ReviewStep java = ReviewStep.juknis2022();
    KimRecord rec = Sample.DATA.records().get(3);
    assertEquals(Sample.tree(java.scan(rec, Sample.DATA.dinas(), Inputs.asOf()).toJavaList(), Lang.ID),
        reviews.get(3).path("findings"));
    assertEquals(7, reviews.get(3).path("findings").size());
  }

  private static JsonNode tree(String json) {
    try {
      return Http.JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The sample's as-of date. */
  private static final class Inputs {
    static LocalDate asOf() {
      return id.kim.report.data.Inputs.SAMPLE_AS_OF;
    }
  }
}
