package id.kim.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.kim.core.agency.Dinas;
import id.kim.core.agency.Officer;
import id.kim.core.community.CommunityNumber;
import id.kim.core.community.KimRecord;
import id.kim.core.contact.PersonName;
import id.kim.core.i18n.Lang;
import id.kim.report.data.Inputs;
import id.kim.report.pipeline.EligibilityStep;
import id.kim.rules.explain.Decision;
import id.kim.rules.explain.Verdict;
import id.kim.rules.lifecycle.AuditTrail;
import id.kim.rules.lifecycle.EnterMapping;
import id.kim.rules.lifecycle.Lifecycle;
import id.kim.rules.lifecycle.LifecycleEvent;
import id.kim.rules.lifecycle.Register;
import id.kim.rules.lifecycle.Rejection;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code POST /v1/lifecycle/apply} on a real server: T1 accepted, T2 refused (MAP-ENTRY), bad events refused. */
class LifecycleEndpointTest {
  private static final String OFFICER = "Rina Kartikasari";
  private static final LocalDate SINCE = LocalDate.of(2025, 2, 20);
  private static final LocalDate REGISTERED = LocalDate.of(2025, 3, 1);
  @RegisterExtension
  static final StartedServer SERVER = new StartedServer();

  @Test
  void registerFromCandidateIsT1AndLengthensTheTrail() {
    KimRecord rec = Sample.DATA.records().get(0);
    AuditTrail trail = AuditTrail.start(rec.profile().name(), dinas(), SINCE);
    HttpResponse<String> r =
        SERVER.http().post("/v1/lifecycle/apply?lang=en", body(trail, register(), REGISTERED).toString());
    assertEquals(200, r.statusCode(), r.body());
    JsonNode answer = Http.tree(r);
    assertTrue(answer.path("accepted").asBoolean());
    assertEquals("T1", answer.path("step").asText());
    assertEquals("REGISTERED", answer.path("state").path("status").asText());
    assertEquals(1, answer.path("trail").path("entries").size());
    AuditTrail java = trail.record(register(), REGISTERED).get();
    assertEquals(Sample.tree(java, Lang.EN), answer.path("trail"));
    assertEquals(Sample.tree(java.state().get(), Lang.EN), answer.path("state"));
  }

  @Test
  void enterMappingOnANotEligibleDecisionIsRefusedNamingMapEntryAndChangesNothing() {
    KimRecord rec = notEligibleForMapping();
    AuditTrail registered = AuditTrail.start(rec.profile().name(), dinas(), SINCE).record(register(), REGISTERED).get();
    Decision d = EligibilityStep.juknis2022().mappingEntry(rec, dinas(), Inputs.SAMPLE_AS_OF).get();
    EnterMapping event = EnterMapping.of(officer(), Inputs.SAMPLE_AS_OF, d);
    HttpResponse<String> r =
        SERVER.http().post("/v1/lifecycle/apply", body(registered, event, Inputs.SAMPLE_AS_OF).toString());
    assertEquals(200, r.statusCode(), r.body());
    JsonNode answer = Http.tree(r);
    assertFalse(answer.path("accepted").asBoolean());
    JsonNode refused = answer.path("refused");
    assertEquals("T2", refused.path("step").asText());
    assertEquals("ENTER_MAPPING", refused.path("event").asText());
    assertTrue(refused.path("rules").size() > 0, refused.toString());
    assertTrue(refused.path("rules").toString().contains("\"MAP-ENTRY-"), refused.toString());
    assertTrue(refused.path("text").asText().contains("MAP-ENTRY-"), refused.path("text").asText());
    Rejection java = Lifecycle.standard().apply(registered.state().get(), event, Inputs.SAMPLE_AS_OF).getLeft();
    assertEquals(Sample.tree(java, Lang.ID), refused);
    assertEquals(Sample.tree(registered, Lang.ID), answer.path("trail"));
    assertEquals(Sample.tree(registered.state().get(), Lang.ID), answer.path("state"));
    assertEquals("REGISTERED", answer.path("state").path("status").asText());
  }

  @Test
  void aGivenStateMustBeWhatTheTrailReplaysTo() {
    KimRecord rec = Sample.DATA.records().get(0);
    AuditTrail registered = AuditTrail.start(rec.profile().name(), dinas(), SINCE).record(register(), REGISTERED).get();
    ObjectNode body = body(registered, register(), REGISTERED);
    body.set("state", Sample.tree(registered.initial(), Lang.ID));
    HttpResponse<String> r = SERVER.http().post("/v1/lifecycle/apply", body.toString());
    assertEquals(422, r.statusCode(), r.body());
    assertEquals("/state", Http.tree(r).path("errors").get(0).path("pointer").asText());
    body.set("state", Sample.tree(registered.state().get(), Lang.ID));
    r = SERVER.http().post("/v1/lifecycle/apply", body.toString());
    assertEquals(200, r.statusCode(), r.body());
    assertFalse(Http.tree(r).path("accepted").asBoolean(), "REGISTER is not allowed in REGISTERED");
  }

