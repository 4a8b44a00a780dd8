package id.kim.rules.eligibility;

import static id.kim.rules.eligibility.Kims.AS_OF;
import static id.kim.rules.eligibility.Kims.evaluate;
import static id.kim.rules.eligibility.Kims.record;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.assessment.AssessedCriterion;
import id.kim.core.assessment.AssessmentResult;
import id.kim.core.community.KimRecord;
import id.kim.core.community.KnownAbsence;
import id.kim.core.i18n.Lang;
import id.kim.core.validation.KimValidator;
import id.kim.rules.engine.RuleSet;
import id.kim.rules.explain.Evidence;
import id.kim.rules.explain.Finding;
import id.kim.rules.explain.Outcome;
import id.kim.rules.explain.RuleId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * "Tercatat tidak ada" is not "belum tercatat": a fact the Dinas recorded as none decides the rule
 * NOT_SATISFIED with the remedy, where the same empty field not recorded leaves it UNKNOWN.
 */
class RecordedAsNoneRulesTest {

  /** @return the record, checked valid by kim-core (no contradiction between a value and "none") */
  private static KimRecord valid(KimRecord r) {
    assertTrue(KimValidator.standard().validate(r).isValid(), () -> KimValidator.standard().validate(r).toString());
    return r;
  }

  private static KimRecord noNumber(KnownAbsence... none) {
    return valid(record().withProfile(
        record().profile().withCommunityNumber(Optional.empty()).withRecordedAsNone(none)));
  }

  private static boolean hasEvidence(Finding f, String name, Object value) {
    return f.evidence().contains(Evidence.of(name, value));
  }

  @Nested
  @DisplayName("PARTNER-LEGAL-2 \"NIK (Nomor Induk Komunitas) yang dikeluarkan oleh Dinas Kabupaten/Kota\"")
  class CommunityNumber {
    @Test
    @DisplayName("no number, not recorded: unknown (as before)")
    void notRecorded() {
      Finding f = evaluate("PARTNER-LEGAL-2", noNumber());
      assertEquals(Outcome.UNKNOWN, f.outcome());
      assertEquals("PARTNER-LEGAL-2.noNumber", f.message().key());
    }

    @Test
    @DisplayName("no number, recorded as none: not satisfied, register with the Dinas")
    void recordedAsNone() {
      Finding f = evaluate("PARTNER-LEGAL-2", noNumber(KnownAbsence.COMMUNITY_NUMBER));
      assertEquals(Outcome.NOT_SATISFIED, f.outcome());
      assertEquals("Tercatat tidak ada Nomor Induk Komunitas yang diterbitkan untuk KIM ini.",
          f.message().render(Lang.ID));
      assertEquals("Lakukan registrasi ke Dinas Kominfo Kabupaten Jembrana untuk memperoleh Nomor Induk Komunitas "
          + "(bukan NIK KTP).", f.remedy().get().render(Lang.ID));
      assertTrue(hasEvidence(f, "recordedAsNone", "communityNumber"));
    }

    @Test
    @DisplayName("policy COMPLETE (the Dinas issues the numbers): an absent number means none, named in the version")
    void completeRegister() {
      EligibilityPolicy complete = EligibilityPolicy.builder()
          .communityNumberRegister(CommunityNumberRegister.COMPLETE).build();
      RuleSet<EligibilityFacts> set = Juknis2022.partnership(complete);
      assertEquals("2022.08.30+communityNumberRegister=COMPLETE", set.ref().version());
      Finding f = set.rule(RuleId.of("PARTNER-LEGAL-2")).get().evaluate(Kims.facts(noNumber()), AS_OF);
      assertEquals(Outcome.NOT_SATISFIED, f.outcome());
      assertEquals("PARTNER-LEGAL-2.notInRegister", f.message().key());
      assertTrue(hasEvidence(f, "policy.communityNumberRegister", "COMPLETE"));
      Finding present = set.rule(RuleId.of("PARTNER-LEGAL-2")).get().evaluate(Kims.facts(record()), AS_OF);
      assertEquals(Outcome.SATISFIED, present.outcome());
    }
  }

