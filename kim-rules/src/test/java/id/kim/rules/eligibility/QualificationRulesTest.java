package id.kim.rules.eligibility;

import static id.kim.rules.eligibility.Kims.AS_OF;
import static id.kim.rules.eligibility.Kims.evaluate;
import static id.kim.rules.eligibility.Kims.record;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.assessment.AssessedCriterion;
import id.kim.core.assessment.Assessment;
import id.kim.core.assessment.AssessmentResult;
import id.kim.core.community.KimProfile;
import id.kim.core.community.KimRecord;
import id.kim.core.community.TargetAudience;
import id.kim.core.contact.PhoneNumber;
import id.kim.core.i18n.Lang;
import id.kim.rules.engine.GatePolicy;
import id.kim.rules.explain.Decision;
import id.kim.rules.explain.Finding;
import id.kim.rules.explain.Outcome;
import id.kim.rules.explain.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Kualifikasi untuk bermitra, juknis II.B.5 — QUAL-1..7 and QUAL-ORDER, examples from the text. */
class QualificationRulesTest {

  private static KimRecord withProfile(KimProfile p) {
    return record().withProfile(p);
  }

  @ParameterizedTest(name = "{0}: assessment {1} → met satisfies, not met fails, none is unknown")
  @DisplayName("QUAL-3, QUAL-5, QUAL-7, QUAL-2: judgements settled by the latest applicable assessment (GAP-07)")
  @CsvSource({"QUAL-2,REGULAR_ACTIVITY", "QUAL-3,TRACK_RECORD_AND_REPUTATION", "QUAL-5,DIRECT_UNDERSTANDING",
      "QUAL-7,RESOURCES"})
  void assessedQualifications(String id, AssessedCriterion criterion) {
    assertEquals(Outcome.SATISFIED, evaluate(id, record()).outcome());
    Finding notMet = evaluate(id, Kims.assessed(record(), criterion, AssessmentResult.NOT_MET, AS_OF));
    assertEquals(Outcome.NOT_SATISFIED, notMet.outcome());
    assertEquals(id + ".notMet.remedy", notMet.remedy().get().key());
    Finding none = evaluate(id, Kims.unassessed(record(), criterion));
    assertEquals(Outcome.UNKNOWN, none.outcome());
    assertEquals(id + ".notAssessed", none.message().key());
  }

  @Test
  @DisplayName("QUAL-3: an assessment past its validUntil no longer counts (judged as of the date)")
  void expiredAssessmentIsUnknown() {
    KimRecord r = Kims.unassessed(record(), AssessedCriterion.TRACK_RECORD_AND_REPUTATION);
    Assessment limited = Assessment.builder().from(Kims.assessment(AssessedCriterion.TRACK_RECORD_AND_REPUTATION,
        AssessmentResult.MET, Kims.ASSESSED_ON)).validUntil(AS_OF).build();
    List<Assessment> all = new ArrayList<>(r.assessments());
    all.add(limited);
    r = r.withAssessments(all);
    assertEquals(Outcome.SATISFIED, evaluate("QUAL-3", r).outcome());
    assertEquals(Outcome.UNKNOWN, evaluate("QUAL-3", Kims.facts(r), AS_OF.plusDays(1)).outcome());
  }

  @Test
  void assessmentEvidenceMasksTheOfficerAndNeverCopiesTheNote() {
    Assessment noted = Assessment.builder()
        .from(Kims.assessment(AssessedCriterion.RESOURCES, AssessmentResult.MET, AS_OF))
        .note("Dikunjungi; bertemu Siti Aminah di sekretariat").build();
    KimRecord r = Kims.unassessed(record(), AssessedCriterion.RESOURCES);
    r = r.withAssessments(io.vavr.collection.List.ofAll(r.assessments()).append(noted));
    String evidence = evaluate("QUAL-7", r).evidence().mkString(", ");
    assertEquals(
        "assessment.criterion=RESOURCES, assessment.result=MET, assessment.on=2026-07-01, assessment.validUntil=-, "
        + "assessment.by=B*** S***, assessment.dinas=Dinas Kominfo Kabupaten Jembrana, assessment.note=***(46)",
        evidence);
    assertTrue(!evidence.contains("Siti") && !evidence.contains("Bagus"));
  }

