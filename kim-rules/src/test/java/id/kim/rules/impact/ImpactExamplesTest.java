package id.kim.rules.impact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.assessment.AssessedCriterion;
import id.kim.core.assessment.Assessment;
import id.kim.core.assessment.AssessmentResult;
import id.kim.core.community.KimRecord;
import id.kim.core.organisation.CivilServantScope;
import id.kim.rules.eligibility.AffiliationScope;
import id.kim.rules.eligibility.EligibilityFacts;
import id.kim.rules.eligibility.EligibilityPolicy;
import id.kim.rules.eligibility.SignatoryPolicy;
import id.kim.rules.engine.GatePolicy;
import id.kim.rules.explain.Outcome;
import id.kim.rules.explain.RuleId;
import id.kim.rules.explain.Verdict;
import id.kim.testkit.Draw;
import id.kim.testkit.RecordSamplers;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The shipped variants (kim-examples {@code variants/}) on KIM of the juknis' own cases: what each one
 * changes and which rule flips.
 */
class ImpactExamplesTest {
  /** ASN scope at entry extended to members (GAP-03, PROPOSED alternative). */
  static final Variant ASN = Variant.of("asn-anggota",
      EligibilityPolicy.builder().asnScope(CivilServantScope.BOARD_AND_MEMBERS).build());
  /** Affiliations of ordinary members counted (GAP-04, GAP-46). */
  static final Variant AFFILIATION = Variant.of("afiliasi-anggota",
      EligibilityPolicy.builder().affiliationScope(AffiliationScope.KIM_BOARD_AND_MEMBERS).build());
  /** The qualification gate relaxed (QUAL-ORDER). */
  static final Variant GATE = Variant.of("gerbang-kualifikasi-longgar",
      EligibilityPolicy.builder().qualificationGate(GatePolicy.REQUIRE_NO_FAILURE).build());
  /** Every board member signs the statement letter (GAP-08). */
  static final Variant SIGNATURES = Variant.of("tanda-tangan-semua-pengurus",
      EligibilityPolicy.builder().signatories(SignatoryPolicy.ALL_BOARD).build());

  private static KimRecord eligible(long seed) {
    return RecordSamplers.eligibleRecord(Registers.AS_OF).from(new Random(seed));
  }

  private static Draw draw(long seed) {
    return Draw.from(new Random(seed));
  }

  private static KimImpact one(Variant v, KimRecord r) {
    EligibilityFacts f = EligibilityFacts.of(r,
        Registers.dinasOf(r.profile().communityNumber().orElseThrow().issuedBy()));
    return Impact.from(v).one(f, Registers.AS_OF).getOrElseThrow(() -> new AssertionError("invalid record"));
  }

  @Test
  @DisplayName("GAP-03: counting members at entry makes a KIM with an ASN member NOT_ELIGIBLE through PARTNER-ADMIN-1")
  void asnMember() {
    KimImpact k = one(ASN, Registers.withAsnMember(eligible(1), draw(1)));
    assertEquals(Transition.of(Verdict.ELIGIBLE, Verdict.NOT_ELIGIBLE), k.transition());
    assertEquals(List.of(FindingChange.of(RuleId.of("PARTNER-ADMIN-1"), Option.of(Outcome.SATISFIED),
        Option.of(Outcome.NOT_SATISFIED))), k.changedFindings().filter(c -> !c.ruleId().value().startsWith("QUAL")));
    assertEquals(List.of(RuleId.of("PARTNER-ADMIN-1")), k.responsibleRules());
    assertTrue(k.variant().ruleSet().version().endsWith("asn=BOARD_AND_MEMBERS,variant=asn-anggota"));
  }

  @Test
  @DisplayName("GAP-04: counting members' affiliations makes a KIM with a party member NOT_ELIGIBLE (PARTNER-ADMIN-3)")
  void affiliatedMember() {
    KimImpact k = one(AFFILIATION, Registers.withAffiliatedMember(eligible(2), draw(2)));
    assertEquals(Transition.of(Verdict.ELIGIBLE, Verdict.NOT_ELIGIBLE), k.transition());
    assertEquals(List.of(RuleId.of("PARTNER-ADMIN-3")), k.responsibleRules());
  }

  @Test
  @DisplayName("QUAL-ORDER relaxed: an incomplete KIM whose qualification fails is NOT_ELIGIBLE at once (QUAL-3)")
  void gateRelaxed() {
    KimRecord r = eligible(3).withoutDeclaration();
    List<Assessment> assessments = r.assessments().stream().map(a -> a.criterion()
        == AssessedCriterion.TRACK_RECORD_AND_REPUTATION ? Assessment.builder().from(a).result(AssessmentResult.NOT_MET)
        .build() : a).collect(List.collector());
    KimImpact k = one(GATE, r.withAssessments(assessments));
    assertEquals(Transition.of(Verdict.INCOMPLETE, Verdict.NOT_ELIGIBLE), k.transition());
    assertTrue(k.changedFindings().contains(FindingChange.of(RuleId.of("QUAL-3"), Option.of(Outcome.NOT_EVALUATED),
        Option.of(Outcome.NOT_SATISFIED))), k::toString);
    assertEquals(List.of(RuleId.of("QUAL-3")), k.responsibleRules());
  }

  @Test
  @DisplayName("QUAL-ORDER relaxed never changes an ELIGIBLE KIM: its prerequisites are all satisfied")
  void gateRelaxedKeepsEligible() {
    assertEquals(Transition.of(Verdict.ELIGIBLE, Verdict.ELIGIBLE), one(GATE, eligible(4)).transition());
  }

  @Test
  @DisplayName("GAP-08: when every board member must sign, a letter signed by the chair alone fails PARTNER-ADMIN-DECL")
  void allBoardSignatures() {
    int flipped = 0;
    for (long seed = 0; seed < 30; seed++) {
      KimImpact k = one(SIGNATURES, eligible(seed));
      if (k.transition().changed()) {
        flipped++;
        assertEquals(Transition.of(Verdict.ELIGIBLE, Verdict.NOT_ELIGIBLE), k.transition());
        assertEquals(List.of(RuleId.of("PARTNER-ADMIN-DECL")), k.responsibleRules());
      }
    }
    assertTrue(flipped > 0, "no generated letter lacked a board member's signature");
  }

  @Test
  @DisplayName("the shipped variants, on one register: tallies, areas and the rules responsible")
  void registerTallies() {
    KimRecord plain = eligible(5);
    KimRecord asn = Registers.withAsnMember(eligible(6), draw(6));
    KimRecord party = Registers.withAffiliatedMember(eligible(7), draw(7));
    List<EligibilityFacts> register = List.of(plain, asn, party).map(r -> EligibilityFacts.of(r,
        Registers.dinasOf(r.profile().communityNumber().orElseThrow().issuedBy())));
    ImpactSummary s = Impact.from(ASN).measure(register.toJavaStream(), Registers.AS_OF);
    Transition lost = Transition.of(Verdict.ELIGIBLE, Verdict.NOT_ELIGIBLE);
    assertEquals(3, s.population());
    assertEquals(1, s.count(lost));
    assertEquals(2, s.count(Transition.of(Verdict.ELIGIBLE, Verdict.ELIGIBLE)));
    assertEquals(Option.of(1L), s.rulesByTransition().get(lost).flatMap(m -> m.get(RuleId.of("PARTNER-ADMIN-1"))));
    assertEquals(Area.of(asn.profile().communityNumber().orElseThrow().issuedBy()), s.changedKim().head().area());
    assertEquals(asn.profile().name(), s.changedKim().head().subject().replaceAll(" \\(.*", ""));
  }
}
