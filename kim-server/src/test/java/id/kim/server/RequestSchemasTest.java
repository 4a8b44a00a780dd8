package id.kim.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import id.kim.core.i18n.Lang;
import id.kim.examples.ImpactExample;
import id.kim.json.KimJson;
import id.kim.testkit.KimGens;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The request schemas of {@code /openapi.json} against real documents: every request body the tests and
 * docs/server.md send, the bundled sample's files and kim-testkit's generated values written by kim-json are
 * valid; and a document the schema refuses, the server refuses too (400 or 422) — the schema is never
 * looser than a client generator may rely on, nor stricter than the server.
 */
class RequestSchemasTest {
  private static final Pattern EXAMPLE = Pattern.compile(
      "<!-- request: POST (/v1/[a-z0-9/-]+)\\S* -->\\s*```json\\n(.*?)```\\s*<!-- response: (\\d{3}) -->",
      Pattern.DOTALL);
  private static final String SAMPLE = "/id/kim/report/sample/jembrana/";
  private static final List<String> CODES = List.of("X", "REGENCY_CITY", "2026-01-15", "A", "HEALTH",
      "REGISTER", "PARTNER", "T2");
  @RegisterExtension
  static final StartedServer SERVER = new StartedServer();

  @Test
  void theDocsExamplesAreValidOrRefusedAsTheServerAnswers() throws IOException {
    Matcher m = EXAMPLE.matcher(Files.readString(Path.of("..", "docs", "server.md")));
    int valid = 0;
    while (m.find()) {
      List<String> errors = RequestSchemas.errors(RequestSchemas.body(m.group(1)), m.group(2));
      if (m.group(3).startsWith("2")) {
        assertEquals(List.of(), errors, m.group(1));
        valid++;
      } else if (m.group(2).contains("\"level\": \"REGENCY\"")) {
        assertTrue(!errors.isEmpty(), "an unknown DinasLevel code is refused by the schema too");
      }
    }
    assertTrue(valid >= 4, "examples checked: " + valid);
  }

  @Test
  void theTestsRequestBodiesAreValid() {
    Map<String, List<JsonNode>> bodies = Map.of(
        "/v1/eligibility", List.of(Sample.batch(), Sample.single(0), Sample.single(3)),
        "/v1/termination/review", List.of(Sample.batch(), Sample.single(2)),
        "/v1/mapping", List.of(Sample.mapping()),
        "/v1/report", List.of(Sample.mapping(), Sample.batch()),
        "/v1/dissemination/evaluate", List.of(dissemination()),
        "/v1/validate", List.of(validate("profile", Sample.DATA.records().get(0).profile()),
            validate("record", Sample.DATA.records().get(1))),
        "/v1/lifecycle/apply", List.of(LifecycleEndpointTest.registerRequest(),
            LifecycleEndpointTest.refusedRequest()),
        "/v1/impact", Stream.concat(ImpactExample.VARIANTS.stream()
            .map(v -> (JsonNode) ImpactEndpointTest.request(ImpactEndpointTest.shipped(v))),
            Stream.of(ImpactEndpointTest.small())).toList());
    bodies.forEach((path, docs) -> {
      Schema schema = RequestSchemas.body(path);
      for (JsonNode doc : docs) {
        assertEquals(List.of(), RequestSchemas.errors(schema, doc.toString()), path);
      }
    });
  }

  @Test
  void theBundledSampleFilesAreValid() throws IOException {
    assertEquals(List.of(), RequestSchemas.errors(RequestSchemas.component("Dinas"), sample("dinas.json")));
    assertEquals(List.of(), RequestSchemas.errors(RequestSchemas.arrayOf("KimRecord"), sample("records.json")));
    assertEquals(List.of(), RequestSchemas.errors(RequestSchemas.arrayOf("GridAssessment"),
        sample("grid-assessments.json")));
    assertEquals(List.of(), RequestSchemas.errors(RequestSchemas.arrayOf("PublicIssue"), sample("issues-2025.json")));
    assertEquals(List.of(), RequestSchemas.errors(RequestSchemas.arrayOf("MonitoringRecord"),
        sample("monitoring-2025.json")));
  }

