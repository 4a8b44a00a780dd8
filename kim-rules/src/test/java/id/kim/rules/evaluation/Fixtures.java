package id.kim.rules.evaluation;

import id.kim.core.agency.Dinas;
import id.kim.core.community.KimRef;
import id.kim.core.document.DocumentRef;
import id.kim.core.media.ContentType;
import id.kim.core.media.KimMedium;
import id.kim.core.media.MediaChannel;
import id.kim.core.media.Platform;
import id.kim.core.metric.ReachMetric;
import id.kim.core.metric.ReachObservation;
import id.kim.core.monitoring.AudienceTally;
import id.kim.core.monitoring.DisseminationFormat;
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
import id.kim.core.monitoring.TwitterMetrics;
import id.kim.core.monitoring.YouTubeMetrics;
import id.kim.rules.fixtures.Kims;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * One worked example, March 2026, KIM Gumbrih (Jembrana), with every figure computed by hand in the
 * tests (see docs/evaluation.md, "Worked example"). The Dinas is the shared one of {@link Kims}.
 */
final class Fixtures {
  static final KimRef KIM = KimRef.of("KIM Gumbrih");
  static final Dinas DINAS = Kims.DINAS;
  static final KimMedium IG = KimMedium.of(Platform.INSTAGRAM, "@kim.gumbrih");
  static final KimMedium FB = KimMedium.of(Platform.FACEBOOK, "KIM Gumbrih");
  static final KimMedium TW = KimMedium.of(Platform.TWITTER, "@kimgumbrih");
  static final KimMedium YT = KimMedium.of(Platform.YOUTUBE, "KIM Gumbrih TV");
  static final MeasurementPeriod MARCH = MeasurementPeriod.month(YearMonth.of(2026, 3));

  private Fixtures() {}

  static LocalDate mar(int day) {
    return LocalDate.of(2026, 3, day);
  }

  static SocialContent post(KimMedium account, SocialMetrics metrics, LocalDate on, String title) {
    return SocialContent.builder().kim(KIM).title(title).format(ContentType.INFOGRAPHIC).account(account)
        .metrics(metrics).publishedOn(on).build();
  }

  static DisseminationLogEntry.Builder row(String activity, MediaChannel channel, long count, LocalDate... dates) {
    return DisseminationLogEntry.builder().kim(KIM).dinas(DINAS).activity(activity).channel(channel)
        .format(DisseminationFormat.FEATURE).count(count).dates(List.of(dates));
  }

  /** Followers 500 → 550, visitors 1200, attendance 75, discussion 20, 3 posts in March, 2 surveys, 9 activities. */
  static MonitoringRecord march() {
    return MonitoringRecord.builder().kim(KIM)
        .addReach(ReachObservation.of(IG, ReachMetric.FOLLOWERS, 400, LocalDate.of(2026, 2, 28)),
            ReachObservation.of(IG, ReachMetric.FOLLOWERS, 430, mar(15)),
            ReachObservation.of(IG, ReachMetric.FOLLOWERS, 460, mar(31)),
            ReachObservation.of(FB, ReachMetric.FOLLOWERS, 100, LocalDate.of(2026, 2, 28)),
            ReachObservation.of(FB, ReachMetric.FOLLOWERS, 90, mar(31)))
        .addTallies(AudienceTally.of(TallyKind.VISITORS, 1200, mar(31)),
            AudienceTally.of(TallyKind.ATTENDANCE, 35, mar(10)), AudienceTally.of(TallyKind.ATTENDANCE, 40, mar(24)),
            AudienceTally.of(TallyKind.DISCUSSION_PARTICIPANTS, 12, mar(10)),
            AudienceTally.of(TallyKind.DISCUSSION_PARTICIPANTS, 8, mar(24)))
        .addSocialContent(post(IG, InstagramMetrics.of(120, 4, 9, 800), mar(3), "Jadwal vaksinasi"),
            post(FB, FacebookMetrics.of(30, 6, 5), mar(12), "Pendaftaran adminduk"),
            post(TW, TwitterMetrics.of(10, 3, 2, 1), mar(20), "Pemilu damai"),
            post(YT, YouTubeMetrics.of(50, 7), LocalDate.of(2026, 4, 1), "Liputan April"))
        .addSurveys(SurveyResult.builder().title("Tahu jadwal vaksinasi").kind(OutcomeKind.AWARENESS)
                .before(SurveyRound.of(50, 20, mar(1))).after(SurveyRound.of(40, 30, mar(28))).build(),
            SurveyResult.builder().title("Setuju vaksinasi").kind(OutcomeKind.ATTITUDE)
                .before(SurveyRound.of(50, 25, mar(1))).after(SurveyRound.of(60, 36, mar(31))).build())
        .addLog(row("Posting konten hasil kolaborasi", MediaChannel.SOCIAL_MEDIA, 3, mar(3), mar(12), mar(20))
                .addProofLinks("https://instagram.com/p/abc").build(),
            row("Pertemuan warga di balai desa", MediaChannel.FACE_TO_FACE, 2, mar(10), mar(24))
                .addProofDocuments(DocumentRef.of("Daftar hadir 10 dan 24 Maret")).build(),
            row("Berbagi tautan di WAG", MediaChannel.INSTANT_MESSAGING, 4, mar(5), mar(28)).build())
        .build();
  }
}
