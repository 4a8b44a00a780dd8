package id.kim.rules.evaluation;

import static id.kim.core.validation.MissingValueException.requireNonNull;

import id.kim.core.monitoring.AudienceTally;
import id.kim.core.monitoring.MonitoringRecord;
import id.kim.core.monitoring.SocialContent;
import id.kim.core.monitoring.SocialIndicator;
import id.kim.core.monitoring.TallyKind;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.math.BigInteger;
import java.util.Locale;

/**
 * MEASURE-1 Output (Tabel 5.1) of one KIM over one period. Formulas, for the period {@code [s, e]}:
 * <ul>
 *   <li>follower growth {@code C − O} and rate {@code (C − O)/O}, from dated follower, subscriber and
 *       group-member counts ({@link FollowerCounts}: opening {@code O} at the end of day
 *       {@code s − 1}, closing {@code C} at the end of day {@code e});</li>
 *   <li>visitors: {@code Σ count} of {@code VISITORS} tallies dated in the period;</li>
 *   <li>attendance: {@code Σ count} of {@code ATTENDANCE} tallies dated in the period;</li>
 *   <li>views: {@code Σ View} of Tabel 5.3 rows published in the period that have the View indicator
 *       (Instagram only, SOCIAL-IG).</li>
 * </ul>
 * A sum with no record in the period is not measurable ({@code NO_DATA_IN_PERIOD}), never 0 by
 * default. The result does not depend on the order of the record's lists.
 */
public final class OutputMeasure {
  private OutputMeasure() {}

  /**
   * @param record the KIM's monitoring record
   * @param period the period
   * @return the Output measure
   */
  public static OutputResult of(MonitoringRecord record, MeasurementPeriod period) {
    requireNonNull(record, "record");
    requireNonNull(period, "period");
    Measurement opening;
    Measurement growth;
    Measurement rate;
    var counts = FollowerCounts.openingAndClosing(List.ofAll(record.reach()), period);
    if (counts.isRight()) {
      BigInteger open = counts.get()._1;
      BigInteger delta = counts.get()._2.subtract(open);
      opening = Measurement.of(open);
      growth = Measurement.of(delta);
      rate = Measurement.ratio(delta, open, "followers at start");
    } else {
      opening = Measurement.notMeasurable(counts.getLeft());
      growth = opening;
      rate = opening;
    }
    List<SocialContent> published = List.ofAll(record.socialContent()).filter(c -> period.contains(c.publishedOn()));
    return OutputResult.builder().period(period)
        .openingFollowers(opening).followerGrowth(growth).followerGrowthRate(rate)
        .visitors(tallies(record, period, TallyKind.VISITORS))
        .attendance(tallies(record, period, TallyKind.ATTENDANCE))
        .views(Sums.of(published.flatMap(c -> Option.ofOptional(c.metrics().count(SocialIndicator.VIEW))), "views"))
        .build();
  }

  static Measurement tallies(MonitoringRecord record, MeasurementPeriod period, TallyKind kind) {
    return Sums.of(
        List.ofAll(record.tallies())
            .filter(t -> t.kind() == kind && period.contains(t.on()))
            .map(AudienceTally::count),
        kind.name().toLowerCase(Locale.ROOT));
  }
}
