package id.kim.testkit;

import id.kim.core.agency.Dinas;
import id.kim.core.community.KimProfile;
import id.kim.core.community.KimRef;
import id.kim.core.community.PartnershipPeriod;
import id.kim.core.media.KimMedium;
import id.kim.core.media.MediaChannel;
import id.kim.core.media.Platform;
import id.kim.core.metric.ReachMetric;
import id.kim.core.metric.ReachObservation;
import id.kim.core.monitoring.AudienceTally;
import id.kim.core.monitoring.DisseminationLogEntry;
import id.kim.core.monitoring.MonitoringRecord;
import id.kim.core.monitoring.TallyKind;
import id.kim.core.time.Period;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The recipe of {@link MonitoringSamplers#monitoringRecord(KimProfile, Year)}: one KIM, one year, parts that agree. */
final class YearOfMonitoring {
  private static final Set<ReachMetric> AUDIENCE = Set.of(ReachMetric.FOLLOWERS, ReachMetric.SUBSCRIBERS,
      ReachMetric.GROUP_MEMBERS);

  private YearOfMonitoring() {}

  static Sampler<MonitoringRecord> of(KimProfile profile, Year year) {
    KimRef kim = KimRef.from(profile);
    LocalDate first = year.atDay(1);
    LocalDate last = year.atDay(year.length());
    return d -> {
      Dinas dinas = dinasOf(profile).sample(d);
      List<KimMedium> media = profile.media().isEmpty()
          ? Sampler.listOf(MediaSamplers.mediumOf(profile.name()), 1, 4).sample(d) : profile.media();
      List<KimMedium> accounts = media.stream().filter(m -> SocialSamplers.TABEL_5_3.contains(m.platform())).toList();
      Optional<PartnershipPeriod> partnership = Sampler.optional(
          dd -> PartnershipPeriod.of(Period.of(first, last), dd.pick(Vocabulary.PROGRAMMES)), 60).sample(d);
      List<DisseminationLogEntry> log = Sampler.listOf(MonitoringSamplers.entryOf(kim, dinas, first, last, partnership),
          0, 24)
          .sample(d);
      List<AudienceTally> tallies = new ArrayList<>(visitors(media, first, last).sample(d));
      tallies.addAll(attendance(log, media).sample(d));
      return MonitoringRecord.builder()
          .kim(kim)
          .log(log)
          .socialContent(accounts.isEmpty() ? List.of()
              : Sampler.listOf(dd -> SocialSamplers.contentOf(kim, dd.pick(accounts), first, last).sample(dd), 0, 30)
                  .sample(d))
          .reach(followers(media, first, last).sample(d))
          .tallies(tallies)
          .surveys(Sampler.listOf(MonitoringSamplers.surveyBetween(first, last), 0, 3).sample(d))
          .build();
    };
  }

  /**
   * @return the Dinas of the KIM's kabupaten/kota: the issuer of its number, else its seat's; any Dinas without either
   */
  private static Sampler<Dinas> dinasOf(KimProfile profile) {
    return profile.communityNumber().map(n -> AgencySamplers.of(n.issuedBy()))
        .or(() -> profile.seatRegencyCity().map(AgencySamplers::of))
        .orElseGet(AgencySamplers::dinas);
  }

  /**
   * @return for some of the media counted by subscription, a monthly series: the count on the first
   *     day of the year (or 0 on the day an account opened during the year), then at the end of most
   *     months, mostly growing
   */
  private static Sampler<List<ReachObservation>> followers(List<KimMedium> media, LocalDate first, LocalDate last) {
    return d -> {
      List<ReachObservation> out = new ArrayList<>();
      for (KimMedium medium : media) {
        ReachMetric metric = MediaSamplers.metricOf(medium.platform());
        if (!AUDIENCE.contains(metric) || !d.chance(80)) {
          continue;
        }
        boolean opened = d.chance(15);
        LocalDate day = opened ? d.date(first, last) : first;
        long count = opened ? 0 : MediaSamplers.count().sample(d);
        out.add(ReachObservation.of(medium, metric, count, day));
        for (LocalDate end = day.withDayOfMonth(day.lengthOfMonth()); !end.isAfter(last); end = nextMonthEnd(end)) {
          if (end.isAfter(day) && d.chance(75)) {
            count = Math.max(0, count + d.between(-5, PowersOfTen.of(d.intBetween(1, 3))));
            out.add(ReachObservation.of(medium, metric, count, end));
          }
        }
      }
      return out;
    };
  }

  /** @return monthly visitor counts of the KIM's website, blog or kim.id page, if it has one */
  private static Sampler<List<AudienceTally>> visitors(List<KimMedium> media, LocalDate first, LocalDate last) {
    return d -> {
      List<AudienceTally> out = new ArrayList<>();
      Optional<KimMedium> site = media.stream().filter(m -> m.platform().channel() == MediaChannel.ONLINE).findFirst();
      if (site.isPresent()) {
        for (LocalDate end = first.withDayOfMonth(first.lengthOfMonth()); !end.isAfter(last); end = nextMonthEnd(end)) {
          if (d.chance(60)) {
            out.add(AudienceTally.of(TallyKind.VISITORS, MediaSamplers.count().sample(d), end).withMedium(site.get()));
          }
        }
      }
      return out;
    };
  }

  /** @return attendance, and discussion participants no more than attended, on days of face-to-face activities */
  private static Sampler<List<AudienceTally>> attendance(List<DisseminationLogEntry> log, List<KimMedium> media) {
    Optional<KimMedium> meeting = media.stream().filter(m -> m.platform() == Platform.FACE_TO_FACE).findFirst();
    return d -> {
      List<AudienceTally> out = new ArrayList<>();
      for (DisseminationLogEntry e : log) {
        if (e.channel() != MediaChannel.FACE_TO_FACE) {
          continue;
        }
        for (LocalDate day : e.dates().subList(0, Math.min(3, e.dates().size()))) {
          if (e.count() > 0 && d.chance(70)) {
            long present = d.between(5, 200);
            out.add(AudienceTally.of(TallyKind.ATTENDANCE, present, day).withNote(e.activity()).withMedium(meeting));
            if (d.chance(60)) {
              out.add(AudienceTally.of(TallyKind.DISCUSSION_PARTICIPANTS, d.between(0, present), day)
                  .withNote(e.activity())
                  .withMedium(meeting));
            }
          }
        }
      }
      return out;
    };
  }

  private static LocalDate nextMonthEnd(LocalDate monthEnd) {
    LocalDate next = monthEnd.plusDays(1);
    return next.withDayOfMonth(next.lengthOfMonth());
  }
}
