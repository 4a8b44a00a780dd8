package id.kim.rules.impact;

import id.kim.core.agency.Dinas;
import id.kim.core.community.KimRecord;
import id.kim.core.organisation.Affiliation;
import id.kim.core.organisation.AffiliationKind;
import id.kim.core.organisation.AffiliationSubject;
import id.kim.core.organisation.CivilServantScope;
import id.kim.core.organisation.Member;
import id.kim.core.region.RegencyCity;
import id.kim.rules.eligibility.AffiliationScope;
import id.kim.rules.eligibility.CommunityNumberRegister;
import id.kim.rules.eligibility.EligibilityFacts;
import id.kim.rules.eligibility.EligibilityPolicy;
import id.kim.rules.eligibility.SignatoryPolicy;
import id.kim.rules.engine.GatePolicy;
import id.kim.rules.explain.RuleId;
import id.kim.testkit.ContactSamplers;
import id.kim.testkit.Draw;
import id.kim.testkit.RecordSamplers;
import id.kim.testkit.RegionSamplers;
import id.kim.testkit.Sampler;
import io.vavr.collection.TreeSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;

/**
 * Registers for the impact's properties: eligible KIM (kim-testkit), eligible KIM with what a variant
 * of §4 would weigh differently (a member who is ASN, GAP-03; a member affiliated with a party,
 * GAP-04), and any register record (mostly incomplete); all decided as of one day. And variants:
 * any eligibility policy, any rules removed.
 */
final class Registers {
  static final LocalDate AS_OF = LocalDate.of(2026, 1, 15);

  private Registers() {}

  /** @return a register of 0..24 KIM, each with the Dinas of its own regency/city */
  static Gen<List<EligibilityFacts>> registers() {
    Sampler<List<EligibilityFacts>> s = d -> {
      int n = d.intBetween(0, 24);
      List<EligibilityFacts> out = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        out.add(kim(d));
      }
      return out;
    };
    return s.gen();
  }

  /** @return a variant with any eligibility policy and any rules removed */
  static Gen<Variant> variants() {
    Sampler<Variant> s = d -> Variant.builder().name("v" + d.intBetween(0, 9)).eligibility(policy(d))
        .removedRules(TreeSet.ofAll(Variant.removableRules().filter(id -> d.chance(10)))).build();
    return s.gen();
  }

  /** @return a variant that only removes rules */
  static Gen<Variant> removals() {
    Sampler<Variant> s = d -> Variant.builder().name("tanpa")
        .removedRules(TreeSet.ofAll(Variant.removableRules().filter(id -> d.chance(20)))).build();
    return s.gen();
  }

  static EligibilityPolicy policy(Draw d) {
    return EligibilityPolicy.builder().asnScope(d.pick(CivilServantScope.class))
        .affiliationScope(d.pick(AffiliationScope.class)).signatories(d.pick(SignatoryPolicy.class))
        .qualificationGate(d.pick(GatePolicy.class)).communityNumberRegister(d.pick(CommunityNumberRegister.class))
        .build();
  }

  static EligibilityFacts kim(Draw d) {
    KimRecord r = switch (d.intBetween(0, 3)) {
      case 0 -> RecordSamplers.eligibleRecord(AS_OF).sample(d);
      case 1 -> withAsnMember(RecordSamplers.eligibleRecord(AS_OF).sample(d), d);
      case 2 -> withAffiliatedMember(RecordSamplers.eligibleRecord(AS_OF).sample(d), d);
      default -> RecordSamplers.record().sample(d);
    };
    RegencyCity area = r.profile().communityNumber().map(n -> n.issuedBy()).or(() -> r.profile().seatRegencyCity())
        .orElseGet(() -> RegionSamplers.regencyCities().get(0));
    return EligibilityFacts.of(r, dinasOf(area));
  }

  static Dinas dinasOf(RegencyCity area) {
    return Dinas.regencyCity("Dinas Kominfo " + area.fullName(), area);
  }

  /** An ordinary member who has been a civil servant since before the as-of day (GAP-03). */
  static KimRecord withAsnMember(KimRecord r, Draw d) {
    Member asn = Member.builder().name(ContactSamplers.personName().sample(d))
        .civilServantSince(AS_OF.minusDays(d.intBetween(1, 2000))).build();
    List<Member> members = new ArrayList<>(r.members());
    members.add(asn);
    return r.withMembers(members);
  }

  /** An ordinary member affiliated with a political party (GAP-04). */
  static KimRecord withAffiliatedMember(KimRecord r, Draw d) {
    Affiliation a = Affiliation.builder().organisation("Partai Contoh").kind(AffiliationKind.POLITICAL_PARTY)
        .subject(AffiliationSubject.MEMBER).person(ContactSamplers.personName().sample(d)).build();
    List<Affiliation> all = new ArrayList<>(r.affiliations());
    all.add(a);
    return r.withAffiliations(all);
  }

  static RuleId rule(String id) {
    return RuleId.of(id);
  }
}
