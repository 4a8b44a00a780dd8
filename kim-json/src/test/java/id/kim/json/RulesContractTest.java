package id.kim.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.kim.core.i18n.Lang;
import id.kim.core.monitoring.MonitoringRecord;
import id.kim.core.monitoring.SocialContent;
import id.kim.rules.evaluation.CollaborationEvaluation;
import id.kim.rules.evaluation.Measurement;
import id.kim.rules.evaluation.MeasurementPeriod;
import id.kim.rules.evaluation.Ratio;
import id.kim.rules.lifecycle.AuditEntry;
import id.kim.rules.lifecycle.AuditTrail;
import id.kim.rules.lifecycle.EventKind;
import id.kim.rules.lifecycle.LifecycleEvent;
import id.kim.rules.lifecycle.LifecycleState;
import id.kim.rules.lifecycle.Rejection;
import id.kim.rules.lifecycle.Transition;
import id.kim.rules.mapping.MappingInput;
import id.kim.rules.mapping.MappingPolicy;
import id.kim.rules.mapping.MappingRejection;
import id.kim.rules.mapping.grid.GridAssessment;
import id.kim.rules.mapping.grid.GridPlacement;
import id.kim.rules.mapping.issue.PublicIssue;
import id.kim.rules.mapping.report.MappingReport;
import id.kim.rules.termination.Indication;
import java.math.BigInteger;
import java.time.YearMonth;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The kim-rules results of the contract: a stored trail replays, a transition is judged again, derived parts are
 * checked.
 */
class RulesContractTest {

  private static ObjectNode tree(Object value) {
    return (ObjectNode) KimJson.tree(value, Lang.EN);
  }

  @Test
  @DisplayName("the contract covers every kim-rules result the issue names")
  void namedResultsArePartOfTheContract() {
    assertTrue(
        KimJson.types()
            .containsAll(
                Set.of(
                    Transition.class,
                    LifecycleEvent.class,
                    Rejection.class,
                    AuditTrail.class,
                    AuditEntry.class,
                    Indication.class,
                    MappingReport.class,
                    MappingInput.class,
                    MappingPolicy.class,
                    MappingRejection.class,
                    PublicIssue.class,
                    GridAssessment.class,
                    CollaborationEvaluation.class,
                    MonitoringRecord.class)));
  }

  @Test
  @DisplayName("INV audit trail: a stored trail read back replays to the same state (or breaks at the same entry)")
  void storedTrailReplaysToTheSameState() {
    qt().withExamples(100).forAll(LifecycleGens.TRAIL).checkAssert(trail -> {
      AuditTrail back = KimJson.read(KimJson.write(trail), AuditTrail.class).get();
      assertEquals(trail.state(), back.state());
      assertEquals(trail.replay(), back.replay());
      assertEquals(trail.entries(), back.entries());
    });
  }

  @Test
  @DisplayName(
      "a trail whose entry was edited reads back broken at that entry; with its old state written it is refused")
  void editedTrailIsBrokenAtTheEntry() {
    qt().withExamples(100).forAll(LifecycleGens.TRAIL.assuming(t -> t.size() >= 2)).checkAssert(trail -> {
      ObjectNode json = tree(trail);
      ObjectNode entry = (ObjectNode) json.get("entries").get(1);
      entry.put("status", "DEREGISTERED".equals(entry.get("status").textValue()) ? "MAPPED" : "DEREGISTERED");
      var refused = KimJson.fromTree(json, AuditTrail.class);
      assertEquals("$.state", refused.getLeft().path());
      json.remove("state");
      AuditTrail broken = KimJson.fromTree(json, AuditTrail.class).get();
      assertEquals(2, (int) broken.state().getLeft().entry().get());
    });
  }

  @Test
  @DisplayName("a transition is judged again on input: an edited result or a refused event is a problem")
  void transitionIsJudgedAgain() {
    qt().withExamples(60)
        .forAll(LifecycleGens.TRANSITION)
        .checkAssert(
            t -> {
              ObjectNode edited = tree(t);
              ((ObjectNode) edited.get("after"))
                  .put("since", t.after().since().plusDays(1).toString());
              assertEquals("$.after", KimJson.fromTree(edited, Transition.class).getLeft().path());
              ObjectNode refused = tree(t);
              refused.set(
                  "before",
                  KimJson.tree(
                      LifecycleState.candidate("KIM", t.before().dinas(), t.before().since()),
                      Lang.EN));
              boolean registers = t.event().kind() == EventKind.REGISTER;
              var read = KimJson.fromTree(refused, Transition.class);
              assertEquals(
                  registers,
                  read.isRight() || !read.getLeft().messageKey().equals("json.transition.refused"),
                  read::toString);
            });
  }

  @Test
  @DisplayName("events are told apart by a stable type code; a missing or unknown code is named at $.type")
  void eventTypeCodes() {
    JsonProblem missing = KimJson.read("{\"on\": \"2026-01-05\"}", LifecycleEvent.class).getLeft();
    assertEquals("$.type", missing.path());
    assertEquals(JsonProblem.Kind.MISSING_FIELD, missing.kind());
    JsonProblem unknown = KimJson.read("{\"type\": \"SUSPEND\"}", LifecycleEvent.class).getLeft();
    assertEquals("$.type", unknown.path());
    assertTrue(unknown.message(Lang.EN)
        .endsWith("REGISTER, ENTER_MAPPING, CATEGORISE, DESIGNATE, OPEN_REVIEW, CLEAR_REVIEW, "
        + "TERMINATE, PERIOD_ENDED, DEREGISTER"), unknown::toString);
    qt().withExamples(50)
        .forAll(LifecycleGens.EVENT)
        .checkAssert(
            e -> {
              assertEquals(e.kind().name(), tree(e).get("type").textValue());
              ObjectNode other = tree(e);
              String kind = e.kind() == EventKind.PERIOD_ENDED ? "ENTER_MAPPING" : "PERIOD_ENDED";
              other.put("type", kind);
              var read = KimJson.fromTree(other, LifecycleEvent.class);
              assertTrue(
                  read.isLeft() || read.get().kind().name().equals(kind),
                  "the type code alone says which event it is");
            });
  }

