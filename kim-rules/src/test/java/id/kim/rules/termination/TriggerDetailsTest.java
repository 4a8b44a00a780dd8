package id.kim.rules.termination;

import static id.kim.rules.termination.Scans.changed;
import static id.kim.rules.termination.Scans.finding;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.community.KimRecord;
import id.kim.core.community.PartnershipPeriod;
import id.kim.core.contact.PersonName;
import id.kim.core.organisation.Affiliation;
import id.kim.core.organisation.AffiliationKind;
import id.kim.core.organisation.AffiliationSubject;
import id.kim.core.organisation.CivilServantScope;
import id.kim.core.organisation.Member;
import id.kim.core.time.Period;
import id.kim.core.validation.MissingValueException;
import id.kim.rules.explain.Evidence;
import id.kim.rules.explain.Finding;
import id.kim.rules.fixtures.Kims;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The details of a termination scan that the ground-by-ground tests leave open: how the evidence of
 * several hits is numbered and ordered, what tells a new indication from one already present in an
 * earlier version of the record (TERM-PROC-1: only a new indication opens a review), and the refusal
 * of a missing argument.
 */
@DisplayName("TERM-1..7 scan details: evidence numbering, identity between versions, missing arguments")
class TriggerDetailsTest {
  private static final LocalDate START = LocalDate.of(2026, 1, 1);
  private static final LocalDate ASN = LocalDate.of(2026, 4, 1);
  private static final LocalDate SINCE = LocalDate.of(2026, 2, 1);

  private static KimRecord partnerWith(List<Member> members) {
    KimRecord r = Kims.record().withMembers(members);
    return r.withProfile(r.profile().withPartnershipPeriods(PartnershipPeriod.of(Period.of(START,
        LocalDate.of(2026, 12, 31)), "Sosialisasi Program Desa")));
  }

  private static Member asn(String name, LocalDate since) {
    return Member.builder().name(PersonName.of(name)).civilServantSince(since).build();
  }

  private static Affiliation party(String organisation, String person) {
    return Affiliation.builder().organisation(organisation).kind(AffiliationKind.POLITICAL_PARTY)
        .subject(AffiliationSubject.BOARD_MEMBER).person(PersonName.of(person)).since(SINCE).build();
  }

  private static KimRecord withAffiliations(Affiliation... as) {
    return Kims.record().withAffiliations(List.of(as));
  }

  private static String names(Finding f) {
    return f.evidence().map(Evidence::name).mkString(",");
  }

  @Test
  @DisplayName("TERM-3 one hit keeps its evidence names; two hits number them [1], [2] so none is lost")
  void numbering() {
    Finding one = finding(TerminationTrigger.BECAME_CIVIL_SERVANT, partnerWith(List.of(asn("Budi Santoso", ASN))), ASN);
    assertEquals("person,person.role,person.civilServantSince,partnership.start", names(one));
    Finding two = finding(TerminationTrigger.BECAME_CIVIL_SERVANT,
        partnerWith(List.of(asn("Budi Santoso", ASN), asn("Nyoman Putra", ASN))), ASN);
    assertEquals("person[1],person.role[1],person.civilServantSince[1],partnership.start[1],"
        + "person[2],person.role[2],person.civilServantSince[2],partnership.start[2]", names(two));
  }

  @Test
  @DisplayName("TERM-3 hits are numbered by person (full name, not the masked one), whatever the input order")
  void numberedByPerson() {
    // masked, "Budi Anggara" (B*** A***) sorts before "Bayu Santoso" (B*** S***); by the full name it is after
    Finding f = finding(TerminationTrigger.BECAME_CIVIL_SERVANT,
        partnerWith(List.of(asn("Budi Anggara", ASN), asn("Bayu Santoso", ASN))), ASN);
    assertEquals("B*** S***", f.evidence().find(e -> e.name().equals("person[1]")).get().value());
  }

  @Test
  @DisplayName("TERM-3 two people of one name are numbered by their evidence (earlier ASN day first)")
  void sameNameByEvidence() {
    Finding f = finding(TerminationTrigger.BECAME_CIVIL_SERVANT,
        partnerWith(List.of(asn("Budi Santoso", ASN.plusDays(1)), asn("Budi Santoso", ASN))), ASN.plusDays(1));
    assertEquals(ASN.toString(), f.evidence().find(e -> e.name().equals("person.civilServantSince[1]")).get().value());
  }

  @Test
  @DisplayName("TERM-3 between versions: a second ASN member is new although the first one was already there")
  void secondAsnIsNew() {
    KimRecord before = Kims.record().withMembers(List.of(asn("Budi Santoso", ASN)));
    KimRecord after = Kims.record().withMembers(List.of(asn("Budi Santoso", ASN), asn("Nyoman Putra", ASN)));
    Indication i = changed(TerminationTrigger.BECAME_CIVIL_SERVANT, before, after, ASN).single();
    assertTrue(i.evidence().mkString().contains("N*** P***"));
  }

  @Test
  @DisplayName("TERM-3 between versions: CivilServantScope.BOARD_ONLY ignores a member's new ASN status")
  void changesFollowThePolicy() {
    TriggerDetector boardOnly = TriggerDetector.of(TriggerPolicy.builder().asn(CivilServantScope.BOARD_ONLY).build());
    KimRecord before = Kims.record().withMembers(List.of());
    KimRecord after = Kims.record().withMembers(List.of(asn("Budi Santoso", ASN)));
    assertTrue(boardOnly.detectChanges(before, after, Kims.DINAS, ASN, Kims.OFFICER).isEmpty());
  }

  @Test
  @DisplayName("TERM-2 between versions: another organisation, or another person in the same one, is new")
  void affiliationIdentity() {
    Affiliation budi = party("Partai Contoh", "Budi Santoso");
    KimRecord before = withAffiliations(budi);
    Indication other = changed(TerminationTrigger.PARTY_OR_NGO_AFFILIATION, before,
        withAffiliations(budi, party("Partai Lain", "Budi Santoso")), SINCE).single();
    assertTrue(other.evidence().mkString().contains("Partai Lain"));
    Indication nyoman = changed(TerminationTrigger.PARTY_OR_NGO_AFFILIATION, before,
        withAffiliations(budi, party("Partai Contoh", "Nyoman Putra")), SINCE).single();
    assertTrue(nyoman.evidence().mkString().contains("N*** P***"));
  }

  @Test
  @DisplayName("a missing record, Dinas or day is refused with its name, before any check runs")
  void missingArguments() {
    TriggerDetector d = TriggerDetector.standard();
    KimRecord r = Kims.record();
    assertMissing("record", () -> d.detect(null, Kims.DINAS, ASN, Kims.OFFICER));
    assertMissing("dinas", () -> d.detect(r, null, ASN, Kims.OFFICER));
    assertMissing("asOf", () -> d.detect(r, Kims.DINAS, null, Kims.OFFICER));
    assertMissing("record", () -> d.detectChanges(r, null, Kims.DINAS, ASN, Kims.OFFICER));
    assertMissing("dinas", () -> d.detectChanges(r, r, null, ASN, Kims.OFFICER));
    assertMissing("asOf", () -> d.detectChanges(r, r, Kims.DINAS, null, Kims.OFFICER));
  }

  private static void assertMissing(String name, Runnable call) {
    String message = assertThrows(MissingValueException.class, call::run).getMessage();
    assertTrue(message.contains(name), message);
  }
}
