package id.kim.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.kim.core.community.KimProfile;
import id.kim.core.community.KimRecord;
import id.kim.core.i18n.Lang;
import id.kim.core.region.RegionCode;
import id.kim.json.KimJson;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code POST /v1/import/tabel-3-1}, {@code POST /v1/validate} and the endpoints that decide a batch check
 * region codes against kim-regions' published register by default (REGION-CODE-2..4); a server started with
 * {@code --regions none}
 * ({@code KIM_REGIONS=none}) checks only a code's level and nesting (REGION-CODE-1, -3).
 */
class RegionCodesEndpointTest {
  private static final String SEAT = "No;Nama KIM;Kelurahan/Desa;Kode Kelurahan/Desa;Kecamatan;Kode Kecamatan\r\n";

  @RegisterExtension
  static final StartedServer SERVER = new StartedServer();

  private static HttpResponse<String> importRow(Http http, String row) {
    String dinas = URLEncoder.encode(KimJson.write(Sample.DATA.dinas(), Lang.ID), StandardCharsets.UTF_8);
    return Http.send(http.request("/v1/import/tabel-3-1?lang=en&dinas=" + dinas)
        .header("Content-Type", "text/csv; charset=utf-8")
        .POST(HttpRequest.BodyPublishers.ofString(SEAT + row + "\r\n", StandardCharsets.UTF_8)).build());
  }

  /** @return each problem of the only row, as "column ruleId" */
  private static List<String> problems(HttpResponse<String> r) {
    assertEquals(200, r.statusCode(), r.body());
    JsonNode row = Http.tree(r).path("rows").get(0);
    assertTrue(row.path("rejected").asBoolean(), row::toString);
    List<String> out = new ArrayList<>();
    row.path("problems").forEach(p -> out.add(p.path("column").asText() + " " + p.path("ruleId").asText()));
    return out;
  }

  /** @return a record of the sample seated in village 2999 of its own kecamatan, which the register lacks */
  private static ObjectNode unknownVillage() {
    KimRecord r = Sample.DATA.records().get(0);
    KimProfile p = r.profile();
    KimRecord moved = KimRecord.builder().from(r).profile(KimProfile.builder().from(p).seat(p.seat().orElseThrow()
        .withCode(RegionCode.parse(p.seat().orElseThrow().district().code().orElseThrow() + ".2999"))).build())
        .build();
    ObjectNode body = Http.JSON.createObjectNode();
    body.set("record", KimJson.tree(moved, Lang.ID));
    return body;
  }

  @Test
  void aMisplacedKecamatanCodeIsARowErrorOnItsColumn() {
    assertEquals(List.of("Kode Kelurahan/Desa REGION-CODE-3", "Kode Kecamatan REGION-CODE-3"),
        problems(importRow(SERVER.http(), "1;KIM Gumbrih Sejahtera;Desa Gumbrih;51.01.03.2006;Pekutatan;51.02.03")));
    HttpResponse<String> named =
        importRow(SERVER.http(), "1;KIM Gumbrih Sejahtera;Desa Gumbrih;51.01.03.2006;Negara;");
    assertEquals(List.of("Kecamatan REGION-CODE-4"), problems(named));
    assertTrue(named.body().contains("Pekutatan"), "the official name is given: " + named.body());
  }

  @Test
  void anUnknownVillageCodeIsAViolationAtItsPointer() {
    HttpResponse<String> r = SERVER.http().post("/v1/validate?lang=en", unknownVillage().toString());
    assertEquals(200, r.statusCode(), r.body());
    JsonNode answer = Http.tree(r);
    assertFalse(answer.path("valid").asBoolean(), r.body());
    assertEquals(1, answer.path("violations").size(), r.body());
    assertEquals("/record/profile/seat/code", answer.path("violations").get(0).path("pointer").asText());
    assertEquals("REGION-CODE-2", answer.path("violations").get(0).path("ruleId").asText());
    ObjectNode clean = Http.JSON.createObjectNode();
    clean.set("record", KimJson.tree(Sample.DATA.records().get(0), Lang.ID));
    HttpResponse<String> sample = SERVER.http().post("/v1/validate", clean.toString());
    assertTrue(Http.tree(sample).path("valid").asBoolean(), sample.body());
  }

  @Test
  void aDecisionAboutARecordWithAnUnknownCodeIsRefusedAtItsPointer() {
    for (String path : List.of("/v1/eligibility", "/v1/termination/review")) {
      ObjectNode body = unknownVillage();
      body.set("dinas", KimJson.tree(Sample.DATA.dinas(), Lang.ID));
      body.put("asOf", "2026-01-15");
      HttpResponse<String> r = SERVER.http().post(path + "?lang=en", body.toString());
      assertEquals(422, r.statusCode(), r.body());
      JsonNode errors = Http.tree(r).path("errors");
      assertEquals(1, errors.size(), r.body());
      assertEquals("/record/profile/seat/code", errors.get(0).path("pointer").asText(), r.body());
      assertEquals("REGION-CODE-2", errors.get(0).path("ruleId").asText(), r.body());
      body.set("record", KimJson.tree(Sample.DATA.records().get(0), Lang.ID));
      assertEquals(200, SERVER.http().post(path, body.toString()).statusCode(), "the sample's own record");
    }
  }

  @Test
  void withoutARegisterOnlyLevelAndNestingAreChecked() {
    KimServer server =
        KimServer.start(ServerConfig.fromEnvironment(Map.of("KIM_REGIONS", "none")).withPort(0));
    try {
      Http http = new Http(server);
      HttpResponse<String> r = http.post("/v1/validate", unknownVillage().toString());
      assertTrue(Http.tree(r).path("valid").asBoolean(), r.body());
      ObjectNode decide = unknownVillage();
      decide.set("dinas", KimJson.tree(Sample.DATA.dinas(), Lang.ID));
      decide.put("asOf", "2026-01-15");
      assertEquals(200, http.post("/v1/eligibility", decide.toString()).statusCode());
      HttpResponse<String> named = importRow(http, "1;KIM Gumbrih Sejahtera;Desa Gumbrih;51.01.03.2006;Negara;");
      assertFalse(Http.tree(named).path("rows").get(0).path("rejected").asBoolean(), named.body());
    } finally {
      server.stop();
    }
  }
}
