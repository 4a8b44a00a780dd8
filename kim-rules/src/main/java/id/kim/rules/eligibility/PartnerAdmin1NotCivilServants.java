package id.kim.rules.eligibility;

import id.kim.core.community.KnownAbsence;
import id.kim.core.contact.PersonName;
import id.kim.core.document.AdministrativeDeclaration;
import id.kim.core.organisation.BoardMember;
import id.kim.core.organisation.CivilServantScope;
import id.kim.core.organisation.Member;
import id.kim.rules.explain.Citation;
import id.kim.rules.explain.Evidence;
import id.kim.rules.explain.Finding;
import id.kim.rules.explain.RuleId;
import io.vavr.collection.Array;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.LocalDate;
import java.util.Optional;

/**
 * PARTNER-ADMIN-1 — board members are not civil servants (syarat administratif 1, juknis II.B.4:
 * "Pengurus KIM bukan Aparatur Sipil Negara (ASN)"), declared in the statement letter and not
 * contradicted by a board member recorded as ASN on the as-of day ({@link DeclaredRequirement}).
 * Without a board on record (none presented, or no member listed) the statement cannot be checked
 * against anyone: unknown, never satisfied by default — unless the Dinas recorded the board as none
 * ({@link KnownAbsence#BOARD}: not satisfied, no board can make the statement) or recorded, after its
 * own check, that no board member or member is ASN ({@link KnownAbsence#CIVIL_SERVANTS}: the letter and
 * the check agree, satisfied; RULES.md GAP-06, PROPOSED).
 *
 * <p>Whose status counts is the {@link CivilServantScope} policy (RULES.md GAP-03): by default the board
 * only, as the text says. Ordinary members who are ASN then do not block the partnership, but are
 * flagged: a member becoming ASN during a partnership is the termination trigger TERM-3.
 */
final class PartnerAdmin1NotCivilServants extends DeclaredRequirement {
  static final RuleId ID = RuleId.of("PARTNER-ADMIN-1");
  static final Citation CITATION = Citation.of("II.B.4", "1. Pengurus KIM bukan Aparatur Sipil Negara (ASN)");
  private static final Citation MEMBER_SOURCE =
      Citation.proposed("II.B.6", "Pengurus dan/atau anggota menjadi Aparatur Sipil Negara (ASN)", "GAP-03");
  private static final FindingKey NO_BOARD = Keys.failing("PARTNER-ADMIN-1.noBoard");
  private static final FindingKey BOARD_RECORDED_AS_NONE = Keys.failing("PARTNER-ADMIN-1.boardRecordedAsNone");
  private static final FindingKey CHECKED_NONE = Keys.plain("PARTNER-ADMIN-1.satisfiedByCheck");
  private static final FindingKey MEMBER_CIVIL_SERVANT = Keys.failing("PARTNER-ADMIN-1.memberCivilServant");

  private final CivilServantScope scope;
  private final FindingKey civilServant;
  private final Seq<Evidence> policy;

  PartnerAdmin1NotCivilServants(CivilServantScope scope) {
    super(ID, CITATION);
    this.scope = scope;
    this.civilServant = Keys.failing("PARTNER-ADMIN-1.civilServant." + scope.name());
    this.policy = Array.of(Evidence.of("policy.asnScope", scope.name()));
  }

  @Override
  boolean declares(AdministrativeDeclaration declaration) {
    return declaration.boardNotCivilServants();
  }

  @Override
  String statement() {
    return "declaration.boardNotCivilServants";
  }

  @Override
  Seq<Evidence> policyEvidence() {
    return policy;
  }

  @Override
  KnownAbsence checkedFact() {
    return KnownAbsence.CIVIL_SERVANTS;
  }

  @Override
  Optional<Finding> unverifiable(EligibilityFacts facts, Seq<Evidence> evidence) {
    boolean noBoard = facts.record().board().map(b -> b.members().isEmpty()).orElse(true);
    if (!noBoard) {
      return Optional.empty();
    }
    if (facts.record().isRecordedAsNone(KnownAbsence.BOARD)) {
      return Optional.of(notSatisfied(BOARD_RECORDED_AS_NONE, evidence.append(Evidence.of("recordedAsNone", "board"))));
    }
    return Optional.of(facts.record().isRecordedAsNone(KnownAbsence.CIVIL_SERVANTS)
        ? satisfied(CHECKED_NONE, evidence) : unknown(NO_BOARD, evidence));
  }

  @Override
  Optional<Finding> contradiction(EligibilityFacts facts, LocalDate asOf) {
    Seq<PersonName> asn = boardCivilServants(facts, asOf);
    if (scope.includesMembers()) {
      asn = asn.appendAll(memberCivilServants(facts, asOf));
    }
    if (asn.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(notSatisfied(civilServant,
        policy.prepend(Evidence.of("civilServants", Texts.maskedNames(asn))), asn.size()));
  }

  @Override
  public Seq<Finding> warnings(EligibilityFacts facts, LocalDate asOf) {
    if (scope.includesMembers()) {
      return List.empty();
    }
    Seq<PersonName> members = memberCivilServants(facts, asOf);
    return members.isEmpty() ? List.empty()
        : List.of(warning(MEMBER_SOURCE, MEMBER_CIVIL_SERVANT,
            policy.prepend(Evidence.of("members.civilServants", Texts.maskedNames(members))), members.size()));
  }

  private static Seq<PersonName> boardCivilServants(EligibilityFacts facts, LocalDate asOf) {
    if (facts.record().board().isEmpty()) {
      return List.empty();
    }
    Seq<BoardMember> found = Matching.of(facts.record().board().get().members(), m -> m.isCivilServantOn(asOf));
    return found.isEmpty() ? List.empty() : found.map(BoardMember::name);
  }

  private static Seq<PersonName> memberCivilServants(EligibilityFacts facts, LocalDate asOf) {
    Seq<Member> found = Matching.of(facts.record().members(), m -> m.isCivilServantOn(asOf));
    return found.isEmpty() ? List.empty() : found.map(Member::name);
  }
}
