package id.kim.testkit;

import static id.kim.testkit.BadText.defect;
import static id.kim.testkit.BadText.noRule;
import static id.kim.testkit.MonitoringDefects.notOnTheKim;
import static id.kim.testkit.ProfileDefects.replaceFirst;

import id.kim.core.community.KimRef;
import id.kim.core.monitoring.MonitoringRecord;
import java.util.ArrayList;
import java.util.List;

/**
 * Single defects of a whole {@link MonitoringRecord}: a row naming another KIM, and every defect of its
 * rows, follower counts, tallies and surveys, each inside an otherwise valid year of monitoring. A
 * defect of a row's own KIM reference cannot be lifted (the row would name another KIM as well);
 * a defect of the record's KIM reference is shown on a record without rows, for the same reason.
 */
final class MonitoringRecordDefects {
  private MonitoringRecordDefects() {}

  static List<Defect<MonitoringRecord>> monitoringRecord() {
    Sampler<MonitoringRecord> host = MonitoringSamplers.monitoringRecord();
    String type = "MonitoringRecord";
    List<Defect<MonitoringRecord>> out = new ArrayList<>(Defect.allWithin(MonitoringDefects.kimRef(), type, "kim",
        noRule(), host,
        (r, k) -> MonitoringRecord.builder().from(r).kim(k).log(List.of()).socialContent(List.of()).build()));
    out.add(defect(type, "aboutOneKim", "a log row about another KIM", "kim.monitoring.otherKim", d -> {
      MonitoringRecord r = host.sample(d);
      return r.withLog(replaceFirst(r.log(),
          MonitoringSamplers.disseminationLogEntry().sample(d).withKim(other(r.kim()))));
    }));
    out.add(defect(type, "aboutOneKim", "a social-media row about another KIM", "kim.monitoring.otherKim", d -> {
      MonitoringRecord r = host.sample(d);
      return r.withSocialContent(replaceFirst(r.socialContent(),
          SocialSamplers.socialContent().sample(d).withKim(other(r.kim()))));
    }));
    out.addAll(Defect.allWithin(notOnTheKim(MonitoringDefects.disseminationLogEntry()), type, "log[0]", noRule(), host,
        (r, e) -> r.withLog(replaceFirst(r.log(), e.withKim(r.kim())))));
    out.addAll(Defect.allWithin(notOnTheKim(SocialDefects.socialContent()), type, "socialContent[0]", noRule(), host,
        (r, c) -> r.withSocialContent(replaceFirst(r.socialContent(), c.withKim(r.kim())))));
    out.addAll(Defect.allWithin(MediaDefects.reachObservation(), type, "reach[0]", noRule(), host,
        (r, o) -> r.withReach(replaceFirst(r.reach(), o))));
    out.addAll(Defect.allWithin(MonitoringDefects.audienceTally(), type, "tallies[0]", noRule(), host,
        (r, t) -> r.withTallies(replaceFirst(r.tallies(), t))));
    out.addAll(Defect.allWithin(MonitoringDefects.surveyResult(), type, "surveys[0]", noRule(), host,
        (r, s) -> r.withSurveys(replaceFirst(r.surveys(), s))));
    return List.copyOf(out);
  }

  /** @return a valid reference to another KIM than {@code kim} */
  private static KimRef other(KimRef kim) {
    return KimRef.of(kim.name().length() > 140 ? "KIM Lain" : kim.name() + " Lain");
  }
}
