package id.kim.rules.evaluation;

import static org.quicktheories.generators.SourceDSL.integers;

import id.kim.core.metric.ReachObservation;
import id.kim.core.monitoring.MonitoringRecord;
import id.kim.testkit.Draw;
import id.kim.testkit.MonitoringSamplers;
import id.kim.testkit.ProfileSamplers;
import id.kim.testkit.Sampler;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.quicktheories.core.Gen;

/**
 * Monitoring records for the measure laws: kim-testkit's year of monitoring (2026) of a KIM, with a
 * few stray follower counts added — two on one day, drops, counts outside the year — so that the
 * edge rules of follower growth are met; and periods from December 2025 to January 2027 that cut
 * the year in two.
 */
final class Generators {
  static final LocalDate BASE = LocalDate.of(2025, 12, 1);
  private static final Year YEAR = Year.of(2026);

  private Generators() {}

  static Gen<LocalDate> days() {
    return integers().between(0, 420).map(BASE::plusDays);
  }

  static Gen<MonitoringRecord> records() {
    Sampler<MonitoringRecord> records = d -> {
      MonitoringRecord r = MonitoringSamplers.monitoringRecord(ProfileSamplers.profile().sample(d), YEAR).sample(d);
      return r.withReach(withStrayCounts(r.reach(), d));
    };
    return records.gen();
  }

  /** @return the counts, and up to five more of the same media: on a day already observed, or any day of the range */
  private static List<ReachObservation> withStrayCounts(List<ReachObservation> reach, Draw d) {
    List<ReachObservation> out = new ArrayList<>(reach);
    for (int i = d.intBetween(0, 5); i > 0 && !reach.isEmpty(); i--) {
      ReachObservation o = d.pick(reach);
      LocalDate day = d.chance(50) ? o.observedOn() : BASE.plusDays(d.between(0, 420));
      out.add(ReachObservation.of(o.medium(), o.metric(), d.between(0, 5_000), day));
    }
    return out;
  }

  /** A period inside the generated range and a day that splits it into two non-empty adjacent parts. */
  static Gen<LocalDate[]> splitPeriods() {
    return days().zip(integers().between(1, 120), integers().between(1, 119), (start, length, cut) -> new LocalDate[] {
        start, start.plusDays(Math.min(cut, length)), start.plusDays(length)});
  }

  static <T> List<T> shuffled(List<T> items, long seed) {
    List<T> copy = new ArrayList<>(items);
    Collections.shuffle(copy, new Random(seed));
    return copy;
  }

  static MonitoringRecord shuffled(MonitoringRecord r, long seed) {
    return r.withLog(shuffled(r.log(), seed)).withSocialContent(shuffled(r.socialContent(), seed + 1))
        .withReach(shuffled(r.reach(), seed + 2)).withTallies(shuffled(r.tallies(), seed + 3))
        .withSurveys(shuffled(r.surveys(), seed + 4));
  }
}
