package id.kim.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.kim.core.i18n.Lang;
import id.kim.core.validation.MissingValueException;
import id.kim.examples.ImpactExample;
import id.kim.json.JsonStreamWriter;
import id.kim.rules.impact.Impact;
import id.kim.rules.impact.ImpactQuestion;
import id.kim.rules.impact.ImpactSummary;
import id.kim.rules.impact.Variant;
import id.kim.server.api.ImpactAnswer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code POST /v1/impact} on a started server: each variant shipped in kim-examples, sent as its file, on the
 * bundled Jembrana sample gives exactly what the Java API ({@link Impact}) and so {@code kim impact --format json}
 * give; refused variants are 422 at their pointer; the HTML page of kim-report on request.
 */
class ImpactEndpointTest {
  @RegisterExtension
  static final StartedServer SERVER = new StartedServer();
  private static final LocalDate AS_OF = LocalDate.parse(Sample.AS_OF);

  @Test
  void eachShippedVariantGivesWhatTheJavaApiGivesInBothLanguages() {
    long changed = 0;
    for (String name : ImpactExample.VARIANTS) {
      for (Lang lang : Lang.values()) {
        ObjectNode body = request(shipped(name));
        HttpResponse<String> r =
            SERVER.http().post("/v1/impact?lang=" + lang.name().toLowerCase(Locale.ROOT), body.toString());
        assertEquals(200, r.statusCode(), name + ": " + r.body());
        ImpactSummary expected = Impact.of(Variant.baseline(), ImpactExample.variant(name), ImpactQuestion.PARTNERSHIP)
            .measure(Sample.DATA.records().stream(), Sample.DATA.dinas(), AS_OF);
        JsonNode answer = Http.tree(r);
        assertEquals(Sample.DATA.dinas().name(), answer.path("dinas").asText());
        assertEquals(name, answer.path("variantName").asText());
        assertEquals(json(expected.toTree(lang)), answer.path("impact"), name + " " + lang);
        assertEquals(Sample.DATA.records().size(), answer.at("/impact/population").asLong());
        changed += answer.at("/impact/changed").asLong();
      }
    }
    assertTrue(changed > 0, "no shipped variant changes a KIM of the sample: the comparison proves little");
  }

  @Test
  void theMappingEntryQuestionAndAnotherBaseAreThoseOfTheCli() {
    ObjectNode body = request(shipped("asn-anggota"));
    body.set("base", shipped("afiliasi-anggota"));
    body.put("question", "mapping_entry");
    HttpResponse<String> r = SERVER.http().post("/v1/impact", body.toString());
    assertEquals(200, r.statusCode(), r.body());
    ImpactSummary expected = Impact.of(ImpactExample.variant("afiliasi-anggota"), ImpactExample.variant("asn-anggota"),
        ImpactQuestion.MAPPING_ENTRY).measure(Sample.DATA.records().stream(), Sample.DATA.dinas(), AS_OF);
    assertEquals(json(expected.toTree(Lang.ID)), Http.tree(r).path("impact"));
    assertEquals("MAPPING_ENTRY", Http.tree(r).at("/impact/question").asText());
  }

  @Test
  void anEmptyRegisterChangesNothing() {
    ObjectNode body = request(shipped("asn-anggota"));
    body.putArray("records");
    JsonNode impact = Http.tree(SERVER.http().post("/v1/impact", body.toString())).path("impact");
    assertEquals(0, impact.path("population").asLong(), impact.toString());
    assertEquals(0, impact.path("changed").asLong());
    assertEquals(0, impact.path("transitions").size());
    assertEquals(0, impact.path("changedKim").size());
  }

  @Test
  void anUnknownPolicyIsRefusedAtItsPointerNamingThePolicies() {
    ObjectNode body = request(shipped("asn-anggota"));
    ((ObjectNode) body.at("/variant/eligibility")).put("asnScop", "BOARD_AND_MEMBERS");
    body.put("question", "both");
    JsonNode p = problem(SERVER.http().post("/v1/impact?lang=en", body.toString()), 422);
    assertEquals(List.of("/variant/eligibility/asnScop", "/question"), p.path("errors").findValuesAsText("pointer"));
    String unknownField = p.path("errors").get(0).path("problem").asText();
    assertTrue(unknownField.contains("asnScope") && unknownField.contains("qualificationGate"), unknownField);
    assertTrue(p.path("errors").get(1).path("problem").asText().contains("mapping_entry"), p.toString());
  }

  @Test
  void anUnknownValueOrRuleIsRefusedAtItsPointer() {
    ObjectNode body = request(shipped("asn-anggota"));
    ((ObjectNode) body.at("/variant/eligibility")).put("signatories", "EVERYONE");
    ObjectNode base = (ObjectNode) shipped("afiliasi-anggota");
    base.putArray("removedRules").add("PARTNER-ADMIN-1").add("QUAL-99");
    body.set("base", base);
    JsonNode p = problem(SERVER.http().post("/v1/impact?lang=en", body.toString()), 422);
    assertEquals(List.of("/variant/eligibility/signatories", "/base/removedRules/1"),
        p.path("errors").findValuesAsText("pointer"), p.toString());
    assertTrue(p.path("errors").get(0).path("problem").asText().contains("ALL_BOARD"), p.toString());
    assertTrue(p.path("errors").get(1).path("problem").asText().contains("PARTNER-ADMIN-1"), p.toString());
  }

