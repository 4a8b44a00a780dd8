package id.kim.rules.eligibility;

import static id.kim.rules.eligibility.Kims.AS_OF;
import static id.kim.rules.eligibility.Kims.evaluate;
import static id.kim.rules.eligibility.Kims.record;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.community.CommunityNumber;
import id.kim.core.community.KimRecord;
import id.kim.core.community.PartnershipPeriod;
import id.kim.core.document.IssuerTitle;
import id.kim.core.i18n.Lang;
import id.kim.core.organisation.Acknowledgement;
import id.kim.core.time.Period;
import id.kim.rules.explain.Finding;
import id.kim.rules.explain.Outcome;
import io.vavr.collection.Seq;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Syarat legalitas, juknis II.B.4 — PARTNER-LEGAL-1..3, examples from the text. */
class PartnerLegalRulesTest {

  private static KimRecord withNumber(CommunityNumber n) {
    return record().withProfile(record().profile().withCommunityNumber(n));
  }

  @Nested
  @DisplayName("PARTNER-LEGAL-1 \"Surat Keputusan dari Kepala Desa/Lurah/atau sebutan lainnya\"")
  class Decree {
    @Test
    void decreeInForceSatisfies() {
      Finding f = evaluate("PARTNER-LEGAL-1", record());
      assertEquals(Outcome.SATISFIED, f.outcome());
      assertEquals("SK Kepala Desa/Lurah nomor 141/12/KEP/2025 berlaku (terbit 2025-01-15, berlaku sampai 2027-12-31).",
          f.message().render(Lang.ID));
    }

    @Test
    @DisplayName("PARTNER-LEGAL-1 boundary: an SK valid until the as-of day is in force; the next day it has expired")
    void expiryDayIsInclusive() {
      KimRecord r = record().withDecree(Kims.decree().withValidUntil(AS_OF));
      assertEquals(Outcome.SATISFIED, evaluate("PARTNER-LEGAL-1", r).outcome());
      Finding next = evaluate("PARTNER-LEGAL-1", Kims.facts(r), AS_OF.plusDays(1));
      assertEquals(Outcome.NOT_SATISFIED, next.outcome());
      assertEquals("SK Kepala Desa/Lurah nomor 141/12/KEP/2025 telah berakhir pada 2026-07-01.",
          next.message().render(Lang.ID));
      assertEquals("Bawa SK Kepala Desa/Lurah yang masih berlaku (SK baru atau perpanjangan).",
          next.remedy().get().render(Lang.ID));
    }

    @Test
    @DisplayName("PARTNER-LEGAL-1 boundary: an SK revoked on the as-of day is no longer in force that day (TERM-1)")
    void revocationDayIsExclusive() {
      KimRecord r = record().withDecree(Kims.decree().withRevokedOn(AS_OF));
      assertEquals(Outcome.SATISFIED, evaluate("PARTNER-LEGAL-1", Kims.facts(r), AS_OF.minusDays(1)).outcome());
      Finding f = evaluate("PARTNER-LEGAL-1", r);
      assertEquals(Outcome.NOT_SATISFIED, f.outcome());
      assertEquals("Village head decree (SK Kepala Desa/Lurah) no. 141/12/KEP/2025 was revoked on 2026-07-01.",
          f.message().render(Lang.EN));
    }

    @Test
    @DisplayName("PARTNER-LEGAL-1 boundary: an SK issued on the as-of day counts; one issued the day after does not")
    void issueDayIsInclusive() {
      KimRecord r = record().withDecree(Kims.decree().withIssuedOn(AS_OF));
      assertEquals(Outcome.SATISFIED, evaluate("PARTNER-LEGAL-1", r).outcome());
      Finding early = evaluate("PARTNER-LEGAL-1", Kims.facts(r), AS_OF.minusDays(1));
      assertEquals(Outcome.NOT_SATISFIED, early.outcome());
      assertEquals("PARTNER-LEGAL-1.notYetIssued", early.message().key());
    }

