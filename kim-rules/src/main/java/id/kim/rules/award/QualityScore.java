package id.kim.rules.award;

import id.kim.rules.explain.Message;
import io.vavr.control.Either;
import org.immutables.value.Value;

/** The Dinas' judgement of the quality of a KIM's content in the period (AWARD-STAGE-2 "kualitas"), 0 to 100. */
@Value.Immutable
public abstract class QualityScore {

  /** @return the score, 0..100 */
  public abstract int score();

  /**
   * @param score a score
   * @return the score, or why it is not one (outside 0..100)
   */
  public static Either<Message, QualityScore> of(int score) {
    return score < 0 || score > 100 ? Either.left(Message.of(AwardProcess.BUNDLE, "quality.range", score))
        : Either.right(ImmutableQualityScore.builder().score(score).build());
  }

  @Override
  public String toString() {
    return String.valueOf(score());
  }
}
