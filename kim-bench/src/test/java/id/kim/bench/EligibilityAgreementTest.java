package id.kim.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import id.kim.core.assessment.AssessedCriterion;
import id.kim.core.assessment.Assessment;
import id.kim.core.assessment.AssessmentResult;
import id.kim.core.community.CommunityNumber;
import id.kim.core.community.KimRecord;
import id.kim.core.contact.PersonName;
import id.kim.core.document.AdministrativeDeclaration;
import id.kim.core.organisation.Affiliation;
import id.kim.core.organisation.AffiliationKind;
import id.kim.core.organisation.AffiliationSubject;
import id.kim.core.organisation.Board;
import id.kim.core.organisation.BoardMember;
import id.kim.core.organisation.Member;
import id.kim.core.region.RegencyCity;
import id.kim.rules.eligibility.Eligibility;
import id.kim.rules.eligibility.EligibilityFacts;
import id.kim.rules.eligibility.Juknis2022;
import id.kim.rules.explain.Decision;
import id.kim.rules.explain.Finding;
import id.kim.rules.explain.Outcome;
import id.kim.rules.explain.Severity;
import id.kim.rules.explain.Verdict;
import id.kim.testkit.KimGens;
import id.kim.testkit.KimSamples;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The three implementations the benchmarks compare decide the same thing: the SDK's verdict is
 * ELIGIBLE exactly when the hand-written baseline says true and every Easy Rules rule fired, and
 * each Easy Rules rule fires exactly when the SDK's finding of that rule ID is SATISFIED (juknis
 * II.B.4–5, PARTNER-LEGAL-1..3, PARTNER-ADMIN-1..4, PARTNER-ADMIN-DECL, QUAL-1..7 behind QUAL-ORDER).
 * No timing here: speed is measured by JMH.
 */
class EligibilityAgreementTest {
  private static final LocalDate AS_OF = Fixtures.AS_OF;

  /** One defect each, applied to records that meet every documentary requirement. */
  private static final List<UnaryOperator<KimRecord>> DEFECTS = List.of(
      r -> r.withDecree(Optional.empty()),
      r -> r.withDecree(r.decree().map(d -> d.withRevokedOn(AS_OF))),
      r -> r.withDecree(r.decree().map(d -> d.withValidUntil(AS_OF.minusDays(1)))),
      r -> r.withProfile(r.profile().withCommunityNumber(Optional.empty())),
      r -> r.withProfile(r.profile().withCommunityNumber(
          r.profile().communityNumber().map(n -> CommunityNumber.of(n.value(), otherThan(n.issuedBy()))))),
      r -> r.withBoard(r.board().map(b -> b.withAcknowledgement(Optional.empty()))),
      r -> r.withBoard(r.board().map(b -> b.withMembers(civilServantChair(b)))),
      r -> r.withMembers(List.of(Member.builder().name(PersonName.of("Budi Santoso")).civilServantSince(AS_OF)
          .build())),
      r -> r.withDeclaration(r.declaration()
          .map(d -> AdministrativeDeclaration.builder().from(d).noNgoAffiliation(false).build())),
      r -> r.withDeclaration(r.declaration()
          .map(d -> AdministrativeDeclaration.builder().from(d).signedOn(AS_OF.plusDays(1)).build())),
      r -> r.withAffiliations(List.of(affiliation(AffiliationKind.POLITICAL_PARTY, AffiliationSubject.KIM))),
      r -> r.withAffiliations(List.of(affiliation(AffiliationKind.NGO, AffiliationSubject.KIM))),
      r -> r.withAffiliations(List.of(affiliation(AffiliationKind.NGO, AffiliationSubject.MEMBER))),
      r -> r.withProfile(r.profile().withTargetAudience(Optional.empty())),
      r -> r.withProfile(r.profile().withWhatsapp(Optional.empty()).withFixedLine(Optional.empty())
          .withEmail(Optional.empty())),
      r -> notMet(r, AssessedCriterion.COMMUNITY_RECOGNITION),
      r -> notMet(r, AssessedCriterion.REGULAR_ACTIVITY),
      r -> notMet(r, AssessedCriterion.TRACK_RECORD_AND_REPUTATION),
      r -> notMet(r, AssessedCriterion.DIRECT_UNDERSTANDING),
      r -> notMet(r, AssessedCriterion.RESOURCES),
      r -> notMet(r.withProfile(r.profile().withMedia(List.of())), AssessedCriterion.OTHER_DISSEMINATION_MEANS),
      r -> r);

