package id.kim.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import id.kim.rules.evaluation.CollaborationEvaluation;
import id.kim.rules.evaluation.ContinuationEvaluator;
import id.kim.rules.evaluation.ContinuationPolicy;
import id.kim.rules.evaluation.MeasurementPeriod;
import id.kim.rules.evaluation.Ratio;
import id.kim.rules.evaluation.Recommendation;
import id.kim.rules.explain.Finding;
import io.vavr.collection.List;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("DisseminationExample: MEASURE-1..3 of Tabel 5.1 over March 2026 and the continuation (MONITOR-PURPOSE)")
class DisseminationExampleTest {
  private static final MeasurementPeriod MARCH = MeasurementPeriod.month(YearMonth.of(2026, 3));

  private static CollaborationEvaluation march(ContinuationPolicy policy) {
    return ContinuationEvaluator.evaluate(DisseminationExample.march(), MARCH, policy, LocalDate.of(2026, 4, 2));
  }

  @Test
  @DisplayName("figures by hand: growth 460 − 400 = 60 (rate 3/20); Outtakes 120 + 9 + 4 + 12 = 145; 40% → 75%")
  void measures() {
    CollaborationEvaluation e = march(ContinuationPolicy.standard());
    assertEquals(Ratio.of(60), e.output().followerGrowth().value().get());
    assertEquals("3/20", e.output().followerGrowthRate().value().get().toString());
    assertEquals(Ratio.of(145), e.outtakes().total().value().get());
    assertEquals("7/20", e.outcome().change().value().get().toString());
  }

  @Test
  @DisplayName("standard policy: CONTINUE; 100 new followers required: REVIEW_AT_RENEWAL by MEASURE-1; April: no data")
  void recommendations() {
    assertEquals(Recommendation.CONTINUE, march(ContinuationPolicy.standard()).recommendation());
    CollaborationEvaluation strict = march(DisseminationExample.STRICT);
    assertEquals(Recommendation.REVIEW_AT_RENEWAL, strict.recommendation());
    assertEquals(List.of("MEASURE-1"),
        strict.findings().filter(Finding::isFailure).map(f -> f.ruleId().value()).toList());
    CollaborationEvaluation april = ContinuationEvaluator.evaluate(DisseminationExample.march(), MARCH.next(),
        ContinuationPolicy.standard(), LocalDate.of(2026, 5, 2));
    assertEquals(Recommendation.INSUFFICIENT_DATA, april.recommendation());
    assertFalse(april.output().followerGrowth().isMeasurable());
  }

  @Test
  @DisplayName("it prints the three measures and the three recommendations")
  void prints() {
    String out = DisseminationExample.run();
    Printed.assertContains(out,
        "MEASURE-1 Output 2026-03: pertambahan pengikut 60 (laju 3/20), kehadiran 35\n",
        "MEASURE-2 Outtakes: 145 (suka 120, komentar 9, bagikan 4, diskusi 12)\n",
        "MEASURE-3 Outcome: 2/5 → 3/4, perubahan 7/20\n",
        "→ CONTINUE (LANJUTKAN KOLABORASI); pertambahan pengikut: 60\n",
        "minimal 100 pengikut baru per bulan → REVIEW_AT_RENEWAL (TINJAU SAAT PERPANJANGAN); "
            + "pertambahan pengikut: 60\n  MEASURE-1 Tidak terpenuhi: ",
        "2026-04, standar (USULAN SDK): minimal 1 kegiatan per periode → INSUFFICIENT_DATA "
            + "(DATA BELUM CUKUP); pertambahan pengikut: tidak terukur");
  }
}