  @Test
  void generatedValuesWrittenByKimJsonAreValid() {
    Schema record = RequestSchemas.component("KimRecord");
    Schema dinas = RequestSchemas.component("Dinas");
    Schema monitoring = RequestSchemas.component("MonitoringRecord");
    Schema profile = RequestSchemas.component("KimProfile");
    qt().withExamples(150).forAll(KimGens.record(), KimGens.dinas(), KimGens.monitoringRecord(),
        KimGens.completeProfile()).checkAssert((r, d, mr, p) -> {
          assertEquals(List.of(), RequestSchemas.errors(record, KimJson.write(r, Lang.ID)));
          assertEquals(List.of(), RequestSchemas.errors(dinas, KimJson.write(d, Lang.EN)));
          assertEquals(List.of(), RequestSchemas.errors(monitoring, KimJson.write(mr, Lang.ID)));
          assertEquals(List.of(), RequestSchemas.errors(profile, KimJson.write(p, Lang.ID)));
        });
  }

  @Test
  void aDocumentTheSchemaRefusesTheServerRefuses() {
    List<String> paths = List.of("/v1/eligibility", "/v1/validate", "/v1/lifecycle/apply",
        "/v1/dissemination/evaluate", "/v1/impact");
    List<JsonNode> seeds = List.of(Sample.single(1), validate("record", Sample.DATA.records().get(2)),
        LifecycleEndpointTest.refusedRequest(), dissemination(), ImpactEndpointTest.small());
    List<Schema> schemas = paths.stream().map(RequestSchemas::body).toList();
    AtomicInteger refused = new AtomicInteger();
    qt().withExamples(250).forAll(integers().between(0, seeds.size() - 1), integers().between(0, 99_999),
        integers().between(0, 3), integers().between(0, 999)).checkAssert((seed, at, kind, pick) -> {
          JsonNode doc = seeds.get(seed);
          String body = mutate(doc, at, kind, pick).toString();
          if (!RequestSchemas.errors(schemas.get(seed), body).isEmpty()) {
            refused.incrementAndGet();
            HttpResponse<String> r = SERVER.http().post(paths.get(seed), body);
            // /v1/validate answers a value that breaks a rule (e.g. a malformed region code, REGION-CODE-1)
            // with 200 and valid: false, naming the violation: that is its refusal
            boolean reported = paths.get(seed).equals("/v1/validate") && r.statusCode() == 200
                && !Http.tree(r).path("valid").asBoolean(true) && Http.tree(r).path("violations").size() > 0;
            assertTrue(r.statusCode() == 422 || r.statusCode() == 400 || reported,
                () -> "the schema refuses, the server answers " + r.statusCode() + ": " + body);
          }
        });
    assertTrue(refused.get() >= 80, "documents the schema refused: " + refused.get());
  }

  /** A field removed, a field added that the type does not have, or a value replaced (never by null). */
  private static JsonNode mutate(JsonNode doc, int at, int kind, int pick) {
    int n = at % JsonMutations.size(doc);
    return switch (kind) {
      case 0 -> JsonMutations.mutate(doc, n, 0, CODES, pick);
      case 1 -> unknownField(doc, n);
      default -> JsonMutations.mutate(doc, n, 2, CODES, 1 + pick % 7 + 8 * (pick / 8));
    };
  }

  /** @return the document with a member {@code "x-unknown"} added to the n-th object in document order */
  private static JsonNode unknownField(JsonNode doc, int n) {
    JsonNode copy = doc.deepCopy();
    List<ObjectNode> objects = new ArrayList<>();
    collect(copy, objects);
    objects.get(n % objects.size()).put("x-unknown", 1);
    return copy;
  }

  private static void collect(JsonNode node, List<ObjectNode> out) {
    if (node instanceof ObjectNode o) {
      out.add(o);
    }
    node.forEach(child -> collect(child, out));
  }

  private static ObjectNode dissemination() {
    ObjectNode body = Sample.mapping();
    body.set("monitoring", Sample.tree(Sample.DATA.monitoring().orElseThrow(), Lang.ID));
    return body;
  }

  private static ObjectNode validate(String field, Object value) {
    ObjectNode body = Http.JSON.createObjectNode();
    body.set(field, Sample.tree(value, Lang.ID));
    return body;
  }

  private static String sample(String file) throws IOException {
    try (InputStream in = RequestSchemasTest.class.getResourceAsStream(SAMPLE + file)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
