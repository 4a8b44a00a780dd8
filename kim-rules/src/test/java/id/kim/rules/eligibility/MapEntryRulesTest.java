package id.kim.rules.eligibility;

import static id.kim.rules.eligibility.Kims.AS_OF;
import static id.kim.rules.eligibility.Kims.evaluate;
import static id.kim.rules.eligibility.Kims.record;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.assessment.AssessedCriterion;
import id.kim.core.assessment.AssessmentResult;
import id.kim.core.community.KimRecord;
import id.kim.core.i18n.Lang;
import id.kim.core.organisation.Board;
import id.kim.core.organisation.BoardMember;
import id.kim.core.organisation.BoardRole;
import id.kim.core.region.District;
import id.kim.core.region.Village;
import id.kim.core.region.VillageKind;
import id.kim.rules.explain.Finding;
import id.kim.rules.explain.Outcome;
import id.kim.rules.explain.Verdict;
import io.vavr.collection.Seq;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Syarat masuk pemetaan, juknis II.B.3 — MAP-ENTRY-1..4, examples from the text. */
class MapEntryRulesTest {

  @Test
  @DisplayName("MAP-ENTRY-1..4: KIM Gumbrih with SK, board, seat and assessment may enter the mapping")
  void completeRecordEntersTheMapping() {
    var decision = Kims.valid(Eligibility.mappingEntry(Kims.facts(), AS_OF));
    assertEquals(Verdict.ELIGIBLE, decision.verdict());
    assertEquals("juknis-2022.mapping-entry v2022.08.30", decision.ruleSet().toString());
    assertEquals(io.vavr.collection.List.of("MAP-ENTRY-1", "MAP-ENTRY-2", "MAP-ENTRY-3", "MAP-ENTRY-4"),
        decision.findings().map(f -> f.ruleId().value()));
  }

  @Nested
  @DisplayName("MAP-ENTRY-1 \"Dibentuk oleh, dari, dan untuk masyarakat\"")
  class FormedByCommunity {
    @Test
    void metAssessmentSatisfies() {
      Finding f = evaluate("MAP-ENTRY-1", record());
      assertEquals(Outcome.SATISFIED, f.outcome());
      assertEquals("MAP-ENTRY-1.met", f.message().key());
      assertTrue(f.message().render(Lang.ID).contains("2026-05-10"));
    }

    @Test
    void notMetAssessmentFailsWithRemedy() {
      KimRecord r = Kims.assessed(record(), AssessedCriterion.FORMED_BY_COMMUNITY, AssessmentResult.NOT_MET, AS_OF);
      Finding f = evaluate("MAP-ENTRY-1", r);
      assertEquals(Outcome.NOT_SATISFIED, f.outcome());
      assertEquals("MAP-ENTRY-1.notMet.remedy", f.remedy().get().key());
    }

    @Test
    void withoutAssessmentItIsUnknownNeverSatisfied() {
      Finding f = evaluate("MAP-ENTRY-1", Kims.unassessed(record(), AssessedCriterion.FORMED_BY_COMMUNITY));
      assertEquals(Outcome.UNKNOWN, f.outcome());
      assertEquals("MAP-ENTRY-1.notAssessed", f.message().key());
    }

    @Test
    void assessmentMadeAfterTheAsOfDayDoesNotCount() {
      KimRecord r = Kims.unassessed(record(), AssessedCriterion.FORMED_BY_COMMUNITY);
      r = Kims.assessed(r, AssessedCriterion.FORMED_BY_COMMUNITY, AssessmentResult.MET, AS_OF.plusDays(1));
      assertEquals(Outcome.UNKNOWN, evaluate("MAP-ENTRY-1", r).outcome());
      assertEquals(Outcome.SATISFIED, evaluate("MAP-ENTRY-1", Kims.facts(r), AS_OF.plusDays(1)).outcome());
    }

