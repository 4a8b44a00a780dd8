package id.kim.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.kim.core.community.KimRecord;
import id.kim.core.community.KnownAbsence;
import id.kim.core.i18n.Lang;
import id.kim.core.validation.FieldViolation;
import id.kim.rules.mapping.Mapping;
import id.kim.rules.mapping.MappingInput;
import id.kim.rules.mapping.MappingPolicy;
import id.kim.rules.mapping.entry.MappingEntrants;
import id.kim.rules.mapping.entry.NotAdmitted;
import id.kim.rules.mapping.report.MappingReport;
import id.kim.testkit.KimGens;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A KIM left out of the mapping (MAP-ENTRY-1..4) keeps its verdict and reasons in JSON, and reads back")
class NotAdmittedJsonTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 1, 15);

  @Test
  @DisplayName("a KIM whose SK Kepala Desa/Lurah is recorded as none: NOT_ELIGIBLE citing MAP-ENTRY-3, alone and "
      + "in the mapping report, read back equal")
  void withoutDecree() {
    qt().withExamples(25).forAll(KimGens.partnerFixture(AS_OF)).checkAssert(f -> {
      KimRecord noDecree = f.record().withDecree(Optional.empty()).withRecordedAsNone(KnownAbsence.DECREE);
      MappingEntrants entrants = MappingEntrants.decide(f.dinas(), List.of(noDecree), AS_OF);
      NotAdmitted left = entrants.notAdmitted().get(0);
      JsonNode tree = KimJson.tree(left, Lang.EN);
      assertEquals("NOT_ELIGIBLE", tree.get("verdict").asText());
      assertTrue(tree.get("reasons").findValuesAsText("ruleId").contains("MAP-ENTRY-3"), tree::toString);
      assertEquals(left, KimJson.read(KimJson.write(left, Lang.EN), NotAdmitted.class).get());
      MappingInput input = MappingInput.admitted(entrants).build();
      assertEquals(input, KimJson.read(KimJson.write(input, Lang.EN), MappingInput.class).get(),
          "the input keeps its entrants, decided again on input");
      MappingReport report = Mapping.run(input, MappingPolicy.standard(), AS_OF)
          .getOrElseThrow(r -> new AssertionError(r.toString()));
      MappingReport back = KimJson.read(KimJson.write(report, Lang.ID), MappingReport.class)
          .getOrElseThrow(p -> new AssertionError(p));
      assertEquals(List.of(left), back.notAdmitted().toJavaList());
      assertEquals(1, KimJson.tree(report, Lang.ID).get("notAdmitted").size());
    });
  }

  @Test
  @DisplayName("entrants are decided again on input: a region's own rule set cannot be, and is refused at its path")
  void entrantsRuleSet() {
    qt().withExamples(5).forAll(KimGens.partnerFixture(AS_OF)).checkAssert(f -> {
      ObjectNode tree = (ObjectNode) KimJson.tree(MappingEntrants.decide(f.dinas(), List.of(f.record()), AS_OF),
          Lang.EN);
      ((ObjectNode) tree.get("ruleSet")).put("name", "jembrana-2026.mapping-entry");
      JsonProblem p = KimJson.read(tree.toString(), MappingEntrants.class).getLeft();
      assertEquals("json.entrants.ruleSet", p.messageKey());
      assertEquals("$.ruleSet", p.path());
    });
  }

  @Test
  @DisplayName("exactly one of decision or violations; an ELIGIBLE decision is refused (the KIM would be admitted)")
  void answerIsChecked() {
    qt().withExamples(10)
        .forAll(KimGens.partnerFixture(AS_OF))
        .checkAssert(
            f -> {
              KimRecord noDecree = f.record().withDecree(Optional.empty());
              NotAdmitted left =
                  MappingEntrants.decide(f.dinas(), List.of(noDecree), AS_OF).notAdmitted().get(0);
              ObjectNode both = (ObjectNode) KimJson.tree(left, Lang.EN);
              both.putArray("violations")
                  .add(
                      KimJson.tree(
                          FieldViolation.builder()
                              .path("profile.name")
                              .constraint("NotBlank")
                              .messageKey("kim.notBlank")
                              .rejectedValue("")
                              .build(),
                          Lang.EN));
              assertEquals(
                  "json.notAdmitted.answer",
                  KimJson.read(both.toString(), NotAdmitted.class).getLeft().messageKey());
              ObjectNode neither = (ObjectNode) KimJson.tree(left, Lang.EN);
              neither.remove("decision");
              neither.remove("reasons");
              neither.remove("verdict");
              assertEquals(
                  "json.notAdmitted.answer",
                  KimJson.read(neither.toString(), NotAdmitted.class).getLeft().messageKey());
              ObjectNode eligible = (ObjectNode) KimJson.tree(left, Lang.EN);
              ((ObjectNode) eligible.get("decision")).putArray("findings");
              eligible.remove("reasons");
              eligible.remove("verdict");
              ((ObjectNode) eligible.get("decision")).remove("verdict");
              assertEquals(
                  "json.notAdmitted.eligible",
                  KimJson.read(eligible.toString(), NotAdmitted.class).getLeft().messageKey());
            });
  }
}
