package id.kim.testkit;

import static id.kim.testkit.BadText.defect;
import static id.kim.testkit.BadText.noRule;

import id.kim.core.organisation.Acknowledgement;
import id.kim.core.organisation.Affiliation;
import id.kim.core.organisation.AffiliationSubject;
import id.kim.core.organisation.Board;
import id.kim.core.organisation.BoardMember;
import id.kim.core.organisation.Member;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Single defects of boards, members and affiliations (MAP-ENTRY-4, TERM-3, PARTNER-ADMIN-3/4). */
final class OrganisationDefects {
  private OrganisationDefects() {}

  static List<Defect<BoardMember>> boardMember() {
    Sampler<BoardMember> host = OrganisationSamplers.boardMember();
    List<Defect<BoardMember>> out = new ArrayList<>(Defect.allWithin(ContactDefects.personName(), "BoardMember", "name",
        noRule(), host,
        BoardMember::withName));
    out.addAll(BadText.textDefects("BoardMember", "title", 120, host, BoardMember::withTitle));
    return List.copyOf(out);
  }

  static List<Defect<Acknowledgement>> acknowledgement() {
    Sampler<Acknowledgement> host = OrganisationSamplers.acknowledgement();
    List<Defect<Acknowledgement>> out = new ArrayList<>(Defect.allWithin(ContactDefects.personName(), "Acknowledgement",
        "byName", noRule(),
        host, (a, n) -> Acknowledgement.builder().from(a).byName(n).build()));
    out.addAll(Defect.allWithin(DocumentDefects.documentRef(), "Acknowledgement", "document", noRule(), host,
        (a, r) -> Acknowledgement.builder().from(a).document(r).build()));
    return List.copyOf(out);
  }

  static List<Defect<Board>> board() {
    Sampler<Board> host = OrganisationSamplers.board();
    List<Defect<Board>> out = new ArrayList<>(Defect.allWithin(boardMember(), "Board", "members[0]", noRule(), host,
        (b, m) -> {
      List<BoardMember> members = new ArrayList<>(b.members());
      members.set(0, m);
      return b.withMembers(members);
    }));
    out.addAll(Defect.allWithin(acknowledgement(), "Board", "acknowledgement", noRule(), host,
        Board::withAcknowledgement));
    return List.copyOf(out);
  }

  static List<Defect<Member>> member() {
    return Defect.allWithin(ContactDefects.personName(), "Member", "name", noRule(), OrganisationSamplers.member(),
        Member::withName);
  }

  static List<Defect<Affiliation>> affiliation() {
    Sampler<Affiliation> host = OrganisationSamplers.affiliation();
    List<Defect<Affiliation>> out = new ArrayList<>(BadText.textDefects("Affiliation", "organisation", 160, host,
        (a, s) -> Affiliation.builder().from(a).organisation(s).build()));
    out.add(defect("Affiliation", "personConsistent", "a person named for the KIM's own affiliation",
        "kim.affiliation.person",
        d -> Affiliation.builder().from(host.sample(d)).subject(AffiliationSubject.KIM)
            .person(ContactSamplers.personName().sample(d)).build()));
    out.add(defect("Affiliation", "personConsistent", "no person named for a board member's or member's affiliation",
        "kim.affiliation.person", d -> Affiliation.builder().from(host.sample(d))
            .subject(d.pick(List.of(AffiliationSubject.BOARD_MEMBER, AffiliationSubject.MEMBER)))
            .person(Optional.empty()).build()));
    out.addAll(Defect.allWithin(ContactDefects.personName(), "Affiliation", "person", noRule(),
        d -> Affiliation.builder().from(host.sample(d)).subject(AffiliationSubject.BOARD_MEMBER)
            .person(ContactSamplers.personName().sample(d)).build(),
        (a, n) -> Affiliation.builder().from(a).person(n).build()));
    return List.copyOf(out);
  }
}
