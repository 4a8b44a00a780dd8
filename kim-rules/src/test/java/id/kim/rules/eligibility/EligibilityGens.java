package id.kim.rules.eligibility;

import id.kim.core.assessment.AssessedCriterion;
import id.kim.core.assessment.Assessment;
import id.kim.core.assessment.AssessmentResult;
import id.kim.core.community.CommunityNumber;
import id.kim.core.community.Frequency;
import id.kim.core.community.FrequencyPeriod;
import id.kim.core.community.KimProfile;
import id.kim.core.community.KimRecord;
import id.kim.core.community.KimType;
import id.kim.core.community.TargetAudience;
import id.kim.core.contact.PersonName;
import id.kim.core.document.AdministrativeDeclaration;
import id.kim.core.document.IssuerTitle;
import id.kim.core.document.VillageDecree;
import id.kim.core.media.KimMedium;
import id.kim.core.media.Platform;
import id.kim.core.organisation.Acknowledgement;
import id.kim.core.organisation.Affiliation;
import id.kim.core.organisation.AffiliationKind;
import id.kim.core.organisation.AffiliationSubject;
import id.kim.core.organisation.Board;
import id.kim.core.organisation.BoardMember;
import id.kim.core.organisation.BoardRole;
import id.kim.core.organisation.Member;
import id.kim.core.region.District;
import id.kim.core.region.Village;
import id.kim.core.region.VillageKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * Local QuickTheories generators of eligibility facts, built on the kim-core builders (kim-testkit is
 * being written in parallel; these move there once it lands). {@link #valid()} gives a community
 * that meets every requirement of the 2022 juknis on its as-of day, varied in everything that must
 * not matter: names, sizes, dates before the as-of day, superseded assessments, members who are ASN,
 * affiliations outside the policy's scope, decrees without expiry, decrees of another village.
 */
public final class EligibilityGens {
  private static final long FIRST_DAY = LocalDate.of(2023, 1, 1).toEpochDay();
  private static final long LAST_DAY = LocalDate.of(2032, 12, 31).toEpochDay();
  private static final String[] GIVEN = {"Siti", "Made", "Ni Luh", "Ketut", "Ahmad", "Dewi", "Yohanes", "Rina", "Budi", "Wayan"};
  private static final String[] FAMILY = {"Aminah", "Wirawan", "Sari", "Pratama", "Fauzi", "Lestari", "Manuputty", "Hasibuan"};
  private static final String[] VILLAGES = {"Gumbrih", "Pengambengan", "Banjar Tengah", "Baler Bale Agung", "Dangin Tukadaya"};
  private static final String[] DISTRICTS = {"Pekutatan", "Negara", "Mendoyo", "Melaya", "Jembrana"};
  private static final BoardRole[] OTHER_ROLES = {BoardRole.VICE_CHAIR, BoardRole.SECRETARY, BoardRole.TREASURER,
      BoardRole.HEAD_OF_FIELD, BoardRole.OTHER};

  private EligibilityGens() {}

  /** Facts and the day they are judged on. */
  public record Scenario(EligibilityFacts facts, LocalDate asOf) {
    public Scenario withRecord(KimRecord record) {
      return new Scenario(EligibilityFacts.of(record, facts.dinas()), asOf);
    }

    public KimRecord record() {
      return facts.record();
    }

    @Override
    public String toString() {
      return facts + " as of " + asOf;
    }
  }

  public static int between(RandomnessSource in, int lo, int hi) {
    return Generate.range(lo, hi).generate(in);
  }

  public static boolean chance(RandomnessSource in, int percent) {
    return between(in, 1, 100) <= percent;
  }

  public static <T> T pick(RandomnessSource in, T[] values) {
    return values[between(in, 0, values.length - 1)];
  }

  public static Gen<LocalDate> days() {
    return Generate.longRange(FIRST_DAY, LAST_DAY).map(LocalDate::ofEpochDay);
  }

  public static PersonName person(RandomnessSource in, int index) {
    return PersonName.of(pick(in, GIVEN) + " " + pick(in, FAMILY) + (index == 0 ? "" : " " + (char) ('A' + index)));
  }

  public static Village village(RandomnessSource in) {
    District d = chance(in, 50) ? District.of(pick(in, DISTRICTS)) : District.of(pick(in, DISTRICTS), Kims.JEMBRANA);
    VillageKind kind = pick(in, new VillageKind[] {VillageKind.DESA, VillageKind.KELURAHAN, VillageKind.KAMPUNG});
    return Village.of(pick(in, VILLAGES), kind, d);
  }

  /** @return a community meeting every requirement on its as-of day */
  public static Gen<Scenario> valid() {
    return in -> {
      LocalDate asOf = days().generate(in);
      Village seat = village(in);
      Board board = board(in, asOf);
      PersonName chair = board.chair().orElseThrow().name();
      LocalDate boardSince = board.composedOn().orElse(asOf.minusDays(3000));
      KimRecord r = KimRecord.builder()
          .profile(profile(in, asOf, seat))
          .decree(decree(in, asOf, seat))
          .board(board)
          .members(members(in, asOf))
          .declaration(declaration(in, asOf, boardSince, chair, board))
          .affiliations(harmlessAffiliations(in, asOf))
          .assessments(assessments(in, asOf))
          .build();
      return new Scenario(EligibilityFacts.of(r, Kims.DINAS), asOf);
    };
  }

  public static KimProfile profile(RandomnessSource in, LocalDate asOf, Village seat) {
    KimProfile.Builder p = KimProfile.builder()
        .name("KIM " + pick(in, VILLAGES) + " " + between(in, 1, 99))
        .type(pick(in, KimType.values()))
        .communityNumber(number(in, asOf))
        .address(Kims.profile().address().orElseThrow())
        .seat(seat);
    if (chance(in, 70)) {
      p.whatsapp(Kims.profile().whatsapp().orElseThrow());
    } else {
      p.email(Kims.profile().email().orElseThrow());
    }
    TargetAudience.Builder audience = TargetAudience.builder().addVillage(seat);
    for (int i = between(in, 0, 2); i > 0; i--) {
      audience.addVillage(village(in));
    }
    p.targetAudience(audience.build());
    for (int i = between(in, 1, 4); i > 0; i--) {
      p.addMedia(KimMedium.of(pick(in, Platform.values())));
    }
    if (chance(in, 70)) {
      p.frequency(Frequency.of(between(in, 0, 20), pick(in, FrequencyPeriod.values())));
    }
    return p.build();
  }

  public static CommunityNumber number(RandomnessSource in, LocalDate asOf) {
    CommunityNumber n = CommunityNumber.of("KIM/5101/" + between(in, 1, 9999), Kims.JEMBRANA);
    return chance(in, 70) ? n.withIssuedOn(asOf.minusDays(between(in, 0, 2000))) : n;
  }

  public static VillageDecree decree(RandomnessSource in, LocalDate asOf, Village seat) {
    VillageDecree.Builder d = VillageDecree.builder().number(between(in, 1, 999) + "/KEP/" + asOf.getYear())
        .issuerTitle(IssuerTitle.KEPALA_DESA).issuerVillage(chance(in, 85) ? seat : village(in))
        .issuedOn(asOf.minusDays(between(in, 0, 3000)));
    if (chance(in, 75)) {
      d.validUntil(asOf.plusDays(between(in, 0, 2000)));
    }
    if (chance(in, 15)) {
      d.revokedOn(asOf.plusDays(between(in, 1, 500)));
    }
    return d.build();
  }

  public static Board board(RandomnessSource in, LocalDate asOf) {
    List<BoardMember> members = new ArrayList<>();
    members.add(BoardMember.of(person(in, 0), BoardRole.CHAIR));
    for (int i = between(in, 0, 5); i > 0; i--) {
      BoardMember m = BoardMember.of(person(in, i), pick(in, OTHER_ROLES));
      members.add(chance(in, 10) ? m.withCivilServantSince(asOf.plusDays(between(in, 1, 400))) : m);
    }
    Board.Builder b = Board.builder().members(members);
    LocalDate composed = asOf.minusDays(between(in, 0, 3000));
    if (chance(in, 70)) {
      b.composedOn(composed);
    }
    return b.acknowledgement(Acknowledgement.of(IssuerTitle.KEPALA_DESA,
        composed.plusDays(between(in, 0, (int) (asOf.toEpochDay() - composed.toEpochDay()))))).build();
  }

  public static List<Member> members(RandomnessSource in, LocalDate asOf) {
    List<Member> out = new ArrayList<>();
    for (int i = between(in, 0, 4); i > 0; i--) {
      Member m = Member.of(person(in, 10 + i));
      out.add(chance(in, 20) ? m.withCivilServantSince(asOf.minusDays(between(in, 0, 900))) : m);
    }
    return out;
  }

  public static AdministrativeDeclaration declaration(RandomnessSource in, LocalDate asOf, LocalDate boardSince,
      PersonName chair, Board board) {
    List<PersonName> signatories = new ArrayList<>();
    signatories.add(chance(in, 20) ? PersonName.of(chair.value().toUpperCase(java.util.Locale.ROOT)) : chair);
    for (BoardMember m : board.members()) {
      if (m.role() != BoardRole.CHAIR && chance(in, 30)) {
        signatories.add(m.name());
      }
    }
    LocalDate signed = boardSince.plusDays(between(in, 0, (int) (asOf.toEpochDay() - boardSince.toEpochDay())));
    return AdministrativeDeclaration.ofAllStatements(signed, signatories);
  }

  /** Affiliations that must not matter under the default policy: other kinds, ended, or ordinary members'. */
  public static List<Affiliation> harmlessAffiliations(RandomnessSource in, LocalDate asOf) {
    List<Affiliation> out = new ArrayList<>();
    for (int i = between(in, 0, 3); i > 0; i--) {
      int kind = between(in, 0, 2);
      Affiliation.Builder a = Affiliation.builder().organisation("Organisasi " + between(in, 1, 50));
      if (kind == 0) {
        a.kind(AffiliationKind.OTHER).subject(AffiliationSubject.KIM);
      } else if (kind == 1) {
        a.kind(pick(in, new AffiliationKind[] {AffiliationKind.POLITICAL_PARTY, AffiliationKind.NGO}))
            .subject(AffiliationSubject.KIM).until(asOf.minusDays(between(in, 1, 900)));
      } else {
        a.kind(pick(in, new AffiliationKind[] {AffiliationKind.POLITICAL_PARTY, AffiliationKind.NGO}))
            .subject(AffiliationSubject.MEMBER).person(person(in, 20 + i));
      }
      out.add(a.build());
    }
    return out;
  }

  /** Each juknis criterion met by the as-of day, sometimes after an earlier "not met" it supersedes. */
  public static List<Assessment> assessments(RandomnessSource in, LocalDate asOf) {
    List<Assessment> out = new ArrayList<>();
    for (AssessedCriterion c : Kims.JUKNIS_CRITERIA) {
      LocalDate on = asOf.minusDays(between(in, 0, 1000));
      Assessment met = Kims.assessment(c, AssessmentResult.MET, on);
      out.add(chance(in, 20) ? Assessment.builder().from(met).validUntil(asOf.plusDays(between(in, 0, 400))).build() : met);
      if (chance(in, 20)) {
        out.add(Kims.assessment(c, AssessmentResult.NOT_MET, on.minusDays(between(in, 1, 300))));
      }
    }
    return out;
  }

  /** @return the record with every list in another order, chosen by {@code seed} */
  public static KimRecord shuffled(KimRecord r, long seed) {
    Random random = new Random(seed);
    KimProfile p = r.profile().withMedia(shuffle(r.profile().media(), random))
        .withPartnershipPeriods(shuffle(r.profile().partnershipPeriods(), random));
    if (p.targetAudience().isPresent()) {
      TargetAudience a = p.targetAudience().get();
      p = p.withTargetAudience(TargetAudience.builder().from(a).villages(shuffle(new ArrayList<>(a.villages()), random)).build());
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
      out = out.withDeclaration(AdministrativeDeclaration.builder().from(d).signatories(shuffle(d.signatories(), random)).build());
    }
    return out;
  }

  private static <T> List<T> shuffle(List<T> list, Random random) {
    List<T> copy = new ArrayList<>(list);
    Collections.shuffle(copy, random);
    return copy;
  }
}