  @Test
  @DisplayName("SOCIAL-FB has no View (GAP-42): a Facebook post with views is an unknown field")
  void facebookHasNoViews() {
    qt().withExamples(40).forAll(ContractGenerators.all().get(SocialContent.class)).checkAssert(c -> {
      ObjectNode json = tree(c);
      ObjectNode metrics = (ObjectNode) json.get("metrics");
      metrics.removeAll();
      metrics.put("platform", "FACEBOOK").put("likes", 1).put("shares", 2).put("comments", 3).put("views", 4);
      JsonProblem p = KimJson.fromTree(json, SocialContent.class).getLeft();
      assertEquals("$.metrics.views", p.path());
      assertEquals(JsonProblem.Kind.UNKNOWN_FIELD, p.kind());
    });
  }

  @Test
  @DisplayName(
      "MEASURE-1..3 values: a ratio in lowest terms, a measurement is a value or a reason, a month is a whole month")
  void measuresAreExact() {
    assertEquals(
        Ratio.of(BigInteger.ONE, BigInteger.TEN),
        KimJson.read("{\"numerator\": 1, \"denominator\": 10}", Ratio.class).get());
    assertEquals("$.numerator", KimJson.read("{\"numerator\": 2, \"denominator\": 20}", Ratio.class).getLeft().path());
    assertEquals("$.denominator", KimJson.read("{\"numerator\": 2, \"denominator\": 0}", Ratio.class).getLeft().path());
    assertEquals("$.denominator",
        KimJson.read("{\"numerator\": 2, \"denominator\": 1.5}", Ratio.class).getLeft().path());
    assertEquals("json.measurement.oneOf", KimJson.read("{\"value\": {\"numerator\": 1, \"denominator\": 1}, "
        + "\"notMeasurable\": {\"reason\": \"NO_DATA_IN_PERIOD\"}}", Measurement.class).getLeft().messageKey());
    assertEquals("json.measurement.oneOf", KimJson.read("{}", Measurement.class).getLeft().messageKey());
    assertEquals(
        MeasurementPeriod.month(YearMonth.of(2025, 3)),
        KimJson.read(
                "{\"granularity\": \"MONTH\", \"start\": \"2025-03-01\", \"end\": \"2025-03-31\"}",
                MeasurementPeriod.class)
            .get());
    assertEquals("$.start",
        KimJson.read("{\"granularity\": \"MONTH\", \"start\": \"2025-03-02\", \"end\": \"2025-03-31\"}",
        MeasurementPeriod.class).getLeft().path());
    assertEquals("$.label",
        KimJson.read("{\"granularity\": \"YEAR\", \"start\": \"2025-01-01\", \"end\": \"2025-12-31\", "
        + "\"label\": \"2024\"}", MeasurementPeriod.class).getLeft().path());
  }

  @Test
  @DisplayName("MONITOR-PURPOSE: the recommendation is derived from the findings; an edited one is refused")
  void recommendationIsDerived() {
    qt().withExamples(40).forAll(EvaluationGens.EVALUATION).checkAssert(e -> {
      ObjectNode json = tree(e);
      json.put("recommendation", e.recommendation().name().equals("CONTINUE") ? "REVIEW_AT_RENEWAL" : "CONTINUE");
      assertEquals("$.recommendation", KimJson.fromTree(json, CollaborationEvaluation.class).getLeft().path());
    });
  }

  @Test
  @DisplayName("REPORT-1, PRIORITY-1: the ranking and the matrix are derived from the grid; an edited rank is refused")
  void rankingIsDerived() {
    qt().withExamples(40).forAll(MappingGens.REPORT.assuming(r -> r.ranking().decisions().size() >= 2))
        .checkAssert(r -> {
      ObjectNode json = tree(r);
      ArrayNode decisions = (ArrayNode) json.get("ranking").get("decisions");
      ((ObjectNode) decisions.get(0)).put("rank", 2);
      assertEquals("$.ranking.decisions", KimJson.fromTree(json, MappingReport.class).getLeft().path());
      ObjectNode bare = tree(r);
      ((ObjectNode) bare.get("ranking")).remove("decisions");
      bare.remove("matrix");
      assertEquals(r, KimJson.fromTree(bare, MappingReport.class).get());
    });
  }

  @Test
  @DisplayName(
      "GAP-14: a placement's classification follows from its levels and the mixed-case policy; an edited one is "
          + "refused")
  void classificationIsDerived() {
    qt().withExamples(40).forAll(MappingGens.PLACEMENT).checkAssert(p -> {
      ObjectNode json = tree(p);
      ((ObjectNode) json.get("classification")).put("juknisExactMatch", !p.juknisExactMatch());
      assertEquals("$.classification", KimJson.fromTree(json, GridPlacement.class).getLeft().path());
    });
  }
}