    @Test
    void laterNotMetPrevailsOverEarlierMet() {
      KimRecord r = Kims.assessed(record(), AssessedCriterion.FORMED_BY_COMMUNITY, AssessmentResult.NOT_MET,
          Kims.ASSESSED_ON.plusDays(1));
      assertEquals(Outcome.SATISFIED, evaluate("MAP-ENTRY-1", Kims.facts(r), Kims.ASSESSED_ON).outcome());
      assertEquals(Outcome.NOT_SATISFIED, evaluate("MAP-ENTRY-1", Kims.facts(r), Kims.ASSESSED_ON.plusDays(1)).outcome());
    }
  }

  @Nested
  @DisplayName("MAP-ENTRY-2 \"Berkedudukan di Kelurahan /Desa/Kampung\"")
  class Seat {
    @Test
    void seatInTheDinasAreaSatisfies() {
      Finding f = evaluate("MAP-ENTRY-2", record());
      assertEquals(Outcome.SATISFIED, f.outcome());
      assertEquals("Berkedudukan di Desa Gumbrih, Kecamatan Pekutatan.", f.message().render(Lang.ID));
    }

    @Test
    void kelurahanKampungAndLocalNamesAllCount() {
      for (VillageKind kind : VillageKind.values()) {
        Village.Builder b = Village.builder().name("Banjar Tengah").kind(kind).district(District.of("Negara"));
        if (kind == VillageKind.OTHER_LOCAL_NAME) {
          b.localKindName("Banjar");
        }
        KimRecord r = record().withProfile(record().profile().withSeat(b.build()));
        assertEquals(Outcome.SATISFIED, evaluate("MAP-ENTRY-2", r).outcome(), kind.name());
      }
    }

    @Test
    void seatInAnotherRegencyIsOutsideTheDinasMapping() {
      Village denpasar = Village.of("Dauh Puri", VillageKind.KELURAHAN, District.of("Denpasar Barat", Kims.DENPASAR));
      Finding f = evaluate("MAP-ENTRY-2", record().withProfile(record().profile().withSeat(denpasar)));
      assertEquals(Outcome.NOT_SATISFIED, f.outcome());
      assertEquals("Register the KIM with the Dinas Kominfo of Kota Denpasar.", f.remedy().get().render(Lang.EN));
    }

    @Test
    void seatNotRecordedIsUnknown() {
      KimRecord r = record().withProfile(record().profile().withSeat(java.util.Optional.empty()));
      assertEquals(Outcome.UNKNOWN, evaluate("MAP-ENTRY-2", r).outcome());
    }
  }

  @Nested
  @DisplayName("MAP-ENTRY-3 \"Memiliki Surat Keputusan (SK) Kepala Desa/ Lurah\"")
  class Decree {
    @Test
    void decreeInForceSatisfies() {
      assertEquals(Outcome.SATISFIED, evaluate("MAP-ENTRY-3", record()).outcome());
    }

    @Test
    void decreeExpiringOnTheAsOfDayIsStillInForceThatDay() {
      KimRecord r = record().withDecree(Kims.decree().withValidUntil(AS_OF));
      assertEquals(Outcome.SATISFIED, evaluate("MAP-ENTRY-3", r).outcome());
      assertEquals(Outcome.NOT_SATISFIED, evaluate("MAP-ENTRY-3", Kims.facts(r), AS_OF.plusDays(1)).outcome());
    }

    @Test
    void revokedDecreeFails() {
      KimRecord r = record().withDecree(Kims.decree().withRevokedOn(AS_OF));
      Finding f = evaluate("MAP-ENTRY-3", r);
      assertEquals(Outcome.NOT_SATISFIED, f.outcome());
      assertEquals("MAP-ENTRY-3.revoked", f.message().key());
    }

    @Test
    void noDecreePresentedIsUnknown() {
      Finding f = evaluate("MAP-ENTRY-3", record().withDecree(java.util.Optional.empty()));
      assertEquals(Outcome.UNKNOWN, f.outcome());
      assertEquals("Bring the decree of the village or ward head (Kepala Desa/Lurah or equivalent) establishing the KIM.",
          f.remedy().get().render(Lang.EN));
    }