    @Test
    void decreeNotPresentedIsUnknown() {
      assertEquals(Outcome.UNKNOWN, evaluate("PARTNER-LEGAL-1", record().withDecree(Optional.empty())).outcome());
    }

    @Test
    void evidenceNamesTheDecreeDates() {
      Finding f = evaluate("PARTNER-LEGAL-1", record());
      assertEquals("decree.number=141/12/KEP/2025, decree.issuer=Kepala Desa Gumbrih, decree.issuedOn=2025-01-15, "
          + "decree.validUntil=2027-12-31, decree.revokedOn=-", f.evidence().mkString(", "));
    }

    @Test
    @DisplayName(
        "PARTNER-LEGAL-1 PROPOSED: an SK ending within a running or coming partnership period is flagged (TERM-1 "
            + "ahead)")
    void decreeEndingWithinThePartnershipPeriodWarns() {
      PartnershipPeriod running = PartnershipPeriod.of(Period.of(LocalDate.of(2026, 1, 1), LocalDate.of(2028, 6, 30)),
          "Sosialisasi Pemilu 2029");
      PartnershipPeriod past = PartnershipPeriod.of(Period.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)),
          "Stunting");
      KimRecord r = record().withProfile(record().profile().withPartnershipPeriods(past, running));
      Seq<Finding> findings = Juknis2022.PARTNERSHIP.evaluateAll(Kims.facts(r), AS_OF);
      assertEquals(Outcome.SATISFIED, Kims.main(findings, "PARTNER-LEGAL-1").outcome());
      Finding w = Kims.warnings(findings, "PARTNER-LEGAL-1").single();
      assertEquals(
          "SK berakhir pada 2027-12-31, sebelum akhir periode kemitraan 2026-01-01..2028-06-30 (Sosialisasi Pemilu "
              + "2029); "
          + "bila SK tidak diperbarui, kemitraan akan ditinjau (TERM-1).", w.message().render(Lang.ID));
      assertTrue(w.citation().proposed());
    }
  }

  @Nested
  @DisplayName("PARTNER-LEGAL-2 \"NIK (Nomor Induk Komunitas) yang dikeluarkan oleh Dinas Kabupaten/Kota\"")
  class CommunityNumberRule {
    @Test
    void numberOfTheDinasOwnRegencySatisfies() {
      Finding f = evaluate("PARTNER-LEGAL-2", record());
      assertEquals(Outcome.SATISFIED, f.outcome());
      assertEquals("Nomor Induk Komunitas KIM/5101/0007 diterbitkan oleh Dinas Kabupaten Jembrana.",
          f.message().render(Lang.ID));
    }

    @Test
    @DisplayName("PARTNER-LEGAL-2 ARCH-4: a number issued by another regency/city does not satisfy")
    void numberOfAnotherRegencyFails() {
      Finding f = evaluate("PARTNER-LEGAL-2", withNumber(CommunityNumber.of("KIM/5171/0003", Kims.DENPASAR)));
      assertEquals(Outcome.NOT_SATISFIED, f.outcome());
      assertEquals("Community registration number (Nomor Induk Komunitas) KIM/5171/0003 was issued by the Dinas of "
          + "Kota Denpasar, not by the Dinas of Kabupaten Jembrana.", f.message().render(Lang.EN));
      assertEquals("Register with Dinas Kominfo Kabupaten Jembrana to obtain a Nomor Induk Komunitas.",
          f.remedy().get().render(Lang.EN));
    }

    @Test
    void numberIssuedOnTheAsOfDayCountsNotTheDayAfter() {
      CommunityNumber n = CommunityNumber.of("KIM/5101/0007", Kims.JEMBRANA).withIssuedOn(AS_OF);
      assertEquals(Outcome.SATISFIED, evaluate("PARTNER-LEGAL-2", withNumber(n)).outcome());
      assertEquals(Outcome.NOT_SATISFIED,
          evaluate("PARTNER-LEGAL-2", Kims.facts(withNumber(n)), AS_OF.minusDays(1)).outcome());
    }

    @Test
    void noNumberIsUnknownAndSaysItIsNotAPopulationNik() {
      Finding f = evaluate("PARTNER-LEGAL-2",
          record().withProfile(record().profile().withCommunityNumber(Optional.empty())));
      assertEquals(Outcome.UNKNOWN, f.outcome());
      assertTrue(f.remedy().get().render(Lang.ID).contains("bukan NIK KTP"));
    }

    @Test
    @DisplayName(
        "PARTNER-LEGAL-2 GAP-12: a 16-digit population NIK reaching the rule unvalidated is unknown, never shown whole")
    void populationNikIsNeverAccepted() {
      Finding f = evaluate("PARTNER-LEGAL-2", withNumber(CommunityNumber.of("5101012345678901", Kims.JEMBRANA)));
      assertEquals(Outcome.UNKNOWN, f.outcome());
      assertEquals("PARTNER-LEGAL-2.populationNikShape", f.message().key());
      assertTrue(!f.evidence().mkString().contains("5101012345678901"));
      assertTrue(CommunityNumber.looksLikePopulationNik("5101 0123 4567 8901"));
      assertTrue(!CommunityNumber.looksLikePopulationNik("KIM/5101/0007"));
      // the same check as the kim-core constraint: tabs and line breaks between the digits too
      Finding tabbed = evaluate("PARTNER-LEGAL-2",
          withNumber(CommunityNumber.of("5101\t0123\n4567 8901", Kims.JEMBRANA)));
      assertEquals("PARTNER-LEGAL-2.populationNikShape", tabbed.message().key());
    }
  }

  @Nested
  @DisplayName("PARTNER-LEGAL-3 \"Susunan Pengurus yang diketahui oleh Kepala Desa/Lurah\"")
  class Acknowledged {
    @Test
    void acknowledgedBoardSatisfies() {
      Finding f = evaluate("PARTNER-LEGAL-3", record());
      assertEquals(Outcome.SATISFIED, f.outcome());
      assertEquals("Susunan pengurus diketahui oleh Kepala Desa pada 2025-01-20.", f.message().render(Lang.ID));
    }

    @Test
    void boardWithoutAcknowledgementFails() {
      Finding f = evaluate("PARTNER-LEGAL-3", record().withBoard(Kims.board().withAcknowledgement(Optional.empty())));
      assertEquals(Outcome.NOT_SATISFIED, f.outcome());
      assertTrue(f.remedy().get().render(Lang.ID).contains("mengetahui"));
    }

    @Test
    @DisplayName("PARTNER-LEGAL-3: an acknowledgement of an earlier board does not cover the current one")
    void acknowledgementOfAnEarlierBoardFails() {
      KimRecord r = record().withBoard(Kims.board().withComposedOn(LocalDate.of(2026, 3, 1)));
      Finding f = evaluate("PARTNER-LEGAL-3", r);
      assertEquals(Outcome.NOT_SATISFIED, f.outcome());
      assertEquals("PARTNER-LEGAL-3.earlierBoard", f.message().key());
    }

    @Test
    void acknowledgementOnTheCompositionDayCounts() {
      KimRecord r = record().withBoard(Kims.board().withComposedOn(LocalDate.of(2025, 1, 20)));
      assertEquals(Outcome.SATISFIED, evaluate("PARTNER-LEGAL-3", r).outcome());
    }

    @Test
    void acknowledgementAfterTheAsOfDayDoesNotCountYet() {
      KimRecord r = record()
          .withBoard(Kims.board().withAcknowledgement(Acknowledgement.of(IssuerTitle.KEPALA_DESA, AS_OF.plusDays(1))));
      assertEquals("PARTNER-LEGAL-3.notYetAcknowledged", evaluate("PARTNER-LEGAL-3", r).message().key());
    }

    @Test
    void emptyBoardFailsAndMissingBoardIsUnknown() {
      assertEquals(
          Outcome.NOT_SATISFIED,
          evaluate("PARTNER-LEGAL-3", record().withBoard(Kims.board().withMembers(List.of())))
              .outcome());
      assertEquals(Outcome.UNKNOWN, evaluate("PARTNER-LEGAL-3", record().withBoard(Optional.empty())).outcome());
    }
  }
}
