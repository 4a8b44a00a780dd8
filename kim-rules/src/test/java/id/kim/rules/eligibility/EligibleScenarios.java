package id.kim.rules.eligibility;

import id.kim.core.agency.Dinas;
import id.kim.core.assessment.AssessedCriterion;
import id.kim.core.assessment.Assessment;
import id.kim.core.assessment.AssessmentResult;
import id.kim.core.community.KimProfile;
import id.kim.core.community.KimRecord;
import id.kim.core.community.TargetAudience;
import id.kim.core.contact.PersonName;
import id.kim.core.document.AdministrativeDeclaration;
import id.kim.core.document.VillageDecree;
import id.kim.core.organisation.Affiliation;
import id.kim.core.organisation.AffiliationKind;
import id.kim.core.organisation.AffiliationSubject;
import id.kim.core.organisation.Board;
import id.kim.core.organisation.BoardMember;
import id.kim.core.organisation.BoardRole;
import id.kim.core.organisation.Member;
import id.kim.core.region.RegencyCity;
import id.kim.testkit.ContactSamplers;
import id.kim.testkit.Draw;
import id.kim.testkit.RecordSamplers;
import id.kim.testkit.RegionSamplers;
import id.kim.testkit.Sampler;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.quicktheories.core.Gen;

/**
 * Eligible communities for the property tests: kim-testkit's {@code eligibleRecord(asOf)} (every
 * documentary requirement met on {@code asOf}), judged by the Dinas of the regency/city that issued
 * its number, and varied here in everything the eligibility rules must ignore under the default
 * policy: no WhatsApp (an e-mail is the contact), no frequency, a decree of another village (a
 * warning only) or revoked only after the as-of day, board members who become ASN later, members
 * who are ASN (BOARD_ONLY, GAP-03), affiliations outside the scope (GAP-04) or ended, the chair's name
 * written in capitals on the letter, earlier "not met" assessments superseded by a later "met", and
 * assessments of criteria a 2022 KIM needs only in special cases.
 */
public final class EligibleScenarios {
  private static final LocalDate FIRST_DAY = LocalDate.of(2023, 1, 1);
  private static final LocalDate LAST_DAY = LocalDate.of(2032, 12, 31);
  private static final Set<AssessedCriterion> SPECIAL = Set.of(AssessedCriterion.OTHER_DISSEMINATION_MEANS,
      AssessedCriterion.INFORMATION_FUNCTION_ADDED);

  private EligibleScenarios() {}

  /** Facts and the day they are judged on. */
  public record Scenario(EligibilityFacts facts, LocalDate asOf) {
    public Scenario withRecord(KimRecord record) {
      return new Scenario(EligibilityFacts.of(record, facts.dinas()), asOf);
    }

    public KimRecord record() {
      return facts.record();
    }

    public RegencyCity area() {
      return facts.area();
    }

    @Override
    public String toString() {
      return facts + " as of " + asOf;
    }
  }

  /** @return as-of days from 2023 to 2032 */
  public static Gen<LocalDate> days() {
    Sampler<LocalDate> days = d -> d.date(FIRST_DAY, LAST_DAY);
    return days.gen();
  }

  /** @return a community meeting every requirement on its as-of day */
  public static Gen<Scenario> valid() {
    Sampler<Scenario> scenarios = EligibleScenarios::scenario;
    return scenarios.gen();
  }

  private static Scenario scenario(Draw d) {
    LocalDate asOf = d.date(FIRST_DAY, LAST_DAY);
    KimRecord r = RecordSamplers.eligibleRecord(asOf).sample(d);
    RegencyCity area = r.profile().communityNumber().orElseThrow().issuedBy();
    KimRecord varied = r.withProfile(profile(r.profile(), d))
        .withDecree(decree(r.decree().orElseThrow(), asOf, d))
        .withBoard(board(r.board().orElseThrow(), asOf, d))
        .withMembers(members(r.members(), asOf, d))
        .withDeclaration(declaration(r.declaration().orElseThrow(), r.board().orElseThrow(), d))
        .withAffiliations(affiliations(r.affiliations(), asOf, d))
        .withAssessments(assessments(r.assessments(), d));
    return new Scenario(EligibilityFacts.of(varied, dinasOf(area)), asOf);
  }

  /** @return the Dinas Kominfo of a kabupaten/kota */
  static Dinas dinasOf(RegencyCity area) {
    return Dinas.regencyCity("Dinas Kominfo " + area.fullName(), area);
  }

  private static KimProfile profile(KimProfile p, Draw d) {
    KimProfile out = d.chance(30) ? p.withWhatsapp(Optional.empty()) : p;
    return d.chance(30) ? out.withFrequency(Optional.empty()) : out;
  }

