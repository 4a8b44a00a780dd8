package id.kim.testkit.proof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import id.kim.core.agency.Dinas;
import id.kim.core.agency.Officer;
import id.kim.core.assessment.AssessedCriterion;
import id.kim.core.assessment.Assessment;
import id.kim.core.assessment.AssessmentResult;
import id.kim.core.community.KimProfile;
import id.kim.core.community.KimRecord;
import id.kim.core.contact.PersonName;
import id.kim.core.region.Province;
import id.kim.core.region.RegencyCity;
import id.kim.core.region.RegencyCityKind;
import id.kim.testkit.KimSamples;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * KimRecord.latestAssessment (GAP-07): the assessment that counts for a criterion on a day is the
 * latest one made by that day and not expired; ties on the day go to NOT_MET, then the later
 * expiry, then note and officer — so the answer never depends on the order of the list.
 */
class LatestAssessmentTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 3, 1);
  private static final Officer OFFICER = Officer.of(PersonName.of("Ketut Wijaya"),
      Dinas.regencyCity("Diskominfo Kabupaten Jembrana",
          RegencyCity.of("Jembrana", RegencyCityKind.KABUPATEN, Province.of("Bali"))));

  private static Assessment assessment(AssessedCriterion c, AssessmentResult r, LocalDate on) {
    return Assessment.builder().criterion(c).result(r).assessedBy(OFFICER).assessedOn(on).build();
  }

  private static Optional<Assessment> latest(List<Assessment> assessments) {
    return KimRecord.builder().profile(KimProfile.builder().name("KIM Gumbrih").build()).assessments(assessments)
        .build()
        .latestAssessment(AssessedCriterion.COMMUNITY_RECOGNITION, AS_OF);
  }

  @Test
  @DisplayName("the later assessment wins (QUAL-1 reassessed)")
  void laterWins() {
    Assessment old = assessment(AssessedCriterion.COMMUNITY_RECOGNITION, AssessmentResult.NOT_MET,
        AS_OF.minusMonths(6));
    Assessment recent = assessment(AssessedCriterion.COMMUNITY_RECOGNITION, AssessmentResult.MET, AS_OF.minusMonths(1));
    assertEquals(Optional.of(recent), latest(List.of(old, recent)));
    assertEquals(Optional.of(recent), latest(List.of(recent, old)));
  }

  @Test
  @DisplayName("two of the same day: NOT_MET prevails over MET, in either order")
  void notMetPrevailsOnTheSameDay() {
    Assessment met = assessment(AssessedCriterion.COMMUNITY_RECOGNITION, AssessmentResult.MET, AS_OF.minusDays(3));
    Assessment notMet = assessment(AssessedCriterion.COMMUNITY_RECOGNITION, AssessmentResult.NOT_MET,
        AS_OF.minusDays(3));
    assertEquals(Optional.of(notMet), latest(List.of(met, notMet)));
    assertEquals(Optional.of(notMet), latest(List.of(notMet, met)));
  }

  @Test
  @DisplayName("same day and result: the later expiry wins; no expiry is the latest")
  void laterExpiryWins() {
    Assessment shortLived = Assessment.builder()
        .from(assessment(AssessedCriterion.COMMUNITY_RECOGNITION, AssessmentResult.MET, AS_OF))
        .validUntil(AS_OF.plusDays(10)).build();
    Assessment open = assessment(AssessedCriterion.COMMUNITY_RECOGNITION, AssessmentResult.MET, AS_OF);
    assertEquals(Optional.of(open), latest(List.of(shortLived, open)));
    assertEquals(Optional.of(open), latest(List.of(open, shortLived)));
  }

  @Test
  @DisplayName(
      "expiring on the as-of day still counts; expired the day before does not; made after the as-of day does not")
  void applicabilityBoundaries() {
    Assessment base = assessment(AssessedCriterion.COMMUNITY_RECOGNITION, AssessmentResult.MET, AS_OF.minusYears(1));
    Assessment endsToday = Assessment.builder().from(base).validUntil(AS_OF).build();
    Assessment endedYesterday = Assessment.builder().from(base).validUntil(AS_OF.minusDays(1)).build();
    Assessment tomorrow = assessment(AssessedCriterion.COMMUNITY_RECOGNITION, AssessmentResult.NOT_MET,
        AS_OF.plusDays(1));
    assertEquals(Optional.of(endsToday), latest(List.of(endsToday, tomorrow)));
    assertEquals(Optional.empty(), latest(List.of(endedYesterday, tomorrow)));
    assertEquals(Optional.of(base), latest(List.of(base)), "made a year ago, no expiry: still counts");
  }

  @Test
  @DisplayName("assessments of other criteria are ignored; none gives empty")
  void otherCriteriaIgnored() {
    assertEquals(Optional.empty(),
        latest(List.of(assessment(AssessedCriterion.RESOURCES, AssessmentResult.MET, AS_OF))));
    assertEquals(Optional.empty(), latest(List.of()));
  }

  @Test
  @DisplayName("law: the answer does not depend on the order of the assessments")
  void orderIndependent() {
    qt().forAll(assessments(), longs().all(), criteria(), days()).checkAssert((list, seed, criterion, asOf) -> {
      List<Assessment> shuffled = new ArrayList<>(list);
      Collections.shuffle(shuffled, new Random(seed));
      KimProfile p = KimProfile.builder().name("KIM Gumbrih").build();
      assertEquals(KimRecord.builder().profile(p).assessments(list).build().latestAssessment(criterion, asOf),
          KimRecord.builder().profile(p).assessments(shuffled).build().latestAssessment(criterion, asOf));
    });
  }

  @Test
  @DisplayName("law: the answer is applicable, of the criterion, and no applicable one of that criterion is later")
  void answerIsTheLatestApplicable() {
    qt().forAll(assessments(), criteria(), days()).checkAssert((list, criterion, asOf) -> {
      KimRecord r = KimRecord.builder().profile(KimProfile.builder().name("KIM Gumbrih").build()).assessments(list)
          .build();
      Optional<Assessment> found = r.latestAssessment(criterion, asOf);
      List<Assessment> applicable = list.stream().filter(a -> a.criterion() == criterion && a.isApplicableOn(asOf))
          .toList();
      assertEquals(applicable.isEmpty(), found.isEmpty());
      found.ifPresent(a -> {
        assertEquals(criterion, a.criterion());
        assertTrue(a.isApplicableOn(asOf));
        assertTrue(applicable.stream().noneMatch(o -> o.assessedOn().isAfter(a.assessedOn())));
      });
    });
  }

  @Test
  @DisplayName(
      "an eligible record has an applicable MET assessment for every criterion but REPUTATION_DECLINE (TERM-6)")
  void eligibleRecordsAreAssessed() {
    qt().withExamples(200)
        .forAll(days())
        .checkAssert(
            asOf -> {
              KimRecord r =
                  KimSamples.eligibleRecord(new SplittableRandom(asOf.toEpochDay()), asOf);
              for (AssessedCriterion c : AssessedCriterion.values()) {
                Optional<Assessment> a = r.latestAssessment(c, asOf);
                if (c == AssessedCriterion.REPUTATION_DECLINE) {
                  assertEquals(Optional.empty(), a);
                } else {
                  assertEquals(AssessmentResult.MET, a.orElseThrow().result(), c.ruleId());
                }
              }
            });
  }

  /** Assessments crowded on few days and few criteria, so that ties and expiries really occur. */
  private static Gen<List<Assessment>> assessments() {
    Gen<Assessment> one = criteria().zip(Generate.enumValues(AssessmentResult.class), integers().between(0, 20),
        integers().between(-1, 20), (c, r, day, until) -> {
          LocalDate on = AS_OF.minusDays(day);
          Assessment a = assessment(c, r, on);
          return until < 0 ? a : Assessment.builder().from(a).validUntil(on.plusDays(until)).build();
        });
    return lists().of(one).ofSizeBetween(0, 8);
  }

  private static Gen<AssessedCriterion> criteria() {
    return Generate.pick(List.of(AssessedCriterion.COMMUNITY_RECOGNITION, AssessedCriterion.RESOURCES));
  }

  private static Gen<LocalDate> days() {
    return integers().between(-5, 25).map(n -> AS_OF.minusDays(n));
  }
}
