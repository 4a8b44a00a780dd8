package id.kim.rules.evaluation;

import static id.kim.rules.evaluation.Fixtures.MARCH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.community.KimRecord;
import id.kim.core.community.PartnershipPeriod;
import id.kim.core.i18n.Lang;
import id.kim.core.time.Period;
import id.kim.rules.eligibility.Kims;
import id.kim.rules.explain.Finding;
import id.kim.rules.explain.Outcome;
import id.kim.rules.lifecycle.LifecycleState;
import id.kim.rules.lifecycle.PartnerTrail;
import id.kim.rules.lifecycle.Status;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * MONITOR-PURPOSE — "Untuk menentukan kelanjutan kolaborasi" (V.B): the continuation of a collaboration is
 * recommended for a partner only; any other KIM gets the measures and a finding saying why there is no
 * recommendation.
 */
class ContinuationAdviceTest {
  static final LocalDate AS_OF = Kims.AS_OF;
  static final KimRecord RECORD = Kims.record().withProfile(Kims.profile().withPartnershipPeriods(PartnershipPeriod.of(
      Period.of(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 12, 31)), "Sosialisasi protokol kesehatan")));

  static LifecycleState partner() {
    return PartnerTrail.of(RECORD, Kims.DINAS, Kims.OFFICER, AS_OF).get().state().get();
  }

  @Test
  @DisplayName("MONITOR-PURPOSE: a PARTNER gets the recommendation the findings imply")
  void partnerGetsTheRecommendation() {
    ContinuationAdvice a = ContinuationEvaluator.advise(partner(), Fixtures.march(), MARCH,
        ContinuationPolicy.standard(), AS_OF);
    assertTrue(a.isPartner());
    assertEquals(Status.PARTNER, a.status());
    assertEquals(Recommendation.CONTINUE, a.recommendation().get());
    assertTrue(a.withheld().isEmpty());
    assertEquals(a.evaluation().explain(Lang.ID), a.explain(Lang.ID));
    assertEquals("CONTINUE", a.toTree(Lang.EN).get("recommendation"));
  }

  @Test
  @DisplayName("MONITOR-PURPOSE: a candidate KIM gets no recommendation, but a NOT_EVALUATED finding citing V.B "
      + "with a remedy, and its measures")
  void nonPartnerGetsNoRecommendation() {
    LifecycleState candidate = LifecycleState.candidate("KIM Gumbrih", Kims.DINAS, LocalDate.of(2026, 1, 5));
    ContinuationAdvice a = ContinuationEvaluator.advise(candidate, Fixtures.march(), MARCH,
        ContinuationPolicy.standard(), AS_OF);
    assertFalse(a.isPartner());
    assertTrue(a.recommendation().isEmpty());
    Finding f = a.withheld().get();
    assertEquals("MONITOR-PURPOSE", f.ruleId().value());
    assertEquals(Outcome.NOT_EVALUATED, f.outcome());
    assertEquals("V.B", f.citation().section());
    assertEquals("KIM Gumbrih bukan mitra per 2026-07-01 (status: calon KIM): rekomendasi kelanjutan kolaborasi "
        + "hanya diberikan untuk KIM mitra", f.message().render(Lang.ID));
    assertEquals("KIM Gumbrih is not a partner as of 2026-07-01 (status: candidate): the recommendation on "
        + "continuing the collaboration is given for partner KIM only", f.message().render(Lang.EN));
    assertTrue(f.remedy().isDefined());
    String text = a.explain(Lang.ID);
    assertFalse(text.contains("LANJUTKAN KOLABORASI"), text);
    assertTrue(text.contains("Rekomendasi: - (MONITOR-PURPOSE"), text);
    Map<String, Object> tree = a.toTree(Lang.EN);
    assertFalse(tree.containsKey("recommendation"));
    assertEquals("CANDIDATE", tree.get("status"));
    assertTrue(tree.containsKey("withheld"));
    assertEquals(a.evaluation().output(), ContinuationEvaluator.evaluate(Fixtures.march(), MARCH,
        ContinuationPolicy.standard(), AS_OF).output(), "the measures are there either way");
  }

  @Test
  @DisplayName("The state must be of the same KIM and reached by the day of the evaluation")
  void stateOfAnotherKimOrLaterDayIsRefused() {
    LifecycleState other = LifecycleState.candidate("KIM Makata", Kims.DINAS, LocalDate.of(2026, 1, 5));
    assertThrows(IllegalArgumentException.class, () -> ContinuationEvaluator.advise(other, Fixtures.march(), MARCH,
        ContinuationPolicy.standard(), AS_OF));
    LifecycleState later = LifecycleState.candidate("KIM Gumbrih", Kims.DINAS, AS_OF.plusDays(1));
    assertThrows(IllegalArgumentException.class, () -> ContinuationEvaluator.advise(later, Fixtures.march(), MARCH,
        ContinuationPolicy.standard(), AS_OF));
  }
}
