package id.kim.testkit;

import id.kim.core.contact.PersonName;
import id.kim.core.document.IssuerTitle;
import id.kim.core.organisation.Acknowledgement;
import id.kim.core.organisation.Affiliation;
import id.kim.core.organisation.AffiliationKind;
import id.kim.core.organisation.AffiliationSubject;
import id.kim.core.organisation.Board;
import id.kim.core.organisation.BoardMember;
import id.kim.core.organisation.BoardRole;
import id.kim.core.organisation.Member;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Who runs and belongs to a KIM: boards with exactly one chair (MAP-ENTRY-4), the village head's
 * acknowledgement (PARTNER-LEGAL-3), members (TERM-3), affiliations (PARTNER-ADMIN-3/4, TERM-2).
 */
public final class OrganisationSamplers {
  private static final List<BoardRole> NON_CHAIR_ROLES =
      List.of(BoardRole.SECRETARY, BoardRole.TREASURER, BoardRole.VICE_CHAIR, BoardRole.HEAD_OF_FIELD, BoardRole.OTHER);

  private OrganisationSamplers() {}

  /** @return a board member of any role, sometimes with a title, rarely a civil servant */
  public static Sampler<BoardMember> boardMember() {
    return d -> memberWithRole(d.pick(BoardRole.class), true).sample(d);
  }

  /** @return a board of one chair and one to six other members, often acknowledged */
  public static Sampler<Board> board() {
    return d -> boardWithChair(ContactSamplers.personName().sample(d), TimeSamplers.EARLIEST, TimeSamplers.LATEST, 70,
        true).sample(d);
  }

  /** @return an ordinary member, rarely a civil servant */
  public static Sampler<Member> member() {
    return d -> memberOf(TimeSamplers.EARLIEST, TimeSamplers.LATEST, true).sample(d);
  }

  /** @return an acknowledgement by a village head, sometimes naming the office holder */
  public static Sampler<Acknowledgement> acknowledgement() {
    return d -> acknowledgementOn(d.pick(IssuerTitle.class), TimeSamplers.date().sample(d)).sample(d);
  }

  /** @return an affiliation of the KIM or of one of its people, the person named exactly when it is a person's */
  public static Sampler<Affiliation> affiliation() {
    return d -> affiliationOf(d.pick(AffiliationKind.class)).sample(d);
  }

  /**
   * @param chair the chair's name
   * @param from earliest day for dates
   * @param to latest day for dates
   * @param acknowledgedPercent chance that the village head acknowledged it
   * @param civilServantsAllowed whether a member may be a civil servant
   * @return a board with exactly one CHAIR, acknowledged (if at all) not before it was composed
   *     (PARTNER-LEGAL-3: the village head acknowledges the current composition)
   */
  static Sampler<Board> boardWithChair(PersonName chair, LocalDate from, LocalDate to, int acknowledgedPercent,
      boolean civilServantsAllowed) {
    return d -> {
      List<BoardMember> members = new ArrayList<>();
      members.add(BoardMember.of(chair, BoardRole.CHAIR));
      int others = d.intBetween(1, 6);
      for (int i = 0; i < others; i++) {
        members.add(memberWithRole(d.pick(NON_CHAIR_ROLES), civilServantsAllowed).sample(d));
      }
      Optional<LocalDate> composed = Sampler.optional(dd -> dd.date(from, to), 60).sample(d);
      LocalDate acknowledgedFrom = composed.orElse(from);
      return Board.builder()
          .members(members)
          .acknowledgement(Sampler.optional(dd ->
              acknowledgementOn(dd.pick(IssuerTitle.class), dd.date(acknowledgedFrom, to)).sample(dd),
              acknowledgedPercent).sample(d))
          .composedOn(composed)
          .build();
    };
  }

  static Sampler<BoardMember> memberWithRole(BoardRole role, boolean civilServantsAllowed) {
    return d -> BoardMember.builder()
        .name(ContactSamplers.personName().sample(d))
        .role(role)
        .title(Sampler.optional(dd -> dd.pick(Vocabulary.BOARD_TITLES), role == BoardRole.HEAD_OF_FIELD
            || role == BoardRole.OTHER ? 70 : 0).sample(d))
        .civilServantSince(civilServantsAllowed ? Sampler.optional(TimeSamplers.date(), 10).sample(d)
            : Optional.empty())
        .build();
  }

  static Sampler<Member> memberOf(LocalDate from, LocalDate to, boolean civilServantsAllowed) {
    return d -> Member.builder()
        .name(ContactSamplers.personName().sample(d))
        .joinedOn(Sampler.optional(dd -> dd.date(from, to), 50).sample(d))
        .civilServantSince(civilServantsAllowed ? Sampler.optional(TimeSamplers.date(), 10).sample(d)
            : Optional.empty())
        .build();
  }

  static Sampler<Acknowledgement> acknowledgementOn(IssuerTitle title, LocalDate on) {
    return d -> Acknowledgement.builder()
        .byTitle(title)
        .on(on)
        .byName(Sampler.optional(ContactSamplers.personName(), 50).sample(d))
        .document(Sampler.optional(DocumentSamplers.documentRef(), 50).sample(d))
        .build();
  }

  static Sampler<Affiliation> affiliationOf(AffiliationKind kind) {
    return d -> {
      AffiliationSubject subject = d.pick(AffiliationSubject.class);
      Optional<LocalDate> since = Sampler.optional(TimeSamplers.date(), 60).sample(d);
      Optional<LocalDate> until = since.isPresent() && d.chance(30)
          ? Optional.of(since.get().plusDays(d.between(0, 3 * 366))) : Optional.empty();
      return Affiliation.builder()
          .organisation(d.pick(switch (kind) {
            case POLITICAL_PARTY -> Vocabulary.PARTIES;
            case NGO -> Vocabulary.NGOS;
            case OTHER -> Vocabulary.OTHER_ORGANISATIONS;
          }))
          .kind(kind)
          .subject(subject)
          .person(subject == AffiliationSubject.KIM ? Optional.empty()
              : Optional.of(ContactSamplers.personName().sample(d)))
          .since(since)
          .until(until)
          .build();
    };
  }
}
