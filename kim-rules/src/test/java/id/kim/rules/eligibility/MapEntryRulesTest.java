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
import io.vavr.control.Option;
import java.util.List;
import java.util.Optional;
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
      assertEquals(Outcome.NOT_SATISFIED,
          evaluate("MAP-ENTRY-1", Kims.facts(r), Kims.ASSESSED_ON.plusDays(1)).outcome());
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
      KimRecord r = record().withProfile(record().profile().withSeat(Optional.empty()));
      assertEquals(Outcome.UNKNOWN, evaluate("MAP-ENTRY-2", r).outcome());
      assertEquals("MAP-ENTRY-2.noSeat", evaluate("MAP-ENTRY-2", r).message().key());
    }
  }

  @Nested
  @DisplayName("MAP-ENTRY-2 \"Berkedudukan di Kelurahan /Desa/Kampung\": a seat recorded above the village")
  class SeatAboveVillage {
    private KimRecord seatedAt(District district) {
      return record().withProfile(record().profile().withSeat(Optional.empty()).withDistrictSeat(district));
    }

    @Test
    @DisplayName("village column empty, kecamatan filled: NOT_SATISFIED with the citation, the level and a remedy")
    void kecamatanSeatIsNotAVillage() {
      Finding f = evaluate("MAP-ENTRY-2", seatedAt(District.of("Negara", Kims.JEMBRANA)));
      assertEquals(Outcome.NOT_SATISFIED, f.outcome());
      assertEquals("MAP-ENTRY-2.districtSeat", f.message().key());
      assertEquals("II.B.3", f.citation().section());
      assertEquals(MapEntry2Seat.CITATION, f.citation());
      assertTrue(f.citation().quote().startsWith("b. Berkedudukan di Kelurahan /Desa/Kampung"));
      assertEquals("Kedudukan KIM tercatat di tingkat kecamatan (Kecamatan Negara, Kabupaten Jembrana, Provinsi Bali), "
          + "tidak di kelurahan/desa/kampung; juknis II.B.3 huruf b mensyaratkan KIM berkedudukan di "
          + "kelurahan/desa/kampung.",
          f.message().render(Lang.ID));
      assertEquals("Record the kelurahan/desa/kampung where the KIM is seated (Tabel 3.1 field f). A group seated at "
          + "district level, such as a district forum of KIM, is not a KIM under juknis II.B.3 b and does not enter "
          + "the mapping.",
          f.remedy().get().render(Lang.EN));
      assertEquals(List.of("seat.level=DISTRICT", "seat=Kecamatan Negara, Kabupaten Jembrana, Provinsi Bali",
          "seat.regencyCity=Kabupaten Jembrana", "dinas.area=Kabupaten Jembrana"),
          f.evidence().map(e -> e.name() + "=" + e.value()).toJavaList());
    }

    @Test
    @DisplayName("a kecamatan without field h (GAP-22) lies in the Dinas' own area: still NOT_SATISFIED, never UNKNOWN")
    void kecamatanWithoutRegencyIsStillDecided() {
      Finding f = evaluate("MAP-ENTRY-2", seatedAt(District.of("Negara")));
      assertEquals(Outcome.NOT_SATISFIED, f.outcome());
      assertEquals("MAP-ENTRY-2.districtSeat", f.message().key());
    }

    @Test
    @DisplayName("only the kabupaten/kota recorded: NOT_SATISFIED, asking for the kelurahan/desa and kecamatan")
    void regencySeatIsNotAVillage() {
      KimRecord r = record().withProfile(
          record().profile().withSeat(Optional.empty()).withRegencyCitySeat(Kims.JEMBRANA));
      Finding f = evaluate("MAP-ENTRY-2", r);
      assertEquals(Outcome.NOT_SATISFIED, f.outcome());
      assertEquals("MAP-ENTRY-2.regencyCitySeat", f.message().key());
      assertEquals("The seat of the KIM is recorded at regency/city (kabupaten/kota) level "
          + "(Kabupaten Jembrana, Provinsi Bali), with no district and no kelurahan/desa/kampung; "
          + "juknis II.B.3 b requires a KIM seated in a kelurahan/desa/kampung.",
          f.message().render(Lang.EN));
      assertTrue(f.remedy().get().render(Lang.ID).startsWith("Catat kelurahan/desa/kampung dan kecamatan"));
    }

    @Test
    @DisplayName("a kecamatan of another regency/city is outside the Dinas' mapping, as a village there would be")
    void kecamatanInAnotherRegencyIsOutsideTheArea() {
      Finding f = evaluate("MAP-ENTRY-2", seatedAt(District.of("Denpasar Barat", Kims.DENPASAR)));
      assertEquals(Outcome.NOT_SATISFIED, f.outcome());
      assertEquals("MAP-ENTRY-2.outsideArea", f.message().key());
      assertEquals("Register the KIM with the Dinas Kominfo of Kota Denpasar.", f.remedy().get().render(Lang.EN));
    }

    @Test
    @DisplayName("MAP-ENTRY-1..4: a kecamatan forum otherwise complete is NOT_ELIGIBLE for the mapping, not INCOMPLETE")
    void kecamatanForumDoesNotEnterTheMapping() {
      var decision = Kims.valid(Eligibility.mappingEntry(Kims.facts(seatedAt(District.of("Negara"))), AS_OF));
      assertEquals(Verdict.NOT_ELIGIBLE, decision.verdict());
      assertEquals(io.vavr.collection.List.of("MAP-ENTRY-2"), decision.failures().map(f -> f.ruleId().value()));
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
      Finding f = evaluate("MAP-ENTRY-3", record().withDecree(Optional.empty()));
      assertEquals(Outcome.UNKNOWN, f.outcome());
      assertEquals(
          "Bring the decree of the village or ward head (Kepala Desa/Lurah or equivalent) establishing the KIM.",
          f.remedy().get().render(Lang.EN));
    }

    @Test
    @DisplayName("MAP-ENTRY-3 GAP-09: a decree without expiry is in force until revoked, with a warning")
    void decreeWithoutExpiryWarns() {
      KimRecord r = record().withDecree(Kims.decree().withValidUntil(Optional.empty()));
      Seq<Finding> findings = Juknis2022.MAPPING_ENTRY.evaluateAll(Kims.facts(r), AS_OF);
      assertEquals(Outcome.SATISFIED, Kims.main(findings, "MAP-ENTRY-3").outcome());
      Finding warning = Kims.warnings(findings, "MAP-ENTRY-3").single();
      assertEquals("MAP-ENTRY-3.noExpiry", warning.message().key());
      assertEquals(Option.of("GAP-09"), warning.citation().gap());
      assertEquals(Verdict.ELIGIBLE, Verdict.of(findings));
    }

    @Test
    @DisplayName("MAP-ENTRY-3 GAP-09: a decree issued by another village than the seat is flagged, not failed")
    void decreeOfAnotherVillageWarns() {
      KimRecord r = record().withDecree(Kims.decree().withIssuerVillage(Kims.PENGEAMBENGAN));
      Seq<Finding> findings = Juknis2022.MAPPING_ENTRY.evaluateAll(Kims.facts(r), AS_OF);
      Finding warning = Kims.warnings(findings, "MAP-ENTRY-3").single();
      assertEquals("The decree was issued by the Kepala Desa of Desa Pengambengan, Kecamatan Negara, "
          + "not by the head of Desa Gumbrih, Kecamatan Pekutatan, where the KIM is seated.",
          warning.message().render(Lang.EN));
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
      assertEquals(
          Outcome.UNKNOWN, evaluate("MAP-ENTRY-4", record().withBoard(Optional.empty())).outcome());
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
