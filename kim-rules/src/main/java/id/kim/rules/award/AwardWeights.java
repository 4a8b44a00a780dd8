package id.kim.rules.award;

import id.kim.rules.explain.Message;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.TreeMap;
import io.vavr.control.Validation;
import org.immutables.value.Value;

/**
 * The weight of each {@link AwardCriterion} in an award assessment: non-negative whole numbers with a
 * positive total. The juknis names the criteria, not their weights, so the weights are the Dinas'
 * policy; {@link #standard()} (PROPOSED) weighs quantity, quality and activity equally and leaves
 * engagement out.
 */
@Value.Immutable
public abstract class AwardWeights {

  /** @return the weights; a criterion not listed weighs 0 */
  @Value.Parameter
  public abstract TreeMap<AwardCriterion, Long> weights();

  /**
   * @param weights the weight of each criterion
   * @return the weights, or every problem: a negative weight, a total of zero
   */
  public static Validation<Seq<Message>, AwardWeights> of(Map<AwardCriterion, Long> weights) {
    Seq<Message> problems = List.ofAll(weights).filter(t -> t._2 < 0)
        .map(t -> Message.of(AwardProcess.BUNDLE, "weights.negative", t._1, t._2));
    long total = List.ofAll(weights.values()).filter(w -> w > 0).foldLeft(0L, Math::addExact);
    if (total == 0) {
      problems = problems.append(Message.of(AwardProcess.BUNDLE, "weights.zeroTotal"));
    }
    return problems.isEmpty() ? Validation.valid(ImmutableAwardWeights.of(TreeMap.ofEntries(weights)))
        : Validation.invalid(problems);
  }

  /** @return PROPOSED default: quantity 1, quality 1, activity 1, engagement 0 */
  public static AwardWeights standard() {
    return of(TreeMap.of(AwardCriterion.CONTENT_QUANTITY, 1L, AwardCriterion.CONTENT_QUALITY, 1L,
        AwardCriterion.DISSEMINATION_ACTIVITY, 1L)).get();
  }

  /**
   * @param criterion a criterion
   * @return its weight, 0 if not listed
   */
  public long weight(AwardCriterion criterion) {
    return weights().get(criterion).getOrElse(0L);
  }

  /** @return the sum of the weights, always positive */
  public long total() {
    return List.ofAll(weights().values()).foldLeft(0L, Long::sum);
  }

  @Override
  public String toString() {
    return weights().map(t -> t._1 + "=" + t._2).mkString(", ");
  }
}
