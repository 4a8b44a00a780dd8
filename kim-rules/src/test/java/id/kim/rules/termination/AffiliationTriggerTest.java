package id.kim.rules.termination;

import static id.kim.rules.termination.Scans.changed;
import static id.kim.rules.termination.Scans.detected;
import static id.kim.rules.termination.Scans.finding;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.community.KimRecord;
import id.kim.core.contact.PersonName;
import id.kim.core.i18n.Lang;
import id.kim.core.organisation.Affiliation;
import id.kim.core.organisation.AffiliationKind;
import id.kim.core.organisation.AffiliationSubject;
import id.kim.rules.explain.Finding;
import id.kim.rules.explain.Outcome;
import id.kim.rules.fixtures.Kims;
import io.vavr.collection.HashSet;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("TERM-2: affiliated with a political party or an NGO (LSM)")
class AffiliationTriggerTest {
  private static final TerminationTrigger T = TerminationTrigger.PARTY_OR_NGO_AFFILIATION;
  private static final LocalDate SINCE = LocalDate.of(2026, 2, 1);

  private static Affiliation party(AffiliationSubject subject) {
    Affiliation.Builder b = Affiliation.builder().organisation("Partai Contoh").kind(AffiliationKind.POLITICAL_PARTY)
        .subject(subject).since(SINCE);
    return (subject == AffiliationSubject.KIM ? b : b.person(PersonName.of("Budi Santoso"))).build();
  }

  private static KimRecord with(Affiliation... as) {
    return Kims.record().withAffiliations(List.of(as));
  }

  @Test
  @DisplayName("TERM-2 the KIM's own party affiliation, in force on the as-of day, is indicated")
  void kimAffiliation() {
    KimRecord r = with(party(AffiliationSubject.KIM));
    Finding f = finding(T, r, SINCE);
    assertEquals(Outcome.NOT_SATISFIED, f.outcome());
    assertEquals("1 afiliasi dengan partai politik/LSM berlaku per 2026-02-01.", f.message().render(Lang.ID));
    assertTrue(f.evidence().mkString().contains("Partai politik"));
    assertEquals(Outcome.SATISFIED, finding(T, r, SINCE.minusDays(1)).outcome());
  }

  @Test
  @DisplayName("TERM-2 a board member's NGO affiliation is indicated, the name masked in evidence (GAP-04)")
  void boardMemberNgo() {
    Affiliation ngo = Affiliation.builder().organisation("Yayasan Contoh").kind(AffiliationKind.NGO)
        .subject(AffiliationSubject.BOARD_MEMBER).person(PersonName.of("Budi Santoso")).build();
    Indication i = detected(T, with(ngo), Kims.DAY).single();
    assertEquals(TriggerSubject.BOARD_MEMBER, i.subject());
    assertTrue(i.evidence().mkString().contains("affiliation.person=B*** S***"));
    assertTrue(Kims.hidesNames(i.toString()));
  }

  @Test
  @DisplayName("TERM-2 an ordinary member's affiliation counts only if the policy includes members (GAP-05)")
  void memberAffiliationByPolicy() {
    KimRecord r = with(party(AffiliationSubject.MEMBER));
    assertTrue(detected(T, r, SINCE).isEmpty());
    TriggerDetector wide = TriggerDetector.of(TriggerPolicy.builder()
        .affiliationScope(HashSet.of(TriggerSubject.KIM, TriggerSubject.BOARD_MEMBER, TriggerSubject.MEMBER)).build());
    assertEquals(1, wide.detect(r, Kims.DINAS, SINCE, Kims.OFFICER).filter(i -> i.trigger() == T).size());
  }

  @Test
  @DisplayName("TERM-2 other organisations and ended affiliations are no ground")
  void otherAndEnded() {
    Affiliation other = Affiliation.builder().organisation("Koperasi Desa").kind(AffiliationKind.OTHER)
        .subject(AffiliationSubject.KIM).build();
    Affiliation ended = Affiliation.builder().from(party(AffiliationSubject.KIM)).until(SINCE.plusDays(10)).build();
    assertEquals(Outcome.SATISFIED, finding(T, with(other, ended), SINCE.plusDays(11)).outcome());
    assertEquals(Outcome.NOT_SATISFIED, finding(T, with(other, ended), SINCE.plusDays(10)).outcome());
  }

  @Test
  @DisplayName("TERM-2 between versions: a new affiliation is detected, an old one is not again")
  void changes() {
    KimRecord before = Kims.record();
    KimRecord after = with(party(AffiliationSubject.KIM));
    assertEquals(1, changed(T, before, after, SINCE).size());
    assertTrue(changed(T, after, after, SINCE).isEmpty());
  }
}
