package id.kim.testkit;

import id.kim.core.agency.Dinas;
import id.kim.core.community.KimProfile;
import id.kim.core.community.KimRef;
import id.kim.core.community.PartnershipPeriod;
import id.kim.core.document.DocumentRef;
import id.kim.core.media.ContentType;
import id.kim.core.media.KimMedium;
import id.kim.core.media.MediaChannel;
import id.kim.core.monitoring.AudienceTally;
import id.kim.core.monitoring.DisseminationActionKind;
import id.kim.core.monitoring.DisseminationFormat;
import id.kim.core.monitoring.DisseminationLogEntry;
import id.kim.core.monitoring.DisseminationMode;
import id.kim.core.monitoring.MaterialOrigin;
import id.kim.core.monitoring.MonitoringRecord;
import id.kim.core.monitoring.OutcomeKind;
import id.kim.core.monitoring.SurveyResult;
import id.kim.core.monitoring.SurveyRound;
import id.kim.core.monitoring.TallyKind;
import id.kim.core.validation.MissingValueException;
import java.time.LocalDate;
import java.time.Year;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a Dinas records to monitor a KIM (juknis V): rows of the Tabel 5.2 log (MONITOR-COL-0..5),
 * audience tallies and surveys (MEASURE-1..3), and whole {@link MonitoringRecord}s — for any KIM, or
 * a consistent year of monitoring of one KIM ({@link #monitoringRecord(KimProfile, Year)}). Social
 * media rows (Tabel 5.3) are in {@link SocialSamplers}.
 */
public final class MonitoringSamplers {
  private MonitoringSamplers() {}

  /** @return a reference to a KIM by name, usually with its Nomor Induk Komunitas (MONITOR-COL-0) */
  public static Sampler<KimRef> kimRef() {
    return d -> {
      Community c = Community.any().sample(d);
      return Sampler.optional(ProfileSamplers.numberIssuedBy(c.regency(), TimeSamplers.EARLIEST, TimeSamplers.LATEST),
          70)
          .sample(d).map(n -> KimRef.of(c.name(), n)).orElseGet(() -> KimRef.of(c.name()));
    };
  }

  /** @return a row of the Tabel 5.2 log of some KIM with the Dinas of its regency/city */
  public static Sampler<DisseminationLogEntry> disseminationLogEntry() {
    return d -> {
      Community c = Community.any().sample(d);
      KimRef kim = KimRef.of(c.name());
      Optional<PartnershipPeriod> partnership = Sampler.optional(ProfileSamplers.partnershipPeriod(), 40).sample(d);
      return entryOf(kim, AgencySamplers.of(c.regency()).sample(d), TimeSamplers.EARLIEST, TimeSamplers.LATEST,
          partnership)
          .sample(d);
    };
  }

  /** @return visitors, attendance or discussion participants on one day (MEASURE-1, MEASURE-2) */
  public static Sampler<AudienceTally> audienceTally() {
    return d -> {
      TallyKind kind = d.pick(TallyKind.class);
      AudienceTally tally = AudienceTally.of(kind, MediaSamplers.count().sample(d), TimeSamplers.date().sample(d));
      Optional<String> note = Sampler.optional(dd -> dd.pick(Vocabulary.activitiesOf(MediaChannel.FACE_TO_FACE)) + " "
          + Vocabulary.anyIssue().sample(dd), 40).sample(d);
      return tally.withNote(note).withMedium(Sampler.optional(MediaSamplers.medium(), 30).sample(d));
    };
  }

  /** @return one survey round, no more positive answers than respondents (MEASURE-3) */
  public static Sampler<SurveyRound> surveyRound() {
    return d -> roundOn(TimeSamplers.date().sample(d)).sample(d);
  }

  /** @return a survey for the Outcome level, its baseline (if any) before the follow-up (MEASURE-3) */
  public static Sampler<SurveyResult> surveyResult() {
    return surveyBetween(TimeSamplers.EARLIEST, TimeSamplers.LATEST);
  }

  /** @return a year of monitoring of some KIM, see {@link #monitoringRecord(KimProfile, Year)} */
  public static Sampler<MonitoringRecord> monitoringRecord() {
    return d -> monitoringRecord(ProfileSamplers.profile().sample(d),
        Year.of(d.intBetween(TimeSamplers.EARLIEST.getYear(), TimeSamplers.LATEST.getYear()))).sample(d);
  }

  /**
   * A year of consistent monitoring of one KIM: every row names it ({@code KimRef.from(kim)}); the log
   * rows are of the Dinas of the KIM's kabupaten/kota; posts are on the KIM's own accounts on the
   * Tabel 5.3 platforms; follower counts are monthly series of its own media; visitors are counted on
   * its website or blog, attendance and discussion on the days of its face-to-face activities; survey
   * baselines come before their follow-ups. Every date lies in {@code year}.
   *
   * @param kim the KIM's profile: its name, number and media (a KIM whose profile lists no media is
   *     given accounts named after it)
   * @param year the year monitored
   * @return records from an empty one (the simplest) to a busy year
   */
  public static Sampler<MonitoringRecord> monitoringRecord(KimProfile kim, Year year) {
    MissingValueException.requireNonNull(kim, "kim");
    MissingValueException.requireNonNull(year, "year");
    return YearOfMonitoring.of(kim, year);
  }

  /**
   * @param kim the KIM
   * @param dinas the Dinas it collaborates with
   * @param from first day of the activities
   * @param to last day of the activities
   * @param partnership the partnership period the row may be recorded under
   * @return a consistent row: action on its channel, "Lainnya" with its description, dates that fit
   *     the count (one per activity or a summary; a zero row with at most one date), proof of the kind
   *     the channel has
   */
  static Sampler<DisseminationLogEntry> entryOf(KimRef kim, Dinas dinas, LocalDate from, LocalDate to,
      Optional<PartnershipPeriod> partnership) {
    return d -> {
      Optional<DisseminationActionKind> action = Sampler.optional(dd -> dd.pick(DisseminationActionKind.class), 50)
          .sample(d);
      MediaChannel channel = action.map(DisseminationActionKind::channel).orElseGet(() -> d.pick(MediaChannel.class));
      DisseminationFormat format = d.pick(DisseminationFormat.class);
      long count = d.chance(80) ? d.between(0, 12) : d.between(13, 200);
      int size = count == 0 ? d.intBetween(0, 1) : count <= 12 && d.chance(60) ? (int) count
          : d.intBetween(1, (int) Math.min(count, 6));
      List<LocalDate> dates = Sampler.listOf(dd -> dd.date(from, to), size, size).sample(d);
      Set<ContentType> types = new LinkedHashSet<>(Sampler.listOf(dd -> dd.pick(ContentType.class), 0, 3).sample(d));
      DisseminationLogEntry.Builder b = DisseminationLogEntry.builder()
          .kim(kim)
          .dinas(dinas)
          .partnership(partnership.isPresent() && d.chance(70) ? partnership : Optional.empty())
          .activity(d.pick(Vocabulary.activitiesOf(channel)) + " " + Vocabulary.anyIssue().sample(d))
          .channel(channel)
          .contentTypes(types)
          .action(action)
          .mode(Sampler.optional(dd -> dd.pick(DisseminationMode.class), 60).sample(d))
          .materialOrigin(Sampler.optional(dd -> dd.pick(MaterialOrigin.class), 60).sample(d))
          .format(format)
          .formatNote(format == DisseminationFormat.OTHER ? Optional.of(d.pick(Vocabulary.FORMAT_NOTES))
              : Sampler.optional(dd -> dd.pick(Vocabulary.FORMAT_NOTES), 10).sample(d))
          .count(count)
          .dates(dates);
      if (count > 0 && hasLinks(channel)) {
        b.proofLinks(Sampler.listOf(proofLink(kim, channel), 0, 2).sample(d));
      } else if (count > 0) {
        b.proofDocuments(Sampler.listOf(dd ->
            DocumentRef.of(dd.pick(Vocabulary.PROOF_DOCUMENTS) + " " + activityDay(dates)), 0, 2)
            .sample(d));
      }
      return b.build();
    };
  }

  static Sampler<SurveyRound> roundOn(LocalDate on) {
    return d -> {
      long respondents = d.between(0, d.chance(70) ? 100 : 2_000);
      return SurveyRound.of(respondents, d.between(0, respondents), on);
    };
  }

  static Sampler<SurveyResult> surveyBetween(LocalDate from, LocalDate to) {
    return d -> {
      LocalDate after = d.date(from, to);
      return SurveyResult.builder()
          .title(d.pick(Vocabulary.SURVEY_QUESTIONS))
          .kind(d.pick(OutcomeKind.class))
          .before(Sampler.optional(dd -> roundOn(dd.date(from, after)).sample(dd), 60).sample(d))
          .after(roundOn(after).sample(d))
          .build();
    };
  }

  private static boolean hasLinks(MediaChannel channel) {
    return channel == MediaChannel.SOCIAL_MEDIA || channel == MediaChannel.INSTANT_MESSAGING
        || channel == MediaChannel.ONLINE;
  }

  private static Sampler<String> proofLink(KimRef kim, MediaChannel channel) {
    String slug = Vocabulary.slug(kim.name());
    return d -> switch (channel) {
      case SOCIAL_MEDIA ->
          d.pick(List.of("https://www.instagram.com/p/", "https://www.facebook.com/" + slug + "/posts/",
          "https://www.tiktok.com/@" + slug + "/video/")) + d.digits(10);
      case INSTANT_MESSAGING -> "https://" + slug + ".kim.id/tautan/" + d.digits(5);
      default -> "https://" + slug + ".kim.id/berita/" + d.digits(4);
    };
  }

  private static String activityDay(List<LocalDate> dates) {
    return dates.isEmpty() ? "" : dates.get(0).toString();
  }
}
