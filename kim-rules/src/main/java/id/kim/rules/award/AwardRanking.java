package id.kim.rules.award;

import id.kim.rules.checklist.Checklist;
import id.kim.rules.evaluation.MeasurementPeriod;
import io.vavr.collection.Seq;
import org.immutables.value.Value;

/**
 * The outcome of monitoring and assessment for an award round: the ranked KIM, best first, and those
 * that could not be ranked with the reason (AWARD-CONS-1 or AWARD-CONS-2 unknown). Ranking order, a
 * total order documented in {@link AwardProcess}: score, then quality, then posts, then activities,
 * then the KIM's name and number.
 */
@Value.Immutable
public abstract class AwardRanking {

  /** @return the period assessed */
  public abstract MeasurementPeriod period();

  /** @return the weights used */
  public abstract AwardWeights weights();

  /** @return the ranked KIM, best first */
  public abstract Seq<AwardAssessment> ranked();

  /** @return the KIM that could not be ranked, by name */
  public abstract Seq<AwardAssessment> notRanked();

  /** @return the award stages done: monitoring and assessment */
  public abstract Checklist<AwardStage> stages();

  /** @return a builder */
  static ImmutableAwardRanking.Builder builder() {
    return ImmutableAwardRanking.builder();
  }
}
