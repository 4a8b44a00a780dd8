package id.kim.examples;

import id.kim.core.community.KimRef;
import id.kim.core.document.DocumentRef;
import id.kim.core.i18n.Lang;
import id.kim.core.media.ContentType;
import id.kim.core.media.KimMedium;
import id.kim.core.media.MediaChannel;
import id.kim.core.media.Platform;
import id.kim.core.metric.ReachMetric;
import id.kim.core.metric.ReachObservation;
import id.kim.core.monitoring.AudienceTally;
import id.kim.core.monitoring.DisseminationFormat;
import id.kim.core.monitoring.DisseminationLogEntry;
import id.kim.core.monitoring.InstagramMetrics;
import id.kim.core.monitoring.MonitoringRecord;
import id.kim.core.monitoring.OutcomeKind;
import id.kim.core.monitoring.SocialContent;
import id.kim.core.monitoring.SurveyResult;
import id.kim.core.monitoring.SurveyRound;
import id.kim.core.monitoring.TallyKind;
import id.kim.rules.evaluation.CollaborationEvaluation;
import id.kim.rules.evaluation.ContinuationEvaluator;
import id.kim.rules.evaluation.ContinuationPolicy;
import id.kim.rules.evaluation.MeasurementPeriod;
import id.kim.rules.explain.Finding;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * A month of dissemination by KIM Gumbrih, evaluated as juknis V asks: the Output (MEASURE-1), Outtakes
 * (MEASURE-2) and Outcome (MEASURE-3) of Tabel 5.1, then the continuation of the collaboration (V.B,
 * MONITOR-PURPOSE: "Untuk menentukan kelanjutan kolaborasi").
 *
 * <p>What the reader learns: a {@link MonitoringRecord} holds the Tabel 5.2 log, Tabel 5.3 posts, follower
 * counts, audience tallies and surveys; {@link ContinuationEvaluator#evaluate} measures a {@link MeasurementPeriod}
 * exactly (fractions, never NaN; without data a measure is "not measurable", with its reason) and recommends
 * CONTINUE, REVIEW_AT_RENEWAL or INSUFFICIENT_DATA — never termination (GAP-40); the thresholds are the
 * Dinas' {@link ContinuationPolicy} (GAP-44, PROPOSED): a stricter Dinas judges the same month differently.
 *
 * <p>Run: {@code mvn -q -pl kim-examples -am compile exec:java -Dexec.mainClass=id.kim.examples.DisseminationExample}
 */
public final class DisseminationExample {
  /** A Dinas policy (invented) that asks for at least 100 new followers a month. */
  public static final ContinuationPolicy STRICT = ContinuationPolicy.standard()
      .withName("Dinas Kominfo Kabupaten Jembrana: minimal 100 pengikut baru per bulan")
      .withMinFollowerGrowth(Option.some(100L));
  private static final KimRef KIM = KimRef.from(Gumbrih.profile());
  private static final KimMedium IG = KimMedium.of(Platform.INSTAGRAM, "@kim.gumbrih");

  private DisseminationExample() {}

  /** @param args ignored */
  public static void main(String[] args) {
    System.out.print(run());
  }

  /** @return March 2026: followers 400 → 460, one post, one meeting, one survey, three logged activities */
  public static MonitoringRecord march() {
    return MonitoringRecord.builder().kim(KIM)
        .addReach(ReachObservation.of(IG, ReachMetric.FOLLOWERS, 400, LocalDate.of(2026, 2, 28)),
            ReachObservation.of(IG, ReachMetric.FOLLOWERS, 460, LocalDate.of(2026, 3, 31)))
        .addTallies(AudienceTally.of(TallyKind.ATTENDANCE, 35, LocalDate.of(2026, 3, 10)),
            AudienceTally.of(TallyKind.DISCUSSION_PARTICIPANTS, 12, LocalDate.of(2026, 3, 10)))
        .addSocialContent(SocialContent.builder().kim(KIM).title("Jadwal vaksinasi").format(ContentType.INFOGRAPHIC)
            .account(IG).metrics(InstagramMetrics.of(120, 4, 9, 800)).publishedOn(LocalDate.of(2026, 3, 3)).build())
        .addSurveys(SurveyResult.builder().title("Tahu jadwal vaksinasi").kind(OutcomeKind.AWARENESS)
            .before(SurveyRound.of(50, 20, LocalDate.of(2026, 3, 1)))
            .after(SurveyRound.of(40, 30, LocalDate.of(2026, 3, 28))).build())
        .addLog(log("Posting konten hasil kolaborasi", MediaChannel.SOCIAL_MEDIA, 2, LocalDate.of(2026, 3, 3))
                .addProofLinks("https://instagram.com/p/contoh-jadwal-vaksinasi").build(),
            log("Pertemuan warga di balai desa", MediaChannel.FACE_TO_FACE, 1, LocalDate.of(2026, 3, 10))
                .addProofDocuments(DocumentRef.of("Daftar hadir 10 Maret 2026")).build())
        .build();
  }

  /** @return what {@link #main} prints: March measured, recommended under two policies; April without data */
  public static String run() {
    MeasurementPeriod march = MeasurementPeriod.month(YearMonth.of(2026, 3));
    CollaborationEvaluation e = ContinuationEvaluator.evaluate(march(), march, ContinuationPolicy.standard(),
        LocalDate.of(2026, 4, 2));
    StringBuilder out = new StringBuilder()
        .append(String.format("MEASURE-1 Output %s: pertambahan pengikut %s (laju %s), kehadiran %s%n",
            e.period().label(), e.output().followerGrowth().render(Lang.ID),
            e.output().followerGrowthRate().value().get(), e.output().attendance().render(Lang.ID)))
        .append(String.format("MEASURE-2 Outtakes: %s (suka %s, komentar %s, bagikan %s, diskusi %s)%n",
            e.outtakes().total().render(Lang.ID), e.outtakes().likes().render(Lang.ID),
            e.outtakes().comments().render(Lang.ID), e.outtakes().shares().render(Lang.ID),
            e.outtakes().discussion().render(Lang.ID)))
        .append(String.format("MEASURE-3 Outcome: %s → %s, perubahan %s%n", e.outcome().pooledBefore().value().get(),
            e.outcome().pooledAfter().value().get(), e.outcome().change().value().get()));
    CollaborationEvaluation strict = ContinuationEvaluator.evaluate(march(), march, STRICT, LocalDate.of(2026, 4, 2));
    CollaborationEvaluation april = ContinuationEvaluator.evaluate(march(), march.next(),
        ContinuationPolicy.standard(), LocalDate.of(2026, 5, 2));
    for (CollaborationEvaluation c : List.of(e, strict, april)) {
      out.append(String.format("%s, %s → %s (%s); pertambahan pengikut: %s%n", c.period().label(), c.policy().name(),
          c.recommendation(), c.recommendation().label(Lang.ID), c.output().followerGrowth().render(Lang.ID)));
      c.findings().filter(Finding::isFailure).forEach(f -> out.append("  ").append(f.summary(Lang.ID)).append('\n'));
    }
    return out.toString();
  }

  private static DisseminationLogEntry.Builder log(String activity, MediaChannel channel, long count, LocalDate on) {
    return DisseminationLogEntry.builder().kim(KIM).dinas(Gumbrih.DINAS).activity(activity).channel(channel)
        .format(DisseminationFormat.FEATURE).count(count).addDates(on);
  }
}
