package id.kim.rules.evaluation;

import static id.kim.core.validation.MissingValueException.requireNonNull;

import id.kim.core.monitoring.MonitoringRecord;
import id.kim.core.monitoring.SocialContent;
import id.kim.core.monitoring.SocialIndicator;
import id.kim.core.monitoring.TallyKind;
import io.vavr.Tuple;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.TreeMap;
import io.vavr.control.Option;
import java.math.BigInteger;

/**
 * MEASURE-2 Outtakes (Tabel 5.1) of one KIM over one period. The posts of a period are the Tabel 5.3
 * rows whose publication date (Tanggal tayang, SOCIAL-COL-5) lies in it. Formulas:
 * <ul>
 *   <li>likes {@code L = Σ Like}, comments {@code K = Σ Comment}, shares {@code S = Σ Share + Σ Retweet}
 *       over those posts (not measurable when there is no post);</li>
 *   <li>discussion {@code D = Σ count} of {@code DISCUSSION_PARTICIPANTS} tallies dated in the period;</li>
 *   <li>total {@code L + K + S + D}, not measurable only when there is neither a post nor a discussion
 *       tally in the period;</li>
 *   <li>per post {@code (L + K + S) / N} with {@code N} the number of posts; division by zero when the
 *       period has no post.</li>
 * </ul>
 * Every count is non-negative, so more engagement never lowers any of these, and counts over adjacent
 * periods add up to the count over their union.
 */
public final class OuttakesMeasure {
  private OuttakesMeasure() {}

  /**
   * @param record the KIM's monitoring record
   * @param period the period
   * @return the Outtakes measure
   */
  public static OuttakesResult of(MonitoringRecord record, MeasurementPeriod period) {
    requireNonNull(record, "record");
    requireNonNull(period, "period");
    List<SocialContent> posts = List.ofAll(record.socialContent()).filter(c -> period.contains(c.publishedOn()));
    Option<IndicatorSums> sums = IndicatorSums.of(posts);
    BigInteger likes = sums.isDefined() ? sums.get().total(SocialIndicator.LIKE) : sum(posts, SocialIndicator.LIKE);
    BigInteger comments = sums.isDefined() ? sums.get().total(SocialIndicator.COMMENT)
        : sum(posts, SocialIndicator.COMMENT);
    BigInteger shares = sums.isDefined()
        ? sums.get().total(SocialIndicator.SHARE).add(sums.get().total(SocialIndicator.RETWEET))
        : sum(posts, SocialIndicator.SHARE).add(sum(posts, SocialIndicator.RETWEET));
    Measurement discussion = OutputMeasure.tallies(record, period, TallyKind.DISCUSSION_PARTICIPANTS);
    BigInteger reactions = likes.add(comments).add(shares);
    Measurement total = posts.isEmpty()
        ? discussion.isMeasurable() ? discussion
            : Measurement.notMeasurable(NotMeasurable.of(NotMeasurableReason.NO_DATA_IN_PERIOD, "posts"))
        : Measurement.of(reactions.add(discussion.value().map(Ratio::numerator).getOrElse(BigInteger.ZERO)));
    return OuttakesResult.builder().period(period).contentCount(posts.size())
        .likes(ifPosts(posts, likes)).comments(ifPosts(posts, comments)).shares(ifPosts(posts, shares))
        .discussion(discussion).total(total)
        .perContent(Measurement.ratio(reactions, BigInteger.valueOf(posts.size()), "posts"))
        .indicatorTotals(sums.isDefined() ? sums.get().byRow() : indicatorTotals(posts))
        .build();
  }

  private static Measurement ifPosts(Seq<SocialContent> posts, BigInteger sum) {
    return posts.isEmpty() ? Measurement.notMeasurable(NotMeasurable.of(NotMeasurableReason.NO_DATA_IN_PERIOD, "posts"))
        : Measurement.of(sum);
  }

  /** Exact sums with BigInteger, for a period whose counts overflow a long ({@link IndicatorSums}). */
  private static BigInteger sum(Seq<SocialContent> posts, SocialIndicator indicator) {
    return Sums.total(posts.flatMap(c -> Option.ofOptional(c.metrics().count(indicator))));
  }

  private static TreeMap<String, BigInteger> indicatorTotals(Seq<SocialContent> posts) {
    return posts.flatMap(c -> List.ofAll(c.metrics().counts().entrySet())
            .map(e -> Tuple.of(c.metrics().ruleId() + " " + e.getKey(), BigInteger.valueOf(e.getValue()))))
        .foldLeft(TreeMap.<String, BigInteger>empty(), (m, t) -> m.put(t._1, t._2, BigInteger::add));
  }
}
