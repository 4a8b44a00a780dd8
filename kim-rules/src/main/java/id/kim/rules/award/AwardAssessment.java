package id.kim.rules.award;

import id.kim.core.community.KimRef;
import id.kim.core.community.KimType;
import id.kim.rules.evaluation.Ratio;
import id.kim.rules.explain.Finding;
import io.vavr.collection.Seq;
import io.vavr.collection.SortedMap;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * The assessment of one KIM for an award (AWARD-STAGE-2): its monitoring summary, its quality score,
 * the findings on the two things an award must consider (AWARD-CONS-1, AWARD-CONS-2) and, when both
 * are known, the score {@code Σ weight × normalised / Σ weight} with its breakdown per criterion and the
 * KIM's rank.
 */
@Value.Immutable
public abstract class AwardAssessment {

  /** @return the KIM */
  public abstract KimRef kim();

  /** @return its type, if known (AWARD-SCOPE: never used to exclude) */
  public abstract Option<KimType> type();

  /** @return what monitoring found */
  public abstract MonitoringSummary monitoring();

  /** @return the Dinas' quality score, if assessed */
  public abstract Option<QualityScore> quality();

  /** @return AWARD-CONS-1, AWARD-CONS-2 and, when ranked, AWARD-STAGE-2 */
  public abstract Seq<Finding> findings();

  /** @return the score per criterion; empty when not ranked */
  public abstract SortedMap<AwardCriterion, CriterionScore> breakdown();

  /** @return the weighted score in [0, 1]; none when not ranked */
  public abstract Option<Ratio> score();

  /** @return the rank, 1 = best; none when not ranked */
  public abstract Option<Integer> rank();

  /** @return a builder */
  static ImmutableAwardAssessment.Builder builder() {
    return ImmutableAwardAssessment.builder();
  }

  @Override
  public String toString() {
    return rank().map(r -> "#" + r + " ").getOrElse("") + kim()
        + score().map(s -> " " + s.toDecimal(4).toPlainString()).getOrElse(" (not ranked)");
  }
}
