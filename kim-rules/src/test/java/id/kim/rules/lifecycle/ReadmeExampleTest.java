package id.kim.rules.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.agency.Dinas;
import id.kim.core.agency.Officer;
import id.kim.core.community.CommunityNumber;
import id.kim.core.community.KimRecord;
import id.kim.core.community.PartnershipPeriod;
import id.kim.core.contact.PersonName;
import id.kim.core.document.DocumentRef;
import id.kim.core.region.Province;
import id.kim.core.region.RegencyCity;
import id.kim.core.region.RegencyCityKind;
import id.kim.core.time.Period;
import id.kim.rules.explain.Decision;
import id.kim.rules.fixtures.Kims;
import id.kim.rules.termination.Indication;
import id.kim.rules.termination.TerminationTrigger;
import id.kim.rules.termination.TriggerDetector;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the README example runs as written (TERM-1, TERM-PROC-1, TERM-PROC-2)")
class ReadmeExampleTest {

  @Test
  void readmeExample() {
    KimRecord record = Kims.record().withDecree(Kims.decree(LocalDate.of(2026, 4, 30)));
    Decision eligibility = Kims.eligible(LocalDate.of(2026, 2, 9));
    Decision mappingEntry = Kims.mappingEntry(LocalDate.of(2026, 1, 10));
    // --- README snippet starts here ---
    Dinas dinas = Dinas.regencyCity("Dinas Kominfo Kabupaten Jembrana",
        RegencyCity.of("Jembrana", RegencyCityKind.KABUPATEN, Province.of("Bali")));
    Officer officer = Officer.of(PersonName.of("Made Wirawan"), dinas);
    LocalDate jan10 = LocalDate.of(2026, 1, 10);
    LocalDate feb10 = LocalDate.of(2026, 2, 10);

    // registered → mapped → categorised → partner for a period, on an ELIGIBLE decision
    Either<Rejection, AuditTrail> trail = AuditTrail.start("KIM Gumbrih", dinas, jan10)
        .record(Register.of(officer, jan10, CommunityNumber.of("KIM/5101/0007", dinas.regencyCity().orElseThrow())),
            jan10)
        .flatMap(t -> t.record(EnterMapping.of(officer, jan10, mappingEntry), jan10))
        .flatMap(t -> t.record(Categorise.of(officer, feb10), feb10))
        .flatMap(t -> t.record(Designate.of(officer, feb10, PartnershipPeriod.of(
            Period.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 8, 31)), "Sosialisasi Program Desa Digital"),
            eligibility), feb10));

    // the SK expired on 2026-04-30: TERM-1 is detected on 2026-05-01 and opens a review (TERM-PROC-1)
    LocalDate may1 = LocalDate.of(2026, 5, 1);
    Seq<Indication> found = TriggerDetector.standard().detect(record, dinas, may1, officer);
    trail = trail.flatMap(t -> t.record(OpenReview.of(officer, may1, found), may1));

    // proven → the Dinas decides to terminate (TERM-PROC-2); without the review it would be refused
    LocalDate may20 = LocalDate.of(2026, 5, 20);
    trail = trail.flatMap(t -> t.record(Terminate.of(officer, may20, List.of(ProvenTrigger.of(
        TerminationTrigger.SK_EXPIRED_OR_REVOKED, DocumentRef.of("arsip/2026/berita-acara-peninjauan.pdf")))), may20));

    // README: System.out.println(trail.get().replay().get().status());   // TERMINATED
    // README: trail.get().entries().forEach(System.out::println);         // who, what, when, evidence, rules
    // --- README snippet ends here ---
    assertEquals(Status.TERMINATED, trail.get().replay().get().status());
    assertEquals(List.of(TerminationTrigger.SK_EXPIRED_OR_REVOKED), found.map(Indication::trigger));
    assertTrue(Kims.hidesNames(trail.get().entries().mkString()));
    assertTrue(trail.get().state().get().termination().get().review().openedOn().equals(may1));
  }
}
