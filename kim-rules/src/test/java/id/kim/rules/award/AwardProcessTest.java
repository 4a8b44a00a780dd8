package id.kim.rules.award;

import static id.kim.rules.award.AwardFixtures.MARCH;
import static id.kim.rules.award.AwardFixtures.quality;
import static id.kim.rules.award.AwardFixtures.record;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.community.KimType;
import id.kim.core.i18n.Lang;
import id.kim.rules.evaluation.Ratio;
import id.kim.rules.explain.Outcome;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.TreeMap;
import io.vavr.control.Option;
import java.math.BigInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AwardProcessTest {
  static final Seq<AwardCandidate> CANDIDATES = List.of(
      AwardCandidate.of(record("KIM Gumbrih", 3, 9), quality(80)).withType(KimType.A),
      AwardCandidate.of(record("KIM Bakti Tani", 6, 3), quality(60)).withType(KimType.B),
      AwardCandidate.unscored(record("KIM Cahaya", 2, 2)),
      AwardCandidate.of(record("KIM Dahlia", 0, 0), quality(95)));

  static Ratio r(long n, long d) {
    return Ratio.of(BigInteger.valueOf(n), BigInteger.valueOf(d));
  }

  @Test
  @DisplayName(
      "AWARD-STAGE-1..2, AWARD-CONS-1..2: hand-computed scores 23/30 and 29/45 with equal weights; type B is ranked "
          + "too (AWARD-SCOPE)")
  void rankingExample() {
    AwardRanking ranking = AwardProcess.rank(CANDIDATES, MARCH, AwardWeights.standard()).get();
    assertEquals(List.of("#1 KIM Gumbrih 0.7667", "#2 KIM Bakti Tani 0.6444"),
        ranking.ranked().map(AwardAssessment::toString));
    AwardAssessment first = ranking.ranked().head();
    assertEquals(r(23, 30), first.score().get());
    assertEquals(r(1, 2), first.breakdown().get(AwardCriterion.CONTENT_QUANTITY).get().normalised());
    assertEquals(r(4, 5), first.breakdown().get(AwardCriterion.CONTENT_QUALITY).get().normalised());
    assertEquals(Ratio.of(1), first.breakdown().get(AwardCriterion.DISSEMINATION_ACTIVITY).get().normalised());
    assertEquals(r(29, 45), ranking.ranked().get(1).score().get());
    assertEquals(Option.some(KimType.B), ranking.ranked().get(1).type());
    assertEquals("rank 1 with score 0.7667", first.findings().last().message().render(Lang.EN));
    assertEquals("AWARD-STAGE-2", first.findings().last().ruleId().value());
    assertTrue(ranking.stages().isDone(AwardStage.ASSESSMENT));
  }

  @Test
  @DisplayName(
      "AWARD-CONS-1/2: a KIM without monitoring result or without quality score is not ranked, with the reason")
  void notRanked() {
    AwardRanking ranking = AwardProcess.rank(CANDIDATES, MARCH, AwardWeights.standard()).get();
    assertEquals(List.of("KIM Cahaya", "KIM Dahlia"), ranking.notRanked().map(a -> a.kim().name()));
    AwardAssessment cahaya = ranking.notRanked().head();
    assertEquals(Outcome.UNKNOWN, cahaya.findings().get(1).outcome());
    assertEquals("the quality of the KIM's content has not been assessed",
        cahaya.findings().get(1).message().render(Lang.EN));
    AwardAssessment dahlia = ranking.notRanked().get(1);
    assertEquals(Outcome.UNKNOWN, dahlia.findings().head().outcome());
    assertEquals("AWARD-CONS-1", dahlia.findings().head().ruleId().value());
  }

  @Test
  @DisplayName(
      "Weights are the Dinas' policy: quantity only, or engagement twice and quality once, put KIM Bakti Tani first")
  void weightsChangeTheRanking() {
    AwardWeights quantityOnly = AwardWeights.of(TreeMap.of(AwardCriterion.CONTENT_QUANTITY, 1L)).get();
    assertEquals("KIM Bakti Tani",
        AwardProcess.rank(CANDIDATES, MARCH, quantityOnly).get().ranked().head().kim().name());
    AwardWeights engagement = AwardWeights.of(TreeMap.of(AwardCriterion.ENGAGEMENT, 2L, AwardCriterion.CONTENT_QUALITY,
        1L)).get();
    AwardRanking e = AwardProcess.rank(CANDIDATES, MARCH, engagement).get();
    assertEquals(r(3, 5), e.ranked().get(1).score().get(), "Gumbrih: (2 x 30/60 + 80/100) / 3");
    assertEquals("KIM Bakti Tani", e.ranked().head().kim().name(), "60 likes against 30: (2x1 + 3/5)/3 = 13/15");
    assertEquals(r(13, 15), e.ranked().head().score().get());
  }

  @Test
  @DisplayName("AWARD-CONS-2 weights: negative weights and a zero total are refused with every problem named")
  void invalidWeights() {
    Seq<String> problems = AwardWeights.of(TreeMap.of(AwardCriterion.CONTENT_QUALITY, -1L)).getError()
        .map(m -> m.render(Lang.EN));
    assertEquals(List.of("the weight of CONTENT_QUALITY must not be negative: -1",
        "the assessment weights must add up to more than zero"), problems);
    assertTrue(AwardWeights.of(TreeMap.of(AwardCriterion.ENGAGEMENT, 0L)).isInvalid());
    assertEquals("a quality score is 0 to 100: 101", QualityScore.of(101).getLeft().render(Lang.EN));
  }

  @Test
  @DisplayName("Ties are broken by quality, posts, activities, then name; a KIM listed twice is refused")
  void tieBreakAndDuplicates() {
    Seq<AwardCandidate> twins = List.of(AwardCandidate.of(record("KIM Zamrud", 2, 2), quality(70)),
        AwardCandidate.of(record("KIM Anggrek", 2, 2), quality(70)));
    assertEquals(List.of("KIM Anggrek", "KIM Zamrud"),
        AwardProcess.rank(twins, MARCH, AwardWeights.standard()).get().ranked().map(a -> a.kim().name()));
    assertEquals("KIM Zamrud is listed more than once as an award candidate",
        AwardProcess.rank(twins.append(twins.head()), MARCH, AwardWeights.standard()).getLeft().render(Lang.EN));
  }

  @Test
  @DisplayName(
      "AWARD-STAGE-3, AWARD-FORM, AWARD-SPONSOR: the best are awarded; only compliant private support can be attached")
  void awardsAndSponsors() {
    AwardRanking ranking = AwardProcess.rank(CANDIDATES, MARCH, AwardWeights.standard()).get();
    Seq<Award> awards = AwardProcess.award(ranking, 5, AwardForm.PLAQUE).get();
    assertEquals(List.of("KIM Gumbrih", "KIM Bakti Tani"), awards.map(a -> a.kim().name()));
    assertEquals(AwardForm.PLAQUE, awards.head().form());
    Award first = awards.head();
    Award sponsored = first.withSponsorship(Sponsorship.of("Bank Daerah", SponsorArranger.DINAS, "kamera", true)).get();
    assertEquals(1, sponsored.sponsorships().size());
    assertEquals(
        "support from Toko Rokok cannot be recorded: it conflicts with regional-government policy or regulations",
        first.withSponsorship(Sponsorship.of("Toko Rokok", SponsorArranger.KIM, "uang", false)).getLeft()
            .render(Lang.EN));
    assertTrue(AwardProcess.award(ranking, -1, AwardForm.OTHER).isLeft());
  }
}
