package id.kim.rules.evaluation;

import static id.kim.rules.evaluation.Fixtures.MARCH;
import static id.kim.rules.evaluation.Fixtures.mar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.i18n.Lang;
import id.kim.core.media.MediaChannel;
import id.kim.core.monitoring.MeasurementLevel;
import id.kim.core.monitoring.MonitoringRecord;
import id.kim.rules.explain.Finding;
import id.kim.rules.explain.Outcome;
import id.kim.rules.explain.RuleId;
import id.kim.rules.explain.Severity;
import io.vavr.collection.TreeSet;
import io.vavr.control.Option;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ContinuationEvaluatorTest {
  static final LocalDate APRIL_2 = LocalDate.of(2026, 4, 2);

  static Finding finding(CollaborationEvaluation e, String id) {
    return e.findings().find(f -> f.ruleId().equals(RuleId.of(id))).get();
  }

  @Test
  @DisplayName("MONITOR-PURPOSE: with the standard policy, 9 logged activities and all three measures give CONTINUE")
  void continueWhenDataAndThresholdsMet() {
    CollaborationEvaluation e = ContinuationEvaluator.evaluate(Fixtures.march(), MARCH, ContinuationPolicy.standard(),
        APRIL_2);
    assertEquals(Recommendation.CONTINUE, e.recommendation());
    assertEquals(List.of("MONITOR-PURPOSE", "MONITOR-COL-3", "MONITOR-COL-5", "MONITOR-COL-4", "MEASURE-1", "MEASURE-2",
        "MEASURE-3"),
        e.findings().map(f -> f.ruleId().value()).toJavaList());
    assertEquals(Outcome.SATISFIED, finding(e, "MONITOR-COL-3").outcome());
    assertTrue(finding(e, "MONITOR-COL-3").citation().proposed(), "the minimum of 1 is the SDK's proposal (GAP-40)");
    assertEquals("9 dissemination activities logged in period 2026-03",
        finding(e, "MONITOR-COL-3").message().render(Lang.EN));
    assertEquals(
        "Outtakes in period 2026-03: total 210 (likes 160, comments 16, shares 14, discussion participants 20) over 3 "
            + "posts",
        finding(e, "MEASURE-2").message().render(Lang.EN));
    assertEquals(
        "Outcome periode 2026-03: jawaban positif 45.00% sebelum, 66.00% sesudah, perubahan 21.00 poin persentase",
        finding(e, "MEASURE-3").message().render(Lang.ID));
    assertTrue(finding(e, "MEASURE-2").evidence()
        .exists(ev -> ev.name().equals("SOCIAL-IG LIKE") && ev.value().equals("120")));
  }

  @Test
  @DisplayName("MONITOR-COL-5: a row without proof of publication is a warning that never changes the recommendation")
  void proofMissingIsWarning() {
    CollaborationEvaluation e = ContinuationEvaluator.evaluate(Fixtures.march(), MARCH, ContinuationPolicy.standard(),
        APRIL_2);
    Finding proof = finding(e, "MONITOR-COL-5");
    assertEquals(Outcome.NOT_SATISFIED, proof.outcome());
    assertEquals(Severity.WARNING, proof.severity());
    assertEquals("1 of 3 activity rows have no proof of publication or link: Berbagi tautan di WAG",
        proof.message().render(Lang.EN));
    assertTrue(proof.remedy().isDefined());
  }

  @Test
  @DisplayName("GAP-40: thresholds not met lead to REVIEW_AT_RENEWAL, never to termination")
  void reviewAtRenewalWhenBelowThreshold() {
    ContinuationPolicy strict = ContinuationPolicy.standard().withName("ketat").withMinActivities(Option.some(10L))
        .withMinOuttakes(Option.some(500L))
        .withMinOutcomeChange(Option.some(Ratio.of(BigInteger.ONE, BigInteger.valueOf(4))))
        .withMinFollowerGrowth(Option.some(60L));
    CollaborationEvaluation e = ContinuationEvaluator.evaluate(Fixtures.march(), MARCH, strict, APRIL_2);
    assertEquals(Recommendation.REVIEW_AT_RENEWAL, e.recommendation());
    for (String id : List.of("MONITOR-COL-3", "MEASURE-1", "MEASURE-2", "MEASURE-3")) {
      assertEquals(Outcome.NOT_SATISFIED, finding(e, id).outcome(), id);
      assertTrue(finding(e, id).citation().proposed(), id);
    }
    assertEquals(
        "Outcome in period 2026-03: a change of 21.00 percentage points, below the minimum 25.00 (policy: ketat)",
        finding(e, "MEASURE-3").message().render(Lang.EN));
    assertEquals("9 dissemination activities in period 2026-03, fewer than the minimum 10 (policy: ketat)",
        finding(e, "MONITOR-COL-3").message().render(Lang.EN));
    assertEquals("ketat", e.policy().name());
  }

  @Test
  @DisplayName("MONITOR-COL-3: no Tabel 5.2 row in the period gives INSUFFICIENT_DATA with what to record")
  void insufficientDataWithoutLog() {
    CollaborationEvaluation e = ContinuationEvaluator.evaluate(Fixtures.march().withLog(List.of()), MARCH,
        ContinuationPolicy.standard(), APRIL_2);
    assertEquals(Outcome.UNKNOWN, finding(e, "MONITOR-COL-3").outcome());
    assertEquals(Recommendation.INSUFFICIENT_DATA, e.recommendation());
    assertTrue(finding(e, "MONITOR-COL-3").remedy().get().render(Lang.ID).contains("Tabel 5.2"));
    CollaborationEvaluation empty = ContinuationEvaluator.evaluate(MonitoringRecord.of(Fixtures.KIM), MARCH,
        ContinuationPolicy.reportOnly(), APRIL_2);
    assertEquals(Recommendation.INSUFFICIENT_DATA, empty.recommendation());
    assertEquals(Outcome.UNKNOWN, finding(empty, "MEASURE-1").outcome());
    assertEquals("Output is not measurable in period 2026-03: no data (followers)",
        finding(empty, "MEASURE-1").message().render(Lang.EN));
  }

  @Test
  @DisplayName(
      "A dated zero row: the Dinas monitored and found nothing — below the standard minimum, so review at renewal")
  void zeroActivitiesRecorded() {
    MonitoringRecord r =
        Fixtures.march()
            .withLog(
                List.of(
                    Fixtures.row("Tidak ada kegiatan", MediaChannel.SOCIAL_MEDIA, 0, mar(31))
                        .build()));
    CollaborationEvaluation e = ContinuationEvaluator.evaluate(r, MARCH, ContinuationPolicy.standard(), APRIL_2);
    assertEquals(Outcome.NOT_SATISFIED, finding(e, "MONITOR-COL-3").outcome());
    assertEquals(Recommendation.REVIEW_AT_RENEWAL, e.recommendation());
    assertEquals(Outcome.NOT_EVALUATED, finding(e, "MONITOR-COL-5").outcome());
  }

  @Test
  @DisplayName("Required levels: a policy requiring MEASURE-3 gives INSUFFICIENT_DATA when no survey was held")
  void requiredLevelNotMeasurable() {
    ContinuationPolicy needsSurvey = ContinuationPolicy.standard()
        .withRequiredLevels(TreeSet.of(MeasurementLevel.OUTCOME));
    CollaborationEvaluation e = ContinuationEvaluator.evaluate(Fixtures.march().withSurveys(List.of()), MARCH,
        needsSurvey, APRIL_2);
    assertEquals(Outcome.UNKNOWN, finding(e, "MEASURE-3").outcome());
    assertEquals(Recommendation.INSUFFICIENT_DATA, e.recommendation());
    assertEquals(Recommendation.CONTINUE, ContinuationEvaluator.evaluate(Fixtures.march().withSurveys(List.of()), MARCH,
        ContinuationPolicy.standard(), APRIL_2).recommendation());
  }

  @Test
  @DisplayName(
      "MONITOR-COL-4 (GAP-40): inactivity warning after the configured days; MONITOR-PURPOSE: provisional before the "
          + "period ends")
  void inactivityAndProvisional() {
    ContinuationPolicy alert = ContinuationPolicy.standard().withMaxDaysWithoutActivity(Option.some(30));
    CollaborationEvaluation late = ContinuationEvaluator.evaluate(Fixtures.march(), MARCH, alert,
        LocalDate.of(2026, 5, 1));
    Finding f = finding(late, "MONITOR-COL-4");
    assertEquals(Outcome.NOT_SATISFIED, f.outcome());
    assertEquals(Severity.WARNING, f.severity());
    assertEquals("last activity 2026-03-28, 34 days before 2026-05-01: beyond the limit of 30 days",
        f.message().render(Lang.EN));
    assertEquals(Recommendation.CONTINUE, late.recommendation(), "inactivity is a warning, not a ground");
    assertEquals(Outcome.SATISFIED,
        finding(ContinuationEvaluator.evaluate(Fixtures.march(), MARCH, alert, APRIL_2), "MONITOR-COL-4").outcome());
    assertEquals(Outcome.NOT_EVALUATED, finding(ContinuationEvaluator.evaluate(Fixtures.march(), MARCH,
        ContinuationPolicy.standard(), APRIL_2), "MONITOR-COL-4").outcome());
    Finding provisional = finding(ContinuationEvaluator.evaluate(Fixtures.march(), MARCH, alert, mar(20)),
        "MONITOR-PURPOSE");
    assertEquals(Outcome.NOT_SATISFIED, provisional.outcome());
    assertEquals(Severity.WARNING, provisional.severity());
  }

  @Test
  @DisplayName("The evaluation explains itself in Indonesian and English and as a JSON-ready tree")
  void explainAndTree() {
    CollaborationEvaluation e = ContinuationEvaluator.evaluate(Fixtures.march(), MARCH, ContinuationPolicy.standard(),
        APRIL_2);
    String id = e.explain(Lang.ID);
    assertTrue(id.contains("Rekomendasi: LANJUTKAN KOLABORASI"), id);
    assertTrue(
        id.contains(
            "MEASURE-1 Terpenuhi: Output periode 2026-03: pertambahan followers 50, pengunjung 1200, kehadiran 75, "
                + "tayangan 800"), id);
    assertTrue(id.contains("[USULAN, bukan teks juknis, GAP-40]"), id);
    assertFalse(id.contains("[MEASURE-"), "no missing message key");
    String en = e.explain(Lang.EN);
    assertTrue(en.contains("Recommendation: CONTINUE THE COLLABORATION"), en);
    assertFalse(en.contains("tidak terukur"), en);
    Map<String, Object> tree = e.toTree(Lang.EN);
    assertEquals("CONTINUE", tree.get("recommendation"));
    assertEquals("2026-03", tree.get("period"));
    assertEquals(7, ((List<?>) tree.get("findings")).size());
  }

  @Test
  @DisplayName("Null arguments are programming errors naming the parameter; the rule set can be derived by ID")
  void nullsAndDerivedRuleSets() {
    var ex = assertThrows(NullPointerException.class,
        () -> ContinuationEvaluator.evaluate(null, MARCH, ContinuationPolicy.standard(), APRIL_2));
    assertTrue(ex.getMessage().contains("'record'"), ex.getMessage());
    var withoutOutcome = EvaluationRules.juknis2022().without(RuleId.of("MEASURE-3")).named("tanpa-survei", "1");
    CollaborationEvaluation e = ContinuationEvaluator.evaluate(withoutOutcome, Fixtures.march(), MARCH,
        ContinuationPolicy.standard(), APRIL_2);
    assertEquals(6, e.findings().size());
    assertEquals(Recommendation.CONTINUE, ContinuationEvaluator.evaluate(EvaluationRules.juknis2022()
        .without(RuleId.of("MONITOR-COL-3")), Fixtures.march().withLog(List.of()), MARCH,
        ContinuationPolicy.reportOnly(), APRIL_2)
        .recommendation(), "a rule removed by the Dinas does not block");
    assertEquals("tanpa-survei", e.ruleSet().name());
    assertThrows(IllegalArgumentException.class, () ->
        ContinuationPolicy.reportOnly().withMinActivities(Option.some(-1L)));
  }

  @Test
  @DisplayName(
      "MEASURE-FOCUS: every evaluation measures the effectiveness on the target audience at the three levels of Tabel "
          + "5.1")
  void measureFocus() {
    CollaborationEvaluation e = ContinuationEvaluator.evaluate(MonitoringRecord.of(Fixtures.KIM), MARCH,
        ContinuationPolicy.reportOnly(), APRIL_2);
    for (MeasurementLevel level : MeasurementLevel.values()) {
      assertTrue(e.findings().exists(f -> f.ruleId().value().equals(level.ruleId())), level.toString());
    }
    assertEquals(
        List.of("MEASURE-1", "MEASURE-2", "MEASURE-3"),
        Arrays.stream(MeasurementLevel.values()).map(MeasurementLevel::ruleId).toList());
    assertEquals(MARCH, e.output().period());
    assertEquals(MARCH, e.outcome().period());
  }
}
