package id.kim.rules.award;

import static id.kim.core.validation.MissingValueException.requireNonNull;

import id.kim.core.community.KimRef;
import id.kim.core.monitoring.MonitoringRecord;
import id.kim.rules.checklist.Checklist;
import id.kim.rules.evaluation.MeasurementPeriod;
import id.kim.rules.evaluation.OuttakesMeasure;
import id.kim.rules.evaluation.Ratio;
import id.kim.rules.explain.Message;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.math.BigInteger;
import java.util.Comparator;

/**
 * The award process of Gambar 4.6: monitoring (AWARD-STAGE-1) → assessment of the quantity and quality
 * of content over a period (AWARD-STAGE-2, AWARD-CONS-1..2) → award (AWARD-STAGE-3).
 *
 * <p>Score of a KIM: {@code Σ_c weight(c) × normalised(c) / Σ_c weight(c)}, where normalised quantity,
 * activity and engagement are the KIM's figure divided by the largest among the ranked KIM (0 if that
 * is 0) and normalised quality is the score divided by 100. Ranking (a total order, so the result never
 * depends on the order of the candidates): higher score; then higher quality score; then more posts;
 * then more activities; then {@link KimRef#BY_NAME} (name, then number). KIM without a monitoring result
 * or a quality score are not ranked, with the finding that says which is missing.
 */
public final class AwardProcess {
  static final String BUNDLE = "id.kim.rules.award.Messages";

  private static final Comparator<AwardAssessment> RANKING = Comparator
      .comparing((AwardAssessment a) -> a.score().get()).reversed()
      .thenComparing(a -> a.quality().get().score(), Comparator.reverseOrder())
      .thenComparing(a -> a.monitoring().posts(), Comparator.reverseOrder())
      .thenComparing(a -> a.monitoring().activities(), Comparator.reverseOrder())
      .thenComparing(AwardAssessment::kim, KimRef.BY_NAME);

  private AwardProcess() {}

  /**
   * AWARD-STAGE-1: what monitoring found about one KIM over a period.
   *
   * @param record the KIM's monitoring record
   * @param period the award period
   * @return the summary
   */
  public static MonitoringSummary monitor(MonitoringRecord record, MeasurementPeriod period) {
    requireNonNull(record, "record");
    requireNonNull(period, "period");
    var outtakes = OuttakesMeasure.of(record, period);
    List<BigInteger> activities = List.ofAll(record.log()).map(e -> BigInteger.valueOf(e.countIn(period.span())));
    boolean logged = List.ofAll(record.log()).exists(e -> e.isDatedIn(period.span()));
    return MonitoringSummary.builder().kim(record.kim()).period(period).posts(outtakes.contentCount())
        .activities(activities.foldLeft(BigInteger.ZERO, BigInteger::add)).engagement(outtakes.total())
        .monitored(logged || outtakes.contentCount() > 0).build();
  }

  /**
   * AWARD-STAGE-1 and -2: monitors and assesses every candidate and ranks those with both a monitoring
   * result and a quality score.
   *
   * @param candidates the KIM considered, each at most once
   * @param period the award period ("dalam periode tertentu", AWARD-CONS-2)
   * @param weights the Dinas' weights
   * @return the ranking, or why there is none: the same KIM twice
   */
  public static Either<Message, AwardRanking> rank(Seq<AwardCandidate> candidates, MeasurementPeriod period,
      AwardWeights weights) {
    requireNonNull(candidates, "candidates");
    requireNonNull(period, "period");
    requireNonNull(weights, "weights");
    Seq<KimRef> kims = candidates.map(c -> c.record().kim());
    if (kims.distinct().size() != kims.size()) {
      KimRef twice = kims.groupBy(k -> k).filter(t -> t._2.size() > 1).keySet().toList().sorted(KimRef.BY_NAME).head();
      return Either.left(Message.of(BUNDLE, "award.duplicate", twice));
    }
    Seq<AwardAssessment> assessed = candidates.map(c -> AwardScoring.assess(c, monitor(c.record(), period)));
    Seq<AwardAssessment> rankable = assessed.filter(AwardScoring::isRankable);
    Seq<AwardAssessment> scored = AwardScoring.score(rankable, weights).sorted(RANKING);
    Seq<AwardAssessment> ranked = scored.zipWithIndex().map(t -> AwardScoring.withRank(t._1, t._2 + 1));
    Checklist<AwardStage> stages = Checklist.of(AwardStage.class).tick(AwardStage.MONITORING)
        .flatMap(c -> c.tick(AwardStage.ASSESSMENT)).get();
    return Either.right(AwardRanking.builder().period(period).weights(weights).ranked(ranked)
        .notRanked(assessed.filter(a -> !AwardScoring.isRankable(a)).sortBy(KimRef.BY_NAME, AwardAssessment::kim))
        .stages(stages).build());
  }

  /**
   * AWARD-STAGE-3: awards the best-ranked KIM.
   *
   * @param ranking the ranking
   * @param count how many KIM to award (the best {@code count}; fewer if fewer were ranked)
   * @param form the form of award
   * @return the awards, best first, or why not: a negative count
   */
  public static Either<Message, Seq<Award>> award(AwardRanking ranking, int count, AwardForm form) {
    requireNonNull(ranking, "ranking");
    requireNonNull(form, "form");
    if (count < 0) {
      return Either.left(Message.of(BUNDLE, "award.count", count));
    }
    return Either.right(ranking.ranked().take(count)
        .map(a -> Award.builder().kim(a.kim()).rank(a.rank().get()).form(form).build()));
  }

  static Ratio normalised(Ratio raw, Ratio max) {
    return max.signum() == 0 ? Ratio.ZERO : raw.dividedBy(max).get();
  }
}