  @Nested
  @DisplayName("QUAL-1 \"Eksistensi jelas … alamat, kontak, dan pengakuan dari masyarakat\"")
  class ClearExistence {
    @Test
    void addressContactAndRecognitionSatisfy() {
      Finding f = evaluate("QUAL-1", record());
      assertEquals(Outcome.SATISFIED, f.outcome());
      assertTrue(f.evidence().mkString().contains("profile.address=Jl. ***, RT 001/RW 002, No. ***"));
      assertTrue(f.evidence().mkString().contains("profile.contact=0812******00"));
    }

    @Test
    void notRecognisedFails() {
      KimRecord r = Kims.assessed(record(), AssessedCriterion.COMMUNITY_RECOGNITION, AssessmentResult.NOT_MET, AS_OF);
      assertEquals(Outcome.NOT_SATISFIED, evaluate("QUAL-1", r).outcome());
    }

    @Test
    void missingAddressOrContactIsUnknown() {
      Finding noAddress = evaluate("QUAL-1", withProfile(Kims.profile().withAddress(Optional.empty())));
      assertEquals(Outcome.UNKNOWN, noAddress.outcome());
      assertEquals("QUAL-1.missingData", noAddress.message().key());
      KimProfile noContact = Kims.profile().withWhatsapp(Optional.empty()).withEmail(Optional.empty());
      assertEquals(Outcome.UNKNOWN, evaluate("QUAL-1", withProfile(noContact)).outcome());
      KimProfile fixedLineOnly = noContact.withFixedLine(PhoneNumber.of("(0365) 41210"));
      assertEquals(Outcome.SATISFIED, evaluate("QUAL-1", withProfile(fixedLineOnly)).outcome());
    }

    @Test
    void recognitionNotAssessedIsUnknownWithBothCasesNamed() {
      KimRecord r = Kims.unassessed(record(), AssessedCriterion.COMMUNITY_RECOGNITION);
      assertEquals("QUAL-1.notAssessed", evaluate("QUAL-1", r).message().key());
      KimRecord bare = r.withProfile(Kims.profile().withAddress(Optional.empty()));
      assertEquals("QUAL-1.missingDataNotAssessed", evaluate("QUAL-1", bare).message().key());
    }
  }

  @Nested
  @DisplayName("QUAL-2 \"secara berkala melakukan aktivitas komunitas\"")
  class RegularActivity {
    @Test
    @DisplayName("QUAL-2 GAP-07: the profile frequency is a hint shown as evidence, never a decision")
    void frequencyIsOnlyAHint() {
      KimRecord r = Kims.unassessed(record(), AssessedCriterion.REGULAR_ACTIVITY);
      Finding f = evaluate("QUAL-2", r);
      assertEquals(Outcome.UNKNOWN, f.outcome());
      assertTrue(f.evidence().mkString().contains("profile.frequency=3/weekly"));
    }
  }

  @Nested
  @DisplayName("QUAL-4 \"jangkauan sekurang-kurangnya satu desa/kelurahan/kampung\"")
  class Reach {
    @Test
    void oneVillageIsEnough() {
      Finding f = evaluate("QUAL-4", record());
      assertEquals(Outcome.SATISFIED, f.outcome());
      assertEquals("The reach of the KIM covers 1 kelurahan/desa/kampung.", f.message().render(Lang.EN));
      assertEquals(1, Qual4Reach.MINIMUM_VILLAGES);
    }

    @Test
    void audienceCoveringNoWholeVillageFails() {
      TargetAudience rtOnly = TargetAudience.builder().coverage("warga RT 001 Banjar Dinas Gumbrih").build();
      assertEquals(Outcome.NOT_SATISFIED,
          evaluate("QUAL-4", withProfile(Kims.profile().withTargetAudience(rtOnly))).outcome());
    }

    @Test
    void noAudienceIsUnknown() {
      assertEquals(Outcome.UNKNOWN,
          evaluate("QUAL-4", withProfile(Kims.profile().withTargetAudience(Optional.empty()))).outcome());
    }
  }

