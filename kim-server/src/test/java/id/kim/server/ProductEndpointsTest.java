package id.kim.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.kim.core.i18n.Lang;
import id.kim.json.KimJson;
import id.kim.report.data.Inputs;
import id.kim.report.pipeline.MappingRun;
import id.kim.report.pipeline.Partners;
import id.kim.report.pipeline.RuleFamilies;
import id.kim.rules.mapping.MappingRejection;
import id.kim.rules.mapping.report.MappingReport;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Tabel 3.1 import (kim-csv) and the HTML report (kim-report) over HTTP, on the bundled sample. */
class ProductEndpointsTest {
  @RegisterExtension
  static final StartedServer SERVER = new StartedServer();

  @Test
  void theSampleCsvGivesFortyProfilesAndTwoRowErrors() throws IOException {
    byte[] csv;
    try (InputStream in = getClass().getResourceAsStream("/id/kim/report/sample/jembrana/tabel-3-1.csv")) {
      csv = in.readAllBytes();
    }
    String dinas = URLEncoder.encode(KimJson.write(Sample.DATA.dinas(), Lang.ID), StandardCharsets.UTF_8);
    HttpResponse<String> r = Http.send(SERVER.http().request("/v1/import/tabel-3-1?lang=en&dinas=" + dinas)
        .header("Content-Type", "text/csv; charset=utf-8").POST(HttpRequest.BodyPublishers.ofByteArray(csv)).build());
    assertEquals(200, r.statusCode(), r.body());
    JsonNode answer = Http.tree(r);
    assertEquals(42, answer.path("summary").path("read").asInt());
    assertEquals(40, answer.path("summary").path("accepted").asInt());
    assertEquals(2, answer.path("summary").path("rejected").asInt());
    JsonNode rejected = answer.path("rows").findParents("rejected").get(0);
    assertTrue(rejected.path("problems").get(0).has("column"), rejected.toString());
  }

  @Test
  void theImportNeedsItsDinasAndACsvBody() {
    HttpResponse<String> noDinas = Http.send(SERVER.http().request("/v1/import/tabel-3-1")
        .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString("a;b\n")).build());
    ErrorsTest.problem(noDinas, 400, "bad-request");
    ErrorsTest.problem(SERVER.http().post("/v1/import/tabel-3-1", "{}"), 415, "unsupported-media-type");
  }

  @Test
  void theReportIsOneHtmlPage() {
    HttpResponse<String> r = SERVER.http().post("/v1/report?lang=en", Sample.batch().toString());
    assertEquals(200, r.statusCode(), r.body());
    assertEquals("text/html", r.headers().firstValue("Content-Type").orElse("").split(";", -1)[0]);
    assertTrue(r.body().contains("<html"), r.body().substring(0, Math.min(200, r.body().length())));
    assertTrue(r.body().contains(Sample.DATA.dinas().name()));
  }

  @Test
  void theMappingOfTheSampleMatchesTheJavaApi() {
    ObjectNode body = Sample.mapping();
    HttpResponse<String> r = SERVER.http().post("/v1/mapping", body.toString());
    assertEquals(200, r.statusCode(), r.body());
    Either<MappingRejection, MappingReport> java =
        MappingRun.of(Sample.DATA, RuleFamilies.available(), Inputs.SAMPLE_AS_OF);
    JsonNode expected = Sample.tree(java.get(), Lang.ID);
    JsonNode actual = Http.tree(r).path("report");
    expected.fieldNames().forEachRemaining(f -> assertEquals(expected.path(f), actual.path(f), f));
    assertEquals(expected.size(), actual.size());
  }

  @Test
  void theDisseminationOfTheSampleIsEvaluatedPerKim() {
    ObjectNode body = Sample.mapping();
    body.set("monitoring", Sample.tree(Sample.DATA.monitoring().orElseThrow(), Lang.ID));
    HttpResponse<String> r = SERVER.http().post("/v1/dissemination/evaluate", body.toString());
    assertEquals(200, r.statusCode(), r.body());
    JsonNode answer = Http.tree(r);
    assertEquals("2025", answer.path("period").path("label").asText(), answer.path("period").toString());
    assertTrue(answer.path("evaluations").size() > 0);
    int partners = 0;
    for (JsonNode e : answer.path("evaluations")) {
      boolean partner = e.path("partner").asBoolean();
      partners += partner ? 1 : 0;
      assertEquals(partner, e.has("recommendation"), "MONITOR-PURPOSE: a recommendation for partners only " + e);
      assertEquals(!partner, e.has("withheld"), e::toString);
    }
    assertEquals(Partners.of(Sample.DATA, Inputs.SAMPLE_AS_OF).size(), partners, "the sample's partners on the day");
    body.remove("monitoring");
    JsonNode p =
        ErrorsTest.problem(SERVER.http().post("/v1/dissemination/evaluate", body.toString()), 422, "invalid-request");
    assertEquals("/monitoring", p.path("errors").get(0).path("pointer").asText());
  }
}
