package id.kim.rules.award;

import id.kim.core.agency.Dinas;
import id.kim.core.community.KimRef;
import id.kim.core.media.ContentType;
import id.kim.core.media.KimMedium;
import id.kim.core.media.MediaChannel;
import id.kim.core.media.Platform;
import id.kim.core.monitoring.DisseminationFormat;
import id.kim.core.monitoring.DisseminationLogEntry;
import id.kim.core.monitoring.FacebookMetrics;
import id.kim.core.monitoring.MonitoringRecord;
import id.kim.core.monitoring.SocialContent;
import id.kim.core.region.Province;
import id.kim.core.region.RegencyCity;
import id.kim.core.region.RegencyCityKind;
import id.kim.rules.evaluation.MeasurementPeriod;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

final class AwardFixtures {
  static final Dinas DINAS = Dinas.regencyCity("Dinas Kominfo Kabupaten Jembrana",
      RegencyCity.of("Jembrana", RegencyCityKind.KABUPATEN, Province.of("Bali")));
  static final MeasurementPeriod MARCH = MeasurementPeriod.month(YearMonth.of(2026, 3));

  private AwardFixtures() {}

  /** A KIM with {@code posts} Facebook posts (each 10 likes) and one log row of {@code activities} in March 2026. */
  static MonitoringRecord record(String name, int posts, long activities) {
    KimRef kim = KimRef.of(name);
    List<SocialContent> content = new ArrayList<>();
    for (int i = 0; i < posts; i++) {
      content.add(SocialContent.builder().kim(kim).title("Berita " + i).format(ContentType.TEXT)
          .account(KimMedium.of(Platform.FACEBOOK, name)).metrics(FacebookMetrics.of(10, 0, 0))
          .publishedOn(LocalDate.of(2026, 3, 1 + i)).build());
    }
    MonitoringRecord.Builder r = MonitoringRecord.builder().kim(kim).socialContent(content);
    if (activities > 0) {
      r.addLog(DisseminationLogEntry.builder().kim(kim).dinas(DINAS).activity("Jurnalisme warga")
          .channel(MediaChannel.ONLINE).format(DisseminationFormat.FEATURE).count(activities)
          .addDates(LocalDate.of(2026, 3, 20)).build());
    }
    return r.build();
  }

  static QualityScore quality(int score) {
    return QualityScore.of(score).get();
  }
}