  @Nested
  @DisplayName("QUAL-6 \"Memiliki media untuk diseminasi informasi atau sarana lainnya\"")
  class Media {
    private KimRecord noMedia(KnownAbsence... none) {
      KimRecord r = Kims.unassessed(record(), AssessedCriterion.OTHER_DISSEMINATION_MEANS);
      return valid(r.withProfile(r.profile().withMedia(List.of()).withRecordedAsNone(none)));
    }

    @Test
    @DisplayName("media and other means both recorded as none: not satisfied")
    void bothNone() {
      Finding f = evaluate("QUAL-6", noMedia(KnownAbsence.MEDIA, KnownAbsence.OTHER_DISSEMINATION_MEANS));
      assertEquals(Outcome.NOT_SATISFIED, f.outcome());
      assertEquals("Tercatat tidak ada media maupun sarana lain pendukung diseminasi informasi.",
          f.message().render(Lang.ID));
      assertTrue(f.remedy().isDefined());
    }

    @Test
    @DisplayName("only one of them recorded as none: unknown, naming what is not recorded")
    void oneNone() {
      assertEquals("QUAL-6.otherMeansNotRecorded", evaluate("QUAL-6", noMedia(KnownAbsence.MEDIA)).message().key());
      assertEquals(Outcome.UNKNOWN, evaluate("QUAL-6", noMedia(KnownAbsence.MEDIA)).outcome());
      Finding other = evaluate("QUAL-6", noMedia(KnownAbsence.OTHER_DISSEMINATION_MEANS));
      assertEquals(Outcome.UNKNOWN, other.outcome());
      assertEquals("QUAL-6.mediaNotRecorded", other.message().key());
      assertEquals("QUAL-6.notAssessed", evaluate("QUAL-6", noMedia()).message().key());
    }

    @Test
    @DisplayName("an applicable assessment of other means still decides before what is recorded as none")
    void assessmentDecides() {
      KimRecord r = Kims.assessed(noMedia(KnownAbsence.MEDIA), AssessedCriterion.OTHER_DISSEMINATION_MEANS,
          AssessmentResult.MET, Kims.ASSESSED_ON);
      assertEquals(Outcome.SATISFIED, evaluate("QUAL-6", r).outcome());
    }
  }

  @Nested
  @DisplayName("MAP-ENTRY-3 / PARTNER-LEGAL-1 \"Memiliki Surat Keputusan (SK) Kepala Desa/ Lurah\"")
  class Decree {
    @Test
    @DisplayName("no SK, recorded as none: not satisfied in both, remedy an SK of the Kepala Desa/Lurah")
    void recordedAsNone() {
      KimRecord r = valid(record().withDecree(Optional.empty()).withRecordedAsNone(KnownAbsence.DECREE));
      for (String id : List.of("MAP-ENTRY-3", "PARTNER-LEGAL-1")) {
        Finding f = evaluate(id, r);
        assertEquals(Outcome.NOT_SATISFIED, f.outcome(), id);
        assertEquals("Tercatat tidak ada SK Kepala Desa/Lurah tentang pembentukan KIM.", f.message().render(Lang.ID));
        assertEquals("Obtain the decree of the village or ward head (Kepala Desa/Lurah or equivalent) establishing the "
            + "KIM and present it to the Dinas.", f.remedy().get().render(Lang.EN));
      }
      assertEquals(Outcome.UNKNOWN, evaluate("PARTNER-LEGAL-1", record().withDecree(Optional.empty())).outcome());
    }
  }

  @Nested
  @DisplayName("MAP-ENTRY-4 \"Memiliki susunan pengurus\" / PARTNER-LEGAL-3 \"Susunan Pengurus yang diketahui oleh "
      + "Kepala Desa/Lurah\"")
  class Board {
    @Test
    @DisplayName("no board, recorded as none: not satisfied; the letter the board should sign is not the board's")
    void boardNone() {
      KimRecord r = valid(record().withBoard(Optional.empty()).withRecordedAsNone(KnownAbsence.BOARD));
      assertEquals("Tercatat tidak ada susunan pengurus KIM.", evaluate("MAP-ENTRY-4", r).message().render(Lang.ID));
      for (String id : List.of("MAP-ENTRY-4", "PARTNER-LEGAL-3", "PARTNER-ADMIN-1", "PARTNER-ADMIN-DECL")) {
        Finding f = evaluate(id, r);
        assertEquals(Outcome.NOT_SATISFIED, f.outcome(), id);
        assertTrue(f.remedy().isDefined(), id);
        assertTrue(hasEvidence(f, "recordedAsNone", "board"), id);
      }
      assertEquals("PARTNER-ADMIN-1.boardRecordedAsNone", evaluate("PARTNER-ADMIN-1", r).message().key());
    }