    @Test
    @DisplayName("MAP-ENTRY-3 GAP-09: a decree without expiry is in force until revoked, with a warning")
    void decreeWithoutExpiryWarns() {
      KimRecord r = record().withDecree(Kims.decree().withValidUntil(java.util.Optional.empty()));
      Seq<Finding> findings = Juknis2022.MAPPING_ENTRY.evaluateAll(Kims.facts(r), AS_OF);
      assertEquals(Outcome.SATISFIED, Kims.main(findings, "MAP-ENTRY-3").outcome());
      Finding warning = Kims.warnings(findings, "MAP-ENTRY-3").single();
      assertEquals("MAP-ENTRY-3.noExpiry", warning.message().key());
      assertEquals(java.util.Optional.of("GAP-09"), warning.citation().gap());
      assertEquals(Verdict.ELIGIBLE, Verdict.of(findings));
    }

    @Test
    @DisplayName("MAP-ENTRY-3 GAP-09: a decree issued by another village than the seat is flagged, not failed")
    void decreeOfAnotherVillageWarns() {
      KimRecord r = record().withDecree(Kims.decree().withIssuerVillage(Kims.PENGEAMBENGAN));
      Seq<Finding> findings = Juknis2022.MAPPING_ENTRY.evaluateAll(Kims.facts(r), AS_OF);
      Finding warning = Kims.warnings(findings, "MAP-ENTRY-3").single();
      assertEquals("The decree was issued by the Kepala Desa of Desa Pengambengan, Kecamatan Negara, "
          + "not by the head of Desa Gumbrih, Kecamatan Pekutatan, where the KIM is seated.", warning.message().render(Lang.EN));
      assertEquals(Verdict.ELIGIBLE, Verdict.of(findings));
    }

    @Test
    void sameVillageWrittenDifferentlyOrWithFieldHIsNotFlagged() {
      Village sameWithH = Village.of("GUMBRIH", VillageKind.DESA, District.of("pekutatan", Kims.JEMBRANA));
      KimRecord r = record().withDecree(Kims.decree().withIssuerVillage(sameWithH));
      assertTrue(Kims.warnings(Juknis2022.MAPPING_ENTRY.evaluateAll(Kims.facts(r), AS_OF), "MAP-ENTRY-3").isEmpty());
    }
  }

  @Nested
  @DisplayName("MAP-ENTRY-4 \"Memiliki susunan pengurus\"")
  class BoardComposition {
    @Test
    void boardWithMembersSatisfies() {
      Finding f = evaluate("MAP-ENTRY-4", record());
      assertEquals(Outcome.SATISFIED, f.outcome());
      assertEquals("Susunan pengurus tercatat: 3 orang.", f.message().render(Lang.ID));
    }

    @Test
    void boardWithoutMembersFails() {
      Board empty = Kims.board().withMembers(java.util.List.of());
      assertEquals(Outcome.NOT_SATISFIED, evaluate("MAP-ENTRY-4", record().withBoard(empty)).outcome());
    }

    @Test
    void boardNotPresentedIsUnknown() {
      assertEquals(Outcome.UNKNOWN, evaluate("MAP-ENTRY-4", record().withBoard(java.util.Optional.empty())).outcome());
    }

    @Test
    void boardWithoutChairPassesWithAWarning() {
      Board noChair = Kims.board().withMembers(BoardMember.of(Kims.SECRETARY, BoardRole.SECRETARY));
      Seq<Finding> findings = Juknis2022.MAPPING_ENTRY.evaluateAll(Kims.facts(record().withBoard(noChair)), AS_OF);
      assertEquals(Outcome.SATISFIED, Kims.main(findings, "MAP-ENTRY-4").outcome());
      assertEquals("MAP-ENTRY-4.noChair", Kims.warnings(findings, "MAP-ENTRY-4").single().message().key());
    }
  }
}