  @Test
  void aRefusedRecordIsNamedAndNothingIsMeasured() {
    ObjectNode body = request(shipped("asn-anggota"));
    ((ObjectNode) body.path("records").get(3).path("profile")).put("whatsapp", "0899-7777-1234 ext");
    body.remove("variant");
    HttpResponse<String> r = SERVER.http().post("/v1/impact", body.toString());
    JsonNode p = problem(r, 422);
    assertEquals(List.of("/variant", "/records/3/profile/whatsapp"), p.path("errors").findValuesAsText("pointer"));
    assertTrue(!r.body().contains("7777"), r.body());
  }

  @Test
  void aProvincialDinasDoesNotDecide() {
    ObjectNode body = request(shipped("asn-anggota"));
    ObjectNode dinas = (ObjectNode) body.path("dinas");
    dinas.put("level", "PROVINCIAL");
    dinas.remove("regencyCity");
    JsonNode p = problem(SERVER.http().post("/v1/impact", body.toString()), 422);
    assertEquals("ARCH-4", p.path("errors").get(0).path("ruleId").asText(), p.toString());
  }

  @Test
  void anotherMediaTypeIs415() {
    HttpRequest text = SERVER.http().request("/v1/impact").header("Content-Type", "text/plain")
        .POST(HttpRequest.BodyPublishers.ofString(request(shipped("asn-anggota")).toString())).build();
    problem(Http.send(text), 415);
  }

  @Test
  void theHtmlPageOnRequest() {
    String body = request(shipped("asn-anggota")).toString();
    HttpResponse<String> byParam = SERVER.http().post("/v1/impact?format=html&lang=en", body);
    HttpResponse<String> byAccept = Http.send(SERVER.http().request("/v1/impact?lang=en")
        .header("Content-Type", "application/json").header("Accept", "text/html,application/xhtml+xml")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    for (HttpResponse<String> r : List.of(byParam, byAccept)) {
      assertEquals(200, r.statusCode(), r.body());
      assertEquals("text/html", r.headers().firstValue("Content-Type").orElseThrow().split(";", -1)[0]);
      assertTrue(r.body().strip().startsWith("<!DOCTYPE html>"), r.body().substring(0, 40));
      assertTrue(r.body().contains("asn-anggota"), "the variant's version names it");
    }
    assertEquals(byParam.body(), byAccept.body());
    HttpResponse<String> json = Http.send(SERVER.http().request("/v1/impact?format=json")
        .header("Content-Type", "application/json").header("Accept", "text/html")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    assertEquals(200, json.statusCode());
    assertEquals("asn-anggota", Http.tree(json).path("variantName").asText());
    problem(SERVER.http().post("/v1/impact?format=pdf", body), 400);
  }

  @Test
  void theWriterSharedWithTheCliRefusesNullNamingTheParameter() {
    ImpactSummary s = Impact.from(ImpactExample.variant("asn-anggota")).measure(Stream.empty(), Sample.DATA.dinas(),
        AS_OF);
    MissingValueException e = assertThrows(MissingValueException.class,
        () -> ImpactAnswer.write(JsonStreamWriter.compact(new ByteArrayOutputStream(), Lang.ID), "Dinas", null, s,
            Lang.ID));
    assertTrue(e.getMessage().contains("variant"), e.getMessage());
  }

  /** @return the request for a variant on the bundled sample */
  static ObjectNode request(JsonNode variant) {
    ObjectNode body = Http.JSON.createObjectNode();
    body.set("variant", variant);
    body.setAll(Sample.batch());
    return body;
  }

  /** @return a request with every member: a variant removing a rule, another base, the question, three records */
  static ObjectNode small() {
    ObjectNode body = request(shipped("asn-anggota"));
    ((ObjectNode) body.path("variant")).putArray("removedRules").add("QUAL-1");
    body.set("base", shipped("gerbang-kualifikasi-longgar"));
    body.put("question", "partnership");
    body.set("records", Http.JSON.createArrayNode().addAll(List.of(body.path("records").get(0),
        body.path("records").get(1), body.path("records").get(2))));
    return body;
  }

  /** @return the file of a variant shipped in kim-examples, as it is */
  static JsonNode shipped(String name) {
    try (InputStream in = ImpactExample.class.getResourceAsStream("variants/" + name + ".json")) {
      return Http.JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode json(Object tree) {
    try {
      return Http.JSON.readTree(Http.JSON.writeValueAsString(tree));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode problem(HttpResponse<String> r, int status) {
    assertEquals(status, r.statusCode(), r.body());
    assertEquals("application/problem+json", r.headers().firstValue("Content-Type").orElseThrow().split(";", -1)[0]);
    return Http.tree(r);
  }
}