  @Nested
  @DisplayName("QUAL-6 \"Memiliki media … atau sarana lainnya\"")
  class Media {
    @Test
    void mediaSatisfyNamingTheirChannels() {
      Finding f = evaluate("QUAL-6", record());
      assertEquals("KIM memiliki 2 media untuk diseminasi informasi (MEDIA-3, MEDIA-4).", f.message().render(Lang.ID));
    }

    @Test
    void withoutMediaTheOtherMeansAssessmentDecides() {
      KimRecord none = withProfile(Kims.profile().withMedia(List.of()));
      assertEquals(Outcome.UNKNOWN, evaluate("QUAL-6", none).outcome());
      assertEquals(Outcome.SATISFIED, evaluate("QUAL-6",
          Kims.assessed(none, AssessedCriterion.OTHER_DISSEMINATION_MEANS, AssessmentResult.MET, AS_OF)).outcome());
      assertEquals(Outcome.NOT_SATISFIED, evaluate("QUAL-6",
          Kims.assessed(none, AssessedCriterion.OTHER_DISSEMINATION_MEANS, AssessmentResult.NOT_MET, AS_OF)).outcome());
    }
  }

  @Nested
  @DisplayName("QUAL-ORDER \"Setelah memenuhi syarat legal dan administratif … maka selanjutnya\"")
  class Order {
    @Test
    void qualificationsWaitForAFailedLegalRequirement() {
      KimRecord r = record().withDecree(Kims.decree().withValidUntil(AS_OF.minusDays(1)));
      Decision d = Kims.valid(Eligibility.partnership(Kims.facts(r), AS_OF));
      assertEquals(Verdict.NOT_ELIGIBLE, d.verdict());
      for (String q : new String[] {"QUAL-1", "QUAL-2", "QUAL-3", "QUAL-4", "QUAL-5", "QUAL-6", "QUAL-7"}) {
        Finding f = Kims.main(d.findings(), q);
        assertEquals(Outcome.NOT_EVALUATED, f.outcome(), q);
        assertEquals("gate.blockedBy=PARTNER-LEGAL-1", f.evidence().last().toString());
      }
    }

    @Test
    @DisplayName("QUAL-ORDER default: an unknown legal requirement also holds the qualifications back — INCOMPLETE")
    void unknownRequirementHoldsBackByDefault() {
      KimRecord r = record().withDeclaration(Optional.empty());
      Decision d = Kims.valid(Eligibility.partnership(Kims.facts(r), AS_OF));
      assertEquals(Verdict.INCOMPLETE, d.verdict());
      assertEquals(Outcome.NOT_EVALUATED, Kims.main(d.findings(), "QUAL-4").outcome());
    }

    @Test
    @DisplayName("QUAL-ORDER policy REQUIRE_NO_FAILURE: with only unknowns the qualifications are assessed too")
    void lenientGateShowsEverythingMissingAtOnce() {
      EligibilityPolicy lenient = EligibilityPolicy.builder().qualificationGate(GatePolicy.REQUIRE_NO_FAILURE).build();
      KimRecord r = Kims.unassessed(record().withDeclaration(Optional.empty()), AssessedCriterion.RESOURCES);
      Decision d = Kims.valid(Eligibility.partnership(Kims.facts(r), AS_OF, Juknis2022.partnership(lenient)));
      assertEquals(Verdict.INCOMPLETE, d.verdict());
      assertEquals(Outcome.UNKNOWN, Kims.main(d.findings(), "QUAL-7").outcome());
      assertEquals("2022.08.30+qualificationGate=REQUIRE_NO_FAILURE", d.ruleSet().version());
    }

    @Test
    void failedQualificationMakesTheKimNotEligibleOnceTheRequirementsPass() {
      KimRecord r = Kims.assessed(record(), AssessedCriterion.TRACK_RECORD_AND_REPUTATION, AssessmentResult.NOT_MET,
          AS_OF);
      Decision d = Kims.valid(Eligibility.partnership(Kims.facts(r), AS_OF));
      assertEquals(Verdict.NOT_ELIGIBLE, d.verdict());
      assertEquals(io.vavr.collection.List.of("QUAL-3"), d.failures().map(f -> f.ruleId().value()));
    }
  }
}
