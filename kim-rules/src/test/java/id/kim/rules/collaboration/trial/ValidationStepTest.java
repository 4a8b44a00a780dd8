package id.kim.rules.collaboration.trial;

import static id.kim.rules.collaboration.Fixtures.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.i18n.Lang;
import id.kim.core.time.Period;
import id.kim.rules.collaboration.CollaborationModel;
import io.vavr.collection.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("MODEL-A-VAL-1..3, MODEL-B-VAL-1..4 — the ordered checklists and the example durations (GAP-27, GAP-28)")
class ValidationStepTest {

  @Test
  @DisplayName("MODEL-A-VAL-1..3: three steps for type A, only the designation required")
  void typeASteps() {
    assertEquals(List.of("MODEL-A-VAL-1", "MODEL-A-VAL-2", "MODEL-A-VAL-3"),
        ValidationStep.of(CollaborationModel.ACTIVE_COORDINATION).map(s -> s.ruleId().value()));
    assertEquals(List.of(false, false, true), ValidationStep.of(CollaborationModel.ACTIVE_COORDINATION)
        .map(ValidationStep::isRequired));
    assertEquals(List.of(1, 2, 3),
        ValidationStep.of(CollaborationModel.ACTIVE_COORDINATION).map(ValidationStep::number));
    assertEquals(ValidationStep.A_DESIGNATE, ValidationStep.designationOf(CollaborationModel.ACTIVE_COORDINATION));
    assertTrue(ValidationStep.A_DESIGNATE.citation().quote().contains("untuk periode tertentu"));
  }

  @Test
  @DisplayName("MODEL-B-VAL-1..4: four steps for type B, only the designation required")
  void typeBSteps() {
    assertEquals(List.of("MODEL-B-VAL-1", "MODEL-B-VAL-2", "MODEL-B-VAL-3", "MODEL-B-VAL-4"),
        ValidationStep.of(CollaborationModel.EMPOWERMENT_CONTENT).map(s -> s.ruleId().value()));
    assertEquals(List.of(1, 2, 3, 4),
        ValidationStep.of(CollaborationModel.EMPOWERMENT_CONTENT).map(ValidationStep::number));
    assertEquals(List.of(ValidationStep.B_DESIGNATE),
        ValidationStep.of(CollaborationModel.EMPOWERMENT_CONTENT).filter(ValidationStep::isRequired));
    assertTrue(ValidationStep.B_MONITOR_PRODUCTION.label(Lang.ID).contains("misal selama 2 bulan"));
    assertTrue(ValidationStep.B_DESIGNATE.label(Lang.ID).contains("selama tahun berjalan (misalnya 6 atau 8 bulan)"));
    assertTrue(ValidationStep.B_DESIGNATE.label(Lang.EN).startsWith("Designate"));
  }

  @Test
  @DisplayName("GAP-27: 2, 6 and 8 months are the juknis' examples, offered as suggestions, never rules")
  void exampleDurations() {
    ValidationPolicy p = ValidationPolicy.juknisExamples();
    assertEquals(2, p.exampleTrialMonths());
    assertEquals(List.of(6, 8), p.exampleDesignationMonths());
    assertEquals(Period.of(d("2025-01-01"), d("2025-02-28")), p.suggestedTrialPeriod(d("2025-01-01")));
    assertEquals(List.of(Period.of(d("2025-03-01"), d("2025-08-31")), Period.of(d("2025-03-01"), d("2025-10-31"))),
        p.suggestedDesignationPeriods(d("2025-03-01")));
    assertTrue(p.toString().contains("juknis IV.B examples"));
    assertTrue(!p.exceedsLongestExample(Period.of(d("2025-03-01"), d("2025-10-31"))));
    assertTrue(p.exceedsLongestExample(Period.of(d("2025-03-01"), d("2025-11-01"))));
  }

  @Test
  @DisplayName("GAP-27: a policy with a non-positive length is a programming error named in the message")
  void invalidPolicy() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ValidationPolicy.builder().exampleTrialMonths(0).build());
    assertTrue(e.getMessage().contains("trial=0"));
    assertThrows(IllegalArgumentException.class,
        () -> ValidationPolicy.builder().exampleDesignationMonths(List.empty()).build());
  }
}
