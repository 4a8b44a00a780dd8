package id.kim.rules.evaluation;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import id.kim.core.media.KimMedium;
import id.kim.core.media.MediaChannel;
import id.kim.core.metric.ReachMetric;
import id.kim.core.metric.ReachObservation;
import id.kim.core.monitoring.AudienceTally;
import id.kim.core.monitoring.DisseminationLogEntry;
import id.kim.core.monitoring.FacebookMetrics;
import id.kim.core.monitoring.InstagramMetrics;
import id.kim.core.monitoring.MonitoringRecord;
import id.kim.core.monitoring.OutcomeKind;
import id.kim.core.monitoring.SocialContent;
import id.kim.core.monitoring.SocialMetrics;
import id.kim.core.monitoring.SurveyResult;
import id.kim.core.monitoring.SurveyRound;
import id.kim.core.monitoring.TallyKind;
import id.kim.core.monitoring.TikTokMetrics;
import id.kim.core.monitoring.TwitterMetrics;
import id.kim.core.monitoring.YouTubeMetrics;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Local generators of valid monitoring records (until kim-testkit provides them), dates in Dec 2025 .. Jan 2027. */
final class Generators {
  static final LocalDate BASE = LocalDate.of(2025, 12, 1);
  static final List<KimMedium> MEDIA = List.of(Fixtures.IG, Fixtures.FB, Fixtures.TW, Fixtures.YT,
      KimMedium.of(id.kim.core.media.Platform.TIKTOK, "@kim.tt"));

  private Generators() {}

  static Gen<LocalDate> days() {
    return integers().between(0, 420).map(BASE::plusDays);
  }

  static Gen<Long> counts() {
    return longs().between(0, 5_000);
  }

  static Gen<SocialMetrics> metrics() {
    Gen<long[]> four = counts().zip(counts(), counts(), counts(), (a, b, c, d) -> new long[] {a, b, c, d});
    return integers().between(0, 4).zip(four, (p, n) -> {
      switch (p) {
        case 0: return InstagramMetrics.of(n[0], n[1], n[2], n[3]);
        case 1: return FacebookMetrics.of(n[0], n[1], n[2]);
        case 2: return TwitterMetrics.of(n[0], n[1], n[2], n[3]);
        case 3: return YouTubeMetrics.of(n[0], n[1]);
        default: return TikTokMetrics.of(n[0], n[1], n[2]);
      }
    });
  }

  static Gen<SocialContent> posts() {
    return metrics().zip(days(), integers().between(1, 3), (m, d, t) -> Fixtures.post(
        MEDIA.stream().filter(k -> k.platform() == m.platform()).findFirst().get(), m, d, "Konten " + t));
  }

  static Gen<ReachObservation> reach() {
    return integers().between(0, 2).zip(counts(), days(), (i, v, d) -> ReachObservation.of(MEDIA.get(i),
        i == 2 ? ReachMetric.SUBSCRIBERS : ReachMetric.FOLLOWERS, v, d));
  }

  static Gen<AudienceTally> tallies() {
    return Generate.enumValues(TallyKind.class).zip(counts(), days(), AudienceTally::of);
  }

  static Gen<SurveyRound> rounds() {
    return longs().between(0, 300).zip(integers().between(0, 100), days(),
        (n, pct, d) -> SurveyRound.of(n, n * pct / 100, d));
  }

  static Gen<SurveyResult> surveys() {
    return rounds().zip(rounds(), booleans().all(), (a, b, withBaseline) -> {
      SurveyRound first = a.conductedOn().isAfter(b.conductedOn()) ? b : a;
      SurveyRound second = first == a ? b : a;
      SurveyResult.Builder s = SurveyResult.builder().title("Survei " + second.respondents()).kind(OutcomeKind.AWARENESS).after(second);
      return (withBaseline ? s.before(first) : s).build();
    });
  }

  static Gen<DisseminationLogEntry> log() {
    return integers().between(0, 4).zip(lists().of(days()).ofSizeBetween(1, 4), integers().between(0, 3), (extra, dates, kept) -> {
      List<LocalDate> ds = dates.subList(0, Math.max(1, Math.min(dates.size(), dates.size() - kept + 1)));
      long count = ds.size() + (long) extra;
      return Fixtures.row("Kegiatan " + count, MediaChannel.FACE_TO_FACE, count, ds.toArray(LocalDate[]::new)).build();
    });
  }

  static Gen<MonitoringRecord> records() {
    return lists().of(log()).ofSizeBetween(0, 5).zip(lists().of(posts()).ofSizeBetween(0, 8),
        lists().of(reach()).ofSizeBetween(0, 10), (l, p, r) -> MonitoringRecord.builder().kim(Fixtures.KIM)
            .log(l).socialContent(p).reach(r).build())
        .zip(lists().of(tallies()).ofSizeBetween(0, 8), lists().of(surveys()).ofSizeBetween(0, 4),
            (rec, t, s) -> rec.withTallies(t).withSurveys(s));
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
