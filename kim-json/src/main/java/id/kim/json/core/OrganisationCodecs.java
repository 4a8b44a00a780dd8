package id.kim.json.core;

import id.kim.core.contact.PersonName;
import id.kim.core.document.DocumentRef;
import id.kim.core.document.IssuerTitle;
import id.kim.core.organisation.Acknowledgement;
import id.kim.core.organisation.Affiliation;
import id.kim.core.organisation.AffiliationKind;
import id.kim.core.organisation.AffiliationSubject;
import id.kim.core.organisation.Board;
import id.kim.core.organisation.BoardMember;
import id.kim.core.organisation.BoardRole;
import id.kim.core.organisation.Member;
import id.kim.json.Codec;
import id.kim.json.Field;
import id.kim.json.ObjectCodec;
import id.kim.json.Scalars;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * JSON of the organisation: board (MAP-ENTRY-4, PARTNER-LEGAL-3), members (TERM-3), affiliations (PARTNER-ADMIN-3/4,
 * TERM-2).
 */
public final class OrganisationCodecs {
  private static final Field<Acknowledgement, IssuerTitle> ACK_TITLE =
      Field.required("byTitle", Acknowledgement::byTitle, Scalars.code(IssuerTitle.class));
  private static final Field<Acknowledgement, Optional<PersonName>> ACK_NAME =
      Field.optional("byName", Acknowledgement::byName, ContactCodecs.PERSON_NAME);
  private static final Field<Acknowledgement, LocalDate> ACK_ON = Field.required("on", Acknowledgement::on,
      Scalars.DATE);
  private static final Field<Acknowledgement, Optional<DocumentRef>> ACK_DOC =
      Field.optional("document", Acknowledgement::document, ContactCodecs.DOCUMENT);
  /** The village head's acknowledgement of the board ("diketahui oleh"). */
  public static final Codec<Acknowledgement> ACKNOWLEDGEMENT = ObjectCodec.of("Acknowledgement",
      List.of(ACK_TITLE, ACK_NAME, ACK_ON, ACK_DOC),
      d -> Acknowledgement.builder().byTitle(d.get(ACK_TITLE)).byName(d.get(ACK_NAME)).on(d.get(ACK_ON))
          .document(d.get(ACK_DOC)).build());

  private static final Field<BoardMember, PersonName> BM_NAME = Field.required("name", BoardMember::name,
      ContactCodecs.PERSON_NAME);
  private static final Field<BoardMember, BoardRole> BM_ROLE = Field.required("role", BoardMember::role,
      Scalars.code(BoardRole.class));
  private static final Field<BoardMember, Optional<String>> BM_TITLE = Field.optional("title", BoardMember::title,
      Scalars.TEXT);
  private static final Field<BoardMember, Optional<LocalDate>> BM_ASN =
      Field.optional("civilServantSince", BoardMember::civilServantSince, Scalars.DATE);
  /** A board member (pengurus). */
  public static final Codec<BoardMember> BOARD_MEMBER = ObjectCodec.of("BoardMember",
      List.of(BM_NAME, BM_ROLE, BM_TITLE, BM_ASN),
      d -> BoardMember.builder().name(d.get(BM_NAME)).role(d.get(BM_ROLE)).title(d.get(BM_TITLE))
          .civilServantSince(d.get(BM_ASN)).build());

  private static final Field<Board, List<BoardMember>> BOARD_MEMBERS = Field.array("members", Board::members,
      BOARD_MEMBER);
  private static final Field<Board, Optional<Acknowledgement>> BOARD_ACK =
      Field.optional("acknowledgement", Board::acknowledgement, ACKNOWLEDGEMENT);
  private static final Field<Board, Optional<LocalDate>> COMPOSED_ON = Field.optional("composedOn", Board::composedOn,
      Scalars.DATE);
  /** The board composition (susunan pengurus). */
  public static final Codec<Board> BOARD = ObjectCodec.of("Board", List.of(BOARD_MEMBERS, BOARD_ACK, COMPOSED_ON),
      d -> Board.builder().members(d.get(BOARD_MEMBERS)).acknowledgement(d.get(BOARD_ACK))
          .composedOn(d.get(COMPOSED_ON)).build());

  private static final Field<Member, PersonName> M_NAME = Field.required("name", Member::name,
      ContactCodecs.PERSON_NAME);
  private static final Field<Member, Optional<LocalDate>> M_ASN = Field.optional("civilServantSince",
      Member::civilServantSince, Scalars.DATE);
  private static final Field<Member, Optional<LocalDate>> M_JOINED = Field.optional("joinedOn", Member::joinedOn,
      Scalars.DATE);
  /** An ordinary member (anggota). */
  public static final Codec<Member> MEMBER = ObjectCodec.of("Member", List.of(M_NAME, M_ASN, M_JOINED),
      d -> Member.builder().name(d.get(M_NAME)).civilServantSince(d.get(M_ASN)).joinedOn(d.get(M_JOINED)).build());

  private static final Field<Affiliation, String> ORG = Field.required("organisation", Affiliation::organisation,
      Scalars.TEXT);
  private static final Field<Affiliation, AffiliationKind> KIND = Field.required("kind", Affiliation::kind,
      Scalars.code(AffiliationKind.class));
  private static final Field<Affiliation, AffiliationSubject> SUBJECT =
      Field.required("subject", Affiliation::subject, Scalars.code(AffiliationSubject.class));
  private static final Field<Affiliation, Optional<PersonName>> PERSON = Field.optional("person", Affiliation::person,
      ContactCodecs.PERSON_NAME);
  private static final Field<Affiliation, Optional<LocalDate>> SINCE = Field.optional("since", Affiliation::since,
      Scalars.DATE);
  private static final Field<Affiliation, Optional<LocalDate>> UNTIL = Field.optional("until", Affiliation::until,
      Scalars.DATE);
  /** A known affiliation of the KIM or one of its people. */
  public static final Codec<Affiliation> AFFILIATION = ObjectCodec.of("Affiliation",
      List.of(ORG, KIND, SUBJECT, PERSON, SINCE, UNTIL),
      d -> Affiliation.builder().organisation(d.get(ORG)).kind(d.get(KIND)).subject(d.get(SUBJECT))
          .person(d.get(PERSON))
          .since(d.get(SINCE)).until(d.get(UNTIL)).build());

  private OrganisationCodecs() {}
}
