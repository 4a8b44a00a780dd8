package id.kim.rules.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.i18n.Lang;
import id.kim.core.validation.MissingValueException;
import id.kim.rules.explain.Finding;
import id.kim.rules.explain.Outcome;
import id.kim.rules.mapping.report.MappingReport;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Mapping — the five stages MAP-STAGE-A..E in order, and who may map (MAP-RULE-a)")
class MappingTest {

  @Test
  @DisplayName("MAP-STAGE-A..E carry out MAP-RULE-b..e in the juknis' order")
  void stages() {
    assertEquals(List.of("MAP-STAGE-A", "MAP-STAGE-B", "MAP-STAGE-C", "MAP-STAGE-D", "MAP-STAGE-E"),
        List.of(MappingStage.values()).stream().map(s -> s.ruleId().value()).toList());
    assertEquals(List.of("MAP-RULE-b", "MAP-RULE-c", "MAP-RULE-d", "MAP-RULE-e"),
        List.of(MappingStage.values()).stream().flatMap(s -> s.groundRule().toJavaStream()).map(r -> r.value())
            .toList());
    assertEquals("Mengumpulkan Data dan Mengategori KIM", MappingStage.COLLECT_AND_CATEGORISE.citation().quote());
    assertEquals("Menyusun Laporan Hasil Pemetaan", MappingStage.REPORT.citation().quote());
  }

  @Test
  @DisplayName("The report holds every stage's result, the as-of date and the policies in force")
  void pipeline() {
    MappingPolicy policy = MappingPolicy.standard();
    MappingReport r = Mapping.run(WorkedExample.input(), policy, WorkedExample.asOf()).get();
    assertEquals(6, r.census().size());
    assertEquals(6, r.completeness().size());
    assertEquals(2, r.issues().rows().size());
    assertEquals(6, r.grid().placements().size());
    assertEquals(6, r.ranking().decisions().size());
    assertEquals(WorkedExample.asOf(), r.asOf());
    assertEquals(policy.level(), r.grid().policy());
    assertEquals(policy.priority(), r.ranking().policy());
  }

  @Test
  @DisplayName("MAP-RULE-a: a provincial Dinas may not map; the rejection says why and what it can do instead")
  void provincialDinasMayNotMap() {
    MappingInput provincial = WorkedExample.input().withDinas(MappingFixtures.PROVINCIAL);
    MappingRejection rejection = Mapping.run(provincial, MappingPolicy.standard(), WorkedExample.asOf()).getLeft();
    assertEquals(MappingStage.COLLECT_AND_CATEGORISE, rejection.stage());
    Finding f = rejection.reasons().single();
    assertEquals("MAP-RULE-a", f.ruleId().value());
    assertEquals(Outcome.NOT_SATISFIED, f.outcome());
    assertTrue(f.citation().quote().contains("tingkat Kabupaten/Kota"));
    assertTrue(rejection.explain(Lang.EN).contains("GAP-50"));
  }

  @Test
  @DisplayName("GAP-50: where the policy allows it, a provincial Dinas maps — and field h is required in its view")
  void provincialMappingWhereAllowed() {
    MappingInput provincial = WorkedExample.input().withDinas(MappingFixtures.PROVINCIAL);
    MappingReport r = Mapping.run(provincial, MappingPolicy.standard().withProvincialMappingAllowed(true),
        WorkedExample.asOf()).get();
    assertTrue(r.completeness().forAll(c -> c.findings().exists(f -> f.ruleId().value().equals("PROFILE-h"))));
  }

  @Test
  @DisplayName("A KIM recorded twice stops stage A; an issue recorded twice stops stage B")
  void ambiguousDataIsRefused() {
    MappingInput twice = WorkedExample.input().withProfiles(List.of(WorkedExample.MAKATA, WorkedExample.MAKATA));
    assertEquals(MappingStage.COLLECT_AND_CATEGORISE,
        Mapping.run(twice, MappingPolicy.standard(), WorkedExample.asOf()).getLeft().stage());
    MappingInput issueTwice = WorkedExample.input().withIssues(List.of(WorkedExample.PUPUK, WorkedExample.PUPUK));
    MappingRejection r = Mapping.run(issueTwice, MappingPolicy.standard(), WorkedExample.asOf()).getLeft();
    assertEquals(MappingStage.IDENTIFY_ISSUES, r.stage());
    assertTrue(r.toString().startsWith("MAP-STAGE-B:\n  ISSUE-MATRIX"));
  }

  @Test
  @DisplayName("Null arguments are programming errors naming the parameter")
  void nullArguments() {
    MissingValueException e = assertThrows(MissingValueException.class,
        () -> Mapping.run(WorkedExample.input(), MappingPolicy.standard(), null));
    assertTrue(e.getMessage().contains("'asOf'"));
  }
}