  private static VillageDecree decree(VillageDecree decree, LocalDate asOf, Draw d) {
    VillageDecree out = d.chance(15) ? decree.withIssuerVillage(RegionSamplers.village().sample(d)) : decree;
    return d.chance(15) ? out.withRevokedOn(asOf.plusDays(d.between(1, 500))) : out;
  }

  private static Board board(Board board, LocalDate asOf, Draw d) {
    List<BoardMember> members = new ArrayList<>();
    for (BoardMember m : board.members()) {
      members.add(m.role() != BoardRole.CHAIR && d.chance(10)
          ? m.withCivilServantSince(asOf.plusDays(d.between(1, 400))) : m);
    }
    return board.withMembers(members);
  }

  private static List<Member> members(List<Member> members, LocalDate asOf, Draw d) {
    return members.stream().map(m -> d.chance(20) ? m.withCivilServantSince(asOf.minusDays(d.between(0, 900))) : m)
        .toList();
  }

  private static AdministrativeDeclaration declaration(AdministrativeDeclaration x, Board board, Draw d) {
    PersonName chair = board.chair().orElseThrow().name();
    List<PersonName> signatories = x.signatories().stream()
        .map(n -> n.equals(chair) && d.chance(20) ? PersonName.of(n.value().toUpperCase(Locale.ROOT)) : n).toList();
    return AdministrativeDeclaration.builder().from(x).signatories(signatories).build();
  }

  /** Affiliations that must not matter under the default policy: other kinds, ended, or ordinary members'. */
  private static List<Affiliation> affiliations(List<Affiliation> given, LocalDate asOf, Draw d) {
    List<Affiliation> out = new ArrayList<>(given);
    for (int i = d.intBetween(0, 3); i > 0; i--) {
      Affiliation.Builder a = Affiliation.builder().organisation("Organisasi " + d.intBetween(1, 50));
      AffiliationKind partyOrNgo = d.pick(List.of(AffiliationKind.POLITICAL_PARTY, AffiliationKind.NGO));
      switch (d.intBetween(0, 2)) {
        case 0 -> a.kind(AffiliationKind.OTHER).subject(AffiliationSubject.KIM);
        case 1 -> a.kind(partyOrNgo).subject(AffiliationSubject.KIM).until(asOf.minusDays(d.between(1, 900)));
        default -> a.kind(partyOrNgo).subject(AffiliationSubject.MEMBER).person(ContactSamplers.personName().sample(d));
      }
      out.add(a.build());
    }
    return out;
  }

  /** Sometimes an earlier NOT_MET that the later MET supersedes; sometimes no assessment of the special criteria. */
  private static List<Assessment> assessments(List<Assessment> met, Draw d) {
    boolean dropSpecial = d.chance(50);
    List<Assessment> out = new ArrayList<>();
    for (Assessment a : met) {
      if (dropSpecial && SPECIAL.contains(a.criterion())) {
        continue;
      }
      out.add(a);
      if (d.chance(20)) {
        out.add(Assessment.builder().from(a).result(AssessmentResult.NOT_MET)
            .assessedOn(a.assessedOn().minusDays(d.between(1, 300)))
            .validUntil(Optional.empty()).build());
      }
    }
    return out;
  }

  /** @return the record with every list in another order, chosen by {@code seed} */
  static KimRecord shuffled(KimRecord r, long seed) {
    Random random = new Random(seed);
    KimProfile p = r.profile().withMedia(shuffle(r.profile().media(), random))
        .withPartnershipPeriods(shuffle(r.profile().partnershipPeriods(), random));
    if (p.targetAudience().isPresent()) {
      TargetAudience a = p.targetAudience().get();
      p = p.withTargetAudience(TargetAudience.builder().from(a).villages(shuffle(new ArrayList<>(a.villages()), random))
          .build());
    }
    KimRecord out = r.withProfile(p)
        .withMembers(shuffle(r.members(), random))
        .withAffiliations(shuffle(r.affiliations(), random))
        .withAssessments(shuffle(r.assessments(), random));
    if (r.board().isPresent()) {
      out = out.withBoard(r.board().get().withMembers(shuffle(r.board().get().members(), random)));
    }
    if (r.declaration().isPresent()) {
      AdministrativeDeclaration d = r.declaration().get();
      out = out.withDeclaration(AdministrativeDeclaration.builder().from(d)
          .signatories(shuffle(d.signatories(), random)).build());
    }
    return out;
  }

  private static <T> List<T> shuffle(List<T> list, Random random) {
    List<T> copy = new ArrayList<>(list);
    Collections.shuffle(copy, random);
    return copy;
  }
}
