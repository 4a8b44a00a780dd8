package id.kim.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import id.kim.core.i18n.Lang;
import id.kim.json.KimJson;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code GET /openapi.json} parses without a message (swagger-parser), names every route, and real answers
 * of the server — successes and problems — are valid against the schemas it gives for them (JSON Schema
 * 2020-12, the dialect of OpenAPI 3.1).
 */
class OpenApiTest {
  @RegisterExtension
  static final StartedServer SERVER = new StartedServer();
  private static JsonNode document;

  @BeforeAll
  static void start() {
    document = Http.tree(SERVER.http().get("/openapi.json"));
  }

  @Test
  void theDocumentParsesWithoutMessages() {
    SwaggerParseResult parsed = new OpenAPIParser().readContents(document.toString(), null, null);
    assertNotNull(parsed.getOpenAPI());
    assertEquals(List.of(), parsed.getMessages());
    assertEquals("3.1.0", parsed.getOpenAPI().getOpenapi());
  }

  @Test
  void realAnswersAreValidAgainstTheirSchemas() {
    check("/health", "get", SERVER.http().get("/health"));
    check("/v1/rule-sets", "get", SERVER.http().get("/v1/rule-sets"));
    check("/v1/rules/{id}", "get", SERVER.http().get("/v1/rules/QUAL-1?lang=en"));
    check("/v1/rules/{id}", "get", SERVER.http().get("/v1/rules/NOPE"));
    check("/v1/rule-sets/{name}/{version}", "get",
        SERVER.http().get("/v1/rule-sets/juknis-2022.partnership/2022.08.30"));
    check("/v1/eligibility", "post", SERVER.http().post("/v1/eligibility", Sample.batch().toString()));
    check("/v1/eligibility", "post", SERVER.http().post("/v1/eligibility", "{\"asOf\": 1}"));
    check("/v1/eligibility", "post", SERVER.http().post("/v1/eligibility", "{"));
    check("/v1/termination/review", "post", SERVER.http().post("/v1/termination/review", Sample.single(2).toString()));
    ObjectNode profile = Http.JSON.createObjectNode();
    profile.set("profile", Sample.tree(Sample.DATA.records().get(0).profile(), Lang.ID));
    check("/v1/validate", "post", SERVER.http().post("/v1/validate", profile.toString()));
    check("/v1/mapping", "post", SERVER.http().post("/v1/mapping", Sample.mapping().toString()));
    check("/v1/import/tabel-3-1", "post", Http.send(SERVER.http().request("/v1/import/tabel-3-1")
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build()));
    String dinas = URLEncoder.encode(KimJson.write(Sample.DATA.dinas(), Lang.ID), StandardCharsets.UTF_8);
    check("/v1/import/tabel-3-1", "post", Http.send(SERVER.http().request("/v1/import/tabel-3-1?dinas=" + dinas)
        .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(
            "Nama KIM;Jenis KIM\nKIM Satu;A\n")).build()));
    ObjectNode monitoring = Sample.mapping();
    monitoring.set("monitoring", Sample.tree(Sample.DATA.monitoring().orElseThrow(), Lang.ID));
    check("/v1/dissemination/evaluate", "post",
        SERVER.http().post("/v1/dissemination/evaluate", monitoring.toString()));
    check("/v1/mapping", "post", SERVER.http().post("/v1/mapping", "{\"records\": []}"));
    String lifecycle = "/v1/lifecycle/apply";
    check(lifecycle, "post", SERVER.http().post(lifecycle, LifecycleEndpointTest.registerRequest().toString()));
    check(lifecycle, "post", SERVER.http().post(lifecycle, LifecycleEndpointTest.refusedRequest().toString()));
    check(lifecycle, "post", SERVER.http().post(lifecycle, "{\"event\": {}, \"asOf\": \"2025-03-01\"}"));
    ObjectNode impact = ImpactEndpointTest.request(ImpactEndpointTest.shipped("asn-anggota"));
    check("/v1/impact", "post", SERVER.http().post("/v1/impact?lang=en", impact.toString()));
    impact.put("question", "mapping_entry");
    check("/v1/impact", "post", SERVER.http().post("/v1/impact", impact.toString()));
    check("/v1/impact", "post", SERVER.http().post("/v1/impact?format=pdf", impact.toString()));
    impact.putArray("records");
    check("/v1/impact", "post", SERVER.http().post("/v1/impact", impact.toString()));
    ((ObjectNode) impact.path("variant")).putObject("eligibility").put("asnScop", "BOARD_ONLY");
    check("/v1/impact", "post", SERVER.http().post("/v1/impact", impact.toString()));
  }

  @Test
  void theHtmlPagesAreDescribedAsText() {
    HttpResponse<String> r = SERVER.http().post("/v1/report", Sample.batch().toString());
    assertEquals(200, r.statusCode());
    assertEquals("string",
        document.at("/paths/~1v1~1report/post/responses/200/content/text~1html/schema/type").asText());
    String impact = ImpactEndpointTest.request(ImpactEndpointTest.shipped("asn-anggota")).toString();
    HttpResponse<String> page = SERVER.http().post("/v1/impact?format=html", impact);
    assertEquals(200, page.statusCode());
    assertEquals("text/html", page.headers().firstValue("Content-Type").orElseThrow().split(";", -1)[0]);
    assertEquals("string",
        document.at("/paths/~1v1~1impact/post/responses/200/content/text~1html/schema/type").asText());
  }

  @Test
  void everyRouteIsDescribed() {
    for (String path : List.of("/health", "/openapi.json", "/v1/eligibility", "/v1/validate", "/v1/termination/review",
        "/v1/mapping", "/v1/dissemination/evaluate", "/v1/import/tabel-3-1", "/v1/report", "/v1/rule-sets",
        "/v1/rule-sets/{name}/{version}", "/v1/rules/{id}", "/v1/lifecycle/apply", "/v1/impact")) {
      assertTrue(document.path("paths").has(path), path);
    }
  }

  /** Validates the answer's body against the schema the document gives for its path, method and status. */
  private static void check(String path, String method, HttpResponse<String> r) {
    String mediaType = r.headers().firstValue("Content-Type").orElseThrow().split(";", -1)[0];
    JsonNode schema = document.path("paths").path(path).path(method).path("responses")
        .path(Integer.toString(r.statusCode())).path("content").path(mediaType).path("schema");
    assertTrue(schema.isObject(), path + " " + r.statusCode() + " " + mediaType + " is not described");
    ObjectNode root = Http.JSON.createObjectNode();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.set("components", document.path("components"));
    root.setAll((ObjectNode) schema);
    Schema validator = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(root.toString(), InputFormat.JSON);
    List<Error> errors = validator.validate(r.body(), InputFormat.JSON);
    assertEquals(List.of(), errors.stream().map(Error::toString).toList(), path + " " + r.statusCode());
  }
}