  @Test
  void aTrailThatDoesNotReplayIsRefusedAtItsBrokenEntry() {
    KimRecord rec = Sample.DATA.records().get(0);
    AuditTrail registered = AuditTrail.start(rec.profile().name(), dinas(), SINCE).record(register(), REGISTERED).get();
    ObjectNode body = body(registered, register(), REGISTERED);
    ((ObjectNode) body.path("trail").path("entries").get(0)).put("step", "T2").put("status", "MAPPED");
    ((ObjectNode) body.path("trail")).remove("state");
    HttpResponse<String> r = SERVER.http().post("/v1/lifecycle/apply", body.toString());
    assertEquals(422, r.statusCode(), r.body());
    assertEquals("/trail/entries/0", Http.tree(r).path("errors").get(0).path("pointer").asText());
  }

  @Test
  void aMalformedEventIsNamedByPointerWithoutPersonalData() {
    KimRecord rec = Sample.DATA.records().get(0);
    ObjectNode body = body(AuditTrail.start(rec.profile().name(), dinas(), SINCE), register(), REGISTERED);
    ((ObjectNode) body.path("event")).put("type", "PROMOTE");
    HttpResponse<String> r = SERVER.http().post("/v1/lifecycle/apply", body.toString());
    assertEquals(422, r.statusCode(), r.body());
    assertEquals("application/problem+json", r.headers().firstValue("Content-Type").orElse("").split(";", -1)[0]);
    assertEquals("/event/type", Http.tree(r).path("errors").get(0).path("pointer").asText(), r.body());
    assertFalse(r.body().contains(OFFICER), r.body());

    ((ObjectNode) body.path("event")).put("type", "REGISTER").put("on", "01-03-2025");
    r = SERVER.http().post("/v1/lifecycle/apply", body.toString());
    assertEquals(422, r.statusCode(), r.body());
    assertEquals("/event/on", Http.tree(r).path("errors").get(0).path("pointer").asText(), r.body());
    assertFalse(r.body().contains(OFFICER), r.body());

    r = SERVER.http().post("/v1/lifecycle/apply", "{\"trail\": {\"initial\": ");
    assertEquals(400, r.statusCode(), r.body());

    r = SERVER.http().post("/v1/lifecycle/apply", "{\"event\": {}, \"asOf\": \"2025-03-01\"}");
    assertEquals(422, r.statusCode(), r.body());
    assertTrue(r.body().contains("\"/trail\""), r.body());
  }

  /** @return a T1 request: REGISTER for the sample's first KIM, a candidate */
  static ObjectNode registerRequest() {
    String kim = Sample.DATA.records().get(0).profile().name();
    return body(AuditTrail.start(kim, dinas(), SINCE), register(), REGISTERED);
  }

  /** @return a T2 request the lifecycle refuses: ENTER_MAPPING on a NOT_ELIGIBLE mapping-entry decision */
  static ObjectNode refusedRequest() {
    KimRecord rec = notEligibleForMapping();
    AuditTrail registered = AuditTrail.start(rec.profile().name(), dinas(), SINCE).record(register(), REGISTERED).get();
    Decision d = EligibilityStep.juknis2022().mappingEntry(rec, dinas(), Inputs.SAMPLE_AS_OF).get();
    return body(registered, EnterMapping.of(officer(), Inputs.SAMPLE_AS_OF, d), Inputs.SAMPLE_AS_OF);
  }

  private static KimRecord notEligibleForMapping() {
    return Sample.DATA.records().stream()
        .filter(rec -> EligibilityStep.juknis2022().mappingEntry(rec, dinas(), Inputs.SAMPLE_AS_OF)
            .map(d -> d.verdict() == Verdict.NOT_ELIGIBLE).getOrElse(false))
        .findFirst().orElseThrow(() -> new AssertionError("the sample has a KIM not eligible for mapping entry"));
  }

  private static ObjectNode body(AuditTrail trail, LifecycleEvent event, LocalDate asOf) {
    ObjectNode body = Http.JSON.createObjectNode();
    body.set("trail", Sample.tree(trail, Lang.ID));
    body.set("event", Sample.tree(event, Lang.ID));
    body.put("asOf", asOf.toString());
    return body;
  }

  private static Register register() {
    return Register.of(officer(), REGISTERED,
        CommunityNumber.of("KIM/5101/0099", dinas().regencyCity().orElseThrow()).withIssuedOn(REGISTERED));
  }

  private static Officer officer() {
    return Officer.of(PersonName.of(OFFICER), dinas());
  }

  private static Dinas dinas() {
    return Sample.DATA.dinas();
  }
}
