package id.kim.rules.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.agency.Dinas;
import id.kim.core.community.KimRef;
import id.kim.core.i18n.Lang;
import id.kim.core.media.ContentType;
import id.kim.core.media.KimMedium;
import id.kim.core.media.MediaChannel;
import id.kim.core.media.Platform;
import id.kim.core.metric.ReachMetric;
import id.kim.core.metric.ReachObservation;
import id.kim.core.monitoring.DisseminationFormat;
import id.kim.core.monitoring.DisseminationLogEntry;
import id.kim.core.monitoring.InstagramMetrics;
import id.kim.core.monitoring.MonitoringRecord;
import id.kim.core.monitoring.SocialContent;
import id.kim.core.region.Province;
import id.kim.core.region.RegencyCity;
import id.kim.core.region.RegencyCityKind;
import id.kim.core.validation.KimValidator;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The snippet of the README section, kept compiling and true (MONITOR-PURPOSE, MEASURE-1..3). */
class ReadmeExampleTest {

  @Test
  @DisplayName("README: one month of monitoring, validated, evaluated for continuation")
  void readmeSnippet() {
    KimRef kim = KimRef.of("KIM Gumbrih");
    Dinas dinas = Dinas.regencyCity("Dinas Kominfo Kabupaten Jembrana",
        RegencyCity.of("Jembrana", RegencyCityKind.KABUPATEN, Province.of("Bali")));
    KimMedium ig = KimMedium.of(Platform.INSTAGRAM, "@kim.gumbrih");
    MonitoringRecord record = MonitoringRecord.builder().kim(kim)
        .addLog(DisseminationLogEntry.builder().kim(kim).dinas(dinas)
            .activity("Posting infografis jadwal vaksinasi").channel(MediaChannel.SOCIAL_MEDIA)
            .format(DisseminationFormat.FEATURE).count(1).addDates(LocalDate.of(2026, 3, 3))
            .addProofLinks("https://instagram.com/p/abc").build())
        .addSocialContent(SocialContent.builder().kim(kim).title("Jadwal vaksinasi")
            .format(ContentType.INFOGRAPHIC).account(ig).metrics(InstagramMetrics.of(120, 4, 9, 800))
            .publishedOn(LocalDate.of(2026, 3, 3)).build())
        .addReach(ReachObservation.of(ig, ReachMetric.FOLLOWERS, 400, LocalDate.of(2026, 2, 28)),
            ReachObservation.of(ig, ReachMetric.FOLLOWERS, 460, LocalDate.of(2026, 3, 31)))
        .build();
    KimValidator.standard().require(record);
    CollaborationEvaluation e = ContinuationEvaluator.evaluate(record,
        MeasurementPeriod.month(YearMonth.of(2026, 3)), ContinuationPolicy.standard(), LocalDate.of(2026, 4, 2));
    assertEquals(Recommendation.CONTINUE, e.recommendation());
    assertEquals("3/20", e.output().followerGrowthRate().value().get().toString());
    String text = e.explain(Lang.ID);
    assertTrue(text.startsWith(
        "Evaluasi kelanjutan kolaborasi (MONITOR-PURPOSE): KIM Gumbrih\nRekomendasi: LANJUTKAN KOLABORASI\n"), text);
    assertTrue(text.contains(
        "MONITOR-COL-5 Terpenuhi (peringatan): semua 1 baris kegiatan memiliki bukti tayang atau tautan"), text);
  }
}
