package id.kim.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every error class answers an RFC 9457 problem document, never a stack trace or a value that was sent. */
class ErrorsTest {
  private static KimServer server;
  private static Http http;

  @BeforeAll
  static void start() {
    server = KimServer.start(ServerConfig.defaults().withPort(0).withMaxBodyBytes(4 * 1024 * 1024));
    http = new Http(server);
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  static JsonNode problem(HttpResponse<String> r, int status, String kind) {
    assertEquals(status, r.statusCode(), r.body());
    assertEquals("application/problem+json", r.headers().firstValue("Content-Type").orElse("").split(";", -1)[0]);
    JsonNode p = Http.tree(r);
    assertEquals("urn:kim:problem:" + kind, p.path("type").asText());
    assertEquals(status, p.path("status").asInt());
    assertFalse(p.path("title").asText().isEmpty());
    assertFalse(p.path("detail").asText().isEmpty());
    assertEquals("urn:kim:request:" + r.headers().firstValue("X-Request-Id").orElseThrow(),
        p.path("instance").asText());
    return p;
  }

  @Test
  void malformedJsonIs400() {
    problem(http.post("/v1/eligibility", "{\"dinas\": {\"name\": "), 400, "malformed-json");
    problem(http.post("/v1/eligibility", "{\"asOf\": \"2026-01-15\", \"asOf\": \"2026-01-16\"}"), 400,
        "malformed-json");
    problem(http.post("/v1/eligibility", "{} []"), 400, "malformed-json");
    problem(http.post("/v1/eligibility", ""), 400, "malformed-json");
  }

  @Test
  void unknownAddressIs404AndWrongMethodIs405() {
    problem(http.get("/v1/no-such-thing"), 404, "not-found");
    problem(http.get("/v1/eligibility"), 405, "method-not-allowed");
  }

  @Test
  void aBodyOverTheLimitIs413WithOrWithoutContentLength() {
    // a body a little over the limit: the server reads up to the limit and answers; the rest fits its buffers
    try (KimServer small = KimServer.start(ServerConfig.defaults().withPort(0).withMaxBodyBytes(1024))) {
      Http h = new Http(small);
      String big = "{\"records\": [" + "0,".repeat(700) + "0]}";
      problem(h.post("/v1/eligibility", big), 413, "payload-too-large");
      HttpRequest chunked = h.request("/v1/eligibility").header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofInputStream(
              () -> new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8)))).build();
      problem(Http.send(chunked), 413, "payload-too-large");
    }
  }

  @Test
  void anotherMediaTypeIs415() {
    HttpRequest text = http.request("/v1/eligibility").header("Content-Type", "text/plain")
        .POST(HttpRequest.BodyPublishers.ofString("{}")).build();
    problem(Http.send(text), 415, "unsupported-media-type");
    HttpRequest latin = http.request("/v1/eligibility").header("Content-Type", "application/json; charset=ISO-8859-1")
        .POST(HttpRequest.BodyPublishers.ofString("{}")).build();
    problem(Http.send(latin), 415, "unsupported-media-type");
  }

  @Test
  void whatTheContractRefusesIs422WithEveryPointerAndRuleButNoValueSent() {
    ObjectNode body = Sample.single(0);
    ObjectNode profile = (ObjectNode) body.path("record").path("profile");
    profile.put("whatsapp", "0899-7777-1234 ext");
    profile.put("email", "siti.rahasia@@desa");
    body.put("question", "everything");
    body.put("extra", true);
    HttpResponse<String> r = http.post("/v1/eligibility?lang=en", body.toString());
    JsonNode p = problem(r, 422, "invalid-request");
    List<String> pointers = p.path("errors").findValuesAsText("pointer");
    assertTrue(pointers.containsAll(List.of("/extra", "/question", "/record/profile/whatsapp",
        "/record/profile/email")), pointers.toString());
    JsonNode phone = p.path("errors").get(pointers.indexOf("/record/profile/whatsapp"));
    assertEquals("PROFILE-i", phone.path("ruleId").asText());
    assertFalse(r.body().contains("7777"), r.body());
    assertFalse(r.body().contains("rahasia"), r.body());
  }

  @Test
  void aShapeProblemNamesItsPointerInTheBatch() {
    ObjectNode body = Sample.batch();
    ((ObjectNode) body.path("records").get(2).path("profile")).put("type", 3);
    body.remove("asOf");
    JsonNode p = problem(http.post("/v1/eligibility", body.toString()), 422, "invalid-request");
    assertEquals(List.of("/asOf", "/records/2/profile/type"), p.path("errors").findValuesAsText("pointer"));
  }

  @Test
  void aProvincialDinasDoesNotDecide() {
    ObjectNode body = Sample.single(0);
    ObjectNode dinas = (ObjectNode) body.path("dinas");
    dinas.put("level", "PROVINCIAL");
    dinas.remove("regencyCity");
    JsonNode p = problem(http.post("/v1/eligibility", body.toString()), 422, "invalid-request");
    assertEquals(1, p.path("errors").size(), p.toString());
    assertEquals("ARCH-4", p.path("errors").get(0).path("ruleId").asText(), p.toString());
  }

  @Test
  void problemsSpeakTheRequestLanguage() {
    String id = Http.tree(http.get("/v1/rules/NOPE")).path("title").asText();
    String en = Http.tree(Http.send(http.request("/v1/rules/NOPE").header("Accept-Language", "en-GB").GET().build()))
        .path("title").asText();
    assertEquals("Tidak ditemukan", id);
    assertEquals("Not found", en);
    problem(http.get("/v1/rule-sets?lang=fr"), 400, "bad-request");
    // the JDK's Accept-Language parser fails on "-": the default language, not a 500
    problem(Http.send(http.request("/v1/nope").header("Accept-Language", "-").GET().build()), 404, "not-found");
  }
}