    @Test
    @DisplayName("a board without acknowledgement is not satisfied either way; recorded as none shows in the evidence")
    void acknowledgementNone() {
      KimRecord r = valid(record().withBoard(Kims.board().withAcknowledgement(Optional.empty()))
          .withRecordedAsNone(KnownAbsence.BOARD_ACKNOWLEDGEMENT));
      Finding f = evaluate("PARTNER-LEGAL-3", r);
      assertEquals(Outcome.NOT_SATISFIED, f.outcome());
      assertEquals("PARTNER-LEGAL-3.notAcknowledged", f.message().key());
      assertTrue(hasEvidence(f, "recordedAsNone", "boardAcknowledgement"));
    }
  }

  @Nested
  @DisplayName("PARTNER-ADMIN-1..4, PARTNER-ADMIN-DECL \"dinyatakan dengan membuat surat pernyataan yang "
      + "ditandatangani oleh pengurus KIM\"")
  class Declaration {
    @Test
    @DisplayName("no letter, recorded as none: every administrative requirement not satisfied, the board signs it")
    void letterNone() {
      KimRecord r = valid(record().withDeclaration(Optional.empty()).withRecordedAsNone(KnownAbsence.DECLARATION));
      for (String id : List.of("PARTNER-ADMIN-1", "PARTNER-ADMIN-2", "PARTNER-ADMIN-3", "PARTNER-ADMIN-4",
          "PARTNER-ADMIN-DECL")) {
        Finding f = evaluate(id, r);
        assertEquals(Outcome.NOT_SATISFIED, f.outcome(), id);
        assertTrue(f.remedy().get().render(Lang.ID).startsWith("Pengurus KIM menandatangani surat pernyataan"), id);
      }
      assertEquals(Outcome.UNKNOWN, evaluate("PARTNER-ADMIN-2", record().withDeclaration(Optional.empty())).outcome());
    }

    @Test
    @DisplayName("the Dinas' own checks recorded as none do not replace the letter, but show beside it")
    void checksBesideTheLetter() {
      KimRecord noLetter = valid(record().withDeclaration(Optional.empty())
          .withRecordedAsNone(KnownAbsence.CRIMINAL_CASES, KnownAbsence.AFFILIATIONS, KnownAbsence.CIVIL_SERVANTS));
      assertEquals(Outcome.UNKNOWN, evaluate("PARTNER-ADMIN-2", noLetter).outcome());
      KimRecord withLetter = valid(record().withRecordedAsNone(KnownAbsence.CRIMINAL_CASES, KnownAbsence.AFFILIATIONS));
      assertTrue(hasEvidence(evaluate("PARTNER-ADMIN-2", withLetter), "recordedAsNone", "criminalCases"));
      assertTrue(hasEvidence(evaluate("PARTNER-ADMIN-4", withLetter), "recordedAsNone", "affiliations"));
      assertEquals(Outcome.SATISFIED, evaluate("PARTNER-ADMIN-4", withLetter).outcome());
    }

    @Test
    @DisplayName("PARTNER-ADMIN-1 without a board on record: the letter and the Dinas' ASN check agree, satisfied")
    void asnCheckedWithoutBoard() {
      KimRecord r = valid(record().withBoard(Optional.empty()).withRecordedAsNone(KnownAbsence.CIVIL_SERVANTS));
      Finding f = evaluate("PARTNER-ADMIN-1", r);
      assertEquals(Outcome.SATISFIED, f.outcome());
      assertEquals("PARTNER-ADMIN-1.satisfiedByCheck", f.message().key());
      assertEquals(Outcome.UNKNOWN, evaluate("PARTNER-ADMIN-1", record().withBoard(Optional.empty())).outcome());
    }
  }
}
