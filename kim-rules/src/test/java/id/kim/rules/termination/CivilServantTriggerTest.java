package id.kim.rules.termination;

import static id.kim.rules.termination.Scans.changed;
import static id.kim.rules.termination.Scans.detected;
import static id.kim.rules.termination.Scans.finding;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.community.KimRecord;
import id.kim.core.community.PartnershipPeriod;
import id.kim.core.contact.PersonName;
import id.kim.core.i18n.Lang;
import id.kim.core.organisation.Board;
import id.kim.core.organisation.BoardMember;
import id.kim.core.organisation.BoardRole;
import id.kim.core.organisation.CivilServantScope;
import id.kim.core.organisation.Member;
import id.kim.core.time.Period;
import id.kim.rules.explain.Finding;
import id.kim.rules.explain.Outcome;
import id.kim.rules.fixtures.Kims;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("TERM-3: a board member and/or member became a civil servant (ASN), GAP-03")
class CivilServantTriggerTest {
  private static final TerminationTrigger T = TerminationTrigger.BECAME_CIVIL_SERVANT;
  private static final LocalDate START = LocalDate.of(2026, 1, 1);
  private static final LocalDate ASN = LocalDate.of(2026, 4, 1);

  private static KimRecord partner(Board board, List<Member> members) {
    KimRecord r = Kims.record().withBoard(board).withMembers(members);
    return r.withProfile(r.profile()
        .withPartnershipPeriods(PartnershipPeriod.of(Period.of(START, LocalDate.of(2026, 12, 31)),
        "Sosialisasi Program Desa")));
  }

  private static Board chairAsnFrom(LocalDate since) {
    return Board.builder()
        .addMembers(BoardMember.builder().name(Kims.CHAIR).role(BoardRole.CHAIR).civilServantSince(since).build())
        .build();
  }

  private static Member memberAsnFrom(LocalDate since) {
    return Member.builder().name(PersonName.of("Budi Santoso")).civilServantSince(since).build();
  }

  @Test
  @DisplayName("TERM-3 a board member ASN from the as-of day is indicated; the day before is not")
  void boardMemberFromItsDay() {
    KimRecord r = partner(chairAsnFrom(ASN), List.of());
    Finding f = finding(T, r, ASN);
    assertEquals(Outcome.NOT_SATISFIED, f.outcome());
    assertEquals("1 pengurus/anggota berstatus ASN per 2026-04-01.", f.message().render(Lang.ID));
    Indication i = detected(T, r, ASN).single();
    assertEquals(TriggerSubject.BOARD_MEMBER, i.subject());
    assertTrue(i.evidence().mkString(", ")
        .contains("person=S*** A***, person.role=Ketua, person.civilServantSince=2026-04-01"));
    assertTrue(Kims.hidesNames(f.toString() + i));
    assertEquals(Outcome.SATISFIED, finding(T, r, ASN.minusDays(1)).outcome());
  }

  @Test
  @DisplayName(
      "TERM-3 a member who became ASN during the partnership is indicated (literal reading, BOARD_AND_MEMBERS)")
  void memberDuringPartnership() {
    KimRecord r = partner(Kims.board(), List.of(memberAsnFrom(ASN)));
    Indication i = detected(T, r, ASN).single();
    assertEquals(TriggerSubject.MEMBER, i.subject());
    assertTrue(i.evidence().mkString(", ").contains("partnership.start=2026-01-01"));
  }

  @Test
  @DisplayName(
      "TERM-3 a member already ASN before the partnership began is no ground (members are not checked at entry)")
  void memberAlreadyAsnBefore() {
    assertTrue(detected(T, partner(Kims.board(), List.of(memberAsnFrom(START.minusDays(1)))), ASN).isEmpty());
    assertEquals(1, detected(T, partner(Kims.board(), List.of(memberAsnFrom(START))), ASN).size());
  }

  @Test
  @DisplayName("TERM-3 CivilServantScope.BOARD_ONLY ignores members, still flags the board")
  void boardOnlyPolicy() {
    TriggerDetector boardOnly = TriggerDetector.of(TriggerPolicy.builder().asn(CivilServantScope.BOARD_ONLY).build());
    KimRecord r = partner(chairAsnFrom(ASN), List.of(memberAsnFrom(ASN)));
    assertEquals(List.of(TriggerSubject.BOARD_MEMBER),
        boardOnly.detect(r, Kims.DINAS, ASN, Kims.OFFICER).filter(i -> i.trigger() == T).map(Indication::subject)
            .toJavaList());
    assertTrue(finding(boardOnly, T, partner(Kims.board(), List.of(memberAsnFrom(ASN))), Kims.DINAS, ASN)
        .message().render(Lang.EN).contains("BOARD_ONLY"));
  }

  @Test
  @DisplayName("TERM-3 between versions: a board member's new ASN status is detected; an unchanged one is not")
  void newAsnStatus() {
    KimRecord before = partner(Kims.board(), List.of());
    KimRecord after = partner(chairAsnFrom(ASN), List.of());
    assertEquals(1, changed(T, before, after, ASN).size());
    assertTrue(changed(T, after, after, ASN).isEmpty());
    assertTrue(changed(T, before, after, ASN.minusDays(1)).isEmpty());
  }

  @Test
  @DisplayName("TERM-3 between versions: a member's new ASN status counts even if no partnership period is recorded")
  void newMemberStatusWithoutPeriods() {
    KimRecord before = Kims.record().withMembers(List.of(Member.of(PersonName.of("Budi Santoso"))));
    KimRecord after = Kims.record().withMembers(List.of(memberAsnFrom(ASN)));
    assertEquals(1, changed(T, before, after, ASN).size());
  }

  @Test
  @DisplayName("TERM-3 without board or members in the data: unknown")
  void noPeopleIsUnknown() {
    assertEquals(Outcome.UNKNOWN, finding(T, KimRecord.of(Kims.profile()), ASN).outcome());
    assertEquals(Outcome.SATISFIED, finding(T, Kims.record(), ASN).outcome());
  }
}