  @Test
  @DisplayName(
      "PARTNER-*, QUAL-1..7: any register record gets the same answer from the SDK, the baseline and Easy Rules")
  void anyRecord() {
    qt().withExamples(300).forAll(KimGens.record()).checkAssert(r -> assertAgree(Fixtures.factsOf(r)));
  }

  @Test
  @DisplayName("PARTNER-*, QUAL-1..7: a record meeting every requirement but one gets the same answer from all three")
  void singleDefects() {
    qt().withExamples(300).forAll(KimGens.eligibleRecord(AS_OF), integers().between(0, DEFECTS.size() - 1))
        .checkAssert((r, defect) ->
            assertAgree(EligibilityFacts.of(DEFECTS.get(defect).apply(r), Fixtures.dinasOf(r))));
  }

  @Test
  @DisplayName("the benchmark's eligible KIM are ELIGIBLE for all three engines")
  void eligibleFixtures() {
    for (EligibilityFacts f : Fixtures.eligible(32, 1)) {
      assertAgree(f);
      assertTrue(HandWrittenEligibility.eligible(f, AS_OF));
    }
  }

  private static void assertAgree(EligibilityFacts facts) {
    Decision sdk = Eligibility.decide(Eligibility.PARTNERSHIP_QUESTION, Juknis2022.PARTNERSHIP, facts, AS_OF);
    boolean eligible = sdk.verdict() == Verdict.ELIGIBLE;
    List<String> fired = EasyRulesEligibility.fired(facts, AS_OF);
    assertEquals(eligible, HandWrittenEligibility.eligible(facts, AS_OF), () -> "baseline disagrees: "
        + sdk.findings());
    assertEquals(eligible, fired.size() == EasyRulesEligibility.RULE_COUNT, () -> "Easy Rules disagrees: " + fired);
    List<String> satisfied = sdk.findings().filter(f -> f.severity() == Severity.REQUIREMENT)
        .filter(f -> f.outcome() == Outcome.SATISFIED).map(Finding::ruleId).map(id -> id.value()).toJavaList();
    assertEquals(satisfied, fired, "each rule fires exactly when the SDK finds it satisfied");
  }

  private static RegencyCity otherThan(RegencyCity regency) {
    for (long seed = 0; ; seed++) {
      RegencyCity other = KimSamples.regencyCity(new SplittableRandom(seed));
      if (!other.equals(regency)) {
        return other;
      }
    }
  }

  private static List<BoardMember> civilServantChair(Board b) {
    List<BoardMember> members = new ArrayList<>(b.members());
    if (!members.isEmpty()) {
      members.set(0, members.get(0).withCivilServantSince(AS_OF));
    }
    return members;
  }

  private static Affiliation affiliation(AffiliationKind kind, AffiliationSubject subject) {
    Affiliation.Builder b = Affiliation.builder().organisation("Organisasi Contoh").kind(kind).subject(subject);
    if (subject != AffiliationSubject.KIM) {
      b.person(PersonName.of("Budi Santoso"));
    }
    return b.build();
  }

  private static KimRecord notMet(KimRecord r, AssessedCriterion criterion) {
    List<Assessment> all = new ArrayList<>(r.assessments());
    Assessment any = r.assessments().isEmpty() ? KimSamples.assessment(new SplittableRandom(1))
        : r.assessments().get(0);
    all.add(Assessment.builder().from(any).criterion(criterion).result(AssessmentResult.NOT_MET).assessedOn(AS_OF)
        .validUntil(Optional.empty()).build());
    return r.withAssessments(all.stream().collect(Collectors.toList()));
  }
}
