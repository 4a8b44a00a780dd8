package id.kim.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import id.kim.core.community.KimProfile;
import id.kim.core.community.KimRef;
import id.kim.core.media.KimMedium;
import id.kim.core.media.MediaChannel;
import id.kim.core.media.Platform;
import id.kim.core.metric.ReachMetric;
import id.kim.core.monitoring.AudienceTally;
import id.kim.core.monitoring.DisseminationFormat;
import id.kim.core.monitoring.DisseminationLogEntry;
import id.kim.core.monitoring.MonitoringRecord;
import id.kim.core.monitoring.SocialContent;
import id.kim.core.monitoring.TallyKind;
import id.kim.core.validation.KimValidator;
import java.time.LocalDate;
import java.time.Year;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A generated year of monitoring (juknis V, Tabel 5.2/5.3) looks like what a Dinas records, and its parts agree. */
class MonitoringRealismTest {
  private static final Year YEAR = Year.of(2026);

  @Test
  @DisplayName(
      "MONITOR-COL-0, SOCIAL-HEAD-0: every row names the KIM; every date lies in the year; one Dinas, of the KIM's "
          + "kabupaten/kota")
  void oneKimOneYear() {
    qt().withExamples(200).forAll(KimGens.completeProfile()).checkAssert(profile -> {
      MonitoringRecord r = KimSamples.monitoringRecord(new SplittableRandom(profile.hashCode()), profile, YEAR);
      assertEquals(KimRef.from(profile), r.kim());
      assertTrue(KimValidator.standard().validate(r).isValid(), () ->
          KimValidator.standard().validate(r).getError().mkString());
      r.log().forEach(e -> {
        assertEquals(r.kim(), e.kim());
        assertEquals(profile.communityNumber().orElseThrow().issuedBy(), e.dinas().regencyCity().orElseThrow());
        e.dates().forEach(MonitoringRealismTest::inYear);
        e.partnership().ifPresent(p -> assertTrue(e.dates().stream().allMatch(p.period()::contains)));
      });
      assertTrue(r.log().stream().map(DisseminationLogEntry::dinas).distinct().count() <= 1);
      r.socialContent().forEach(c -> {
        assertEquals(r.kim(), c.kim());
        inYear(c.publishedOn());
        assertTrue(profile.media().contains(c.account()), "posts are on the KIM's own accounts");
      });
      r.reach().forEach(o -> {
        inYear(o.observedOn());
        assertTrue(profile.media().contains(o.medium()));
        assertTrue(EnumSet.of(ReachMetric.FOLLOWERS, ReachMetric.SUBSCRIBERS, ReachMetric.GROUP_MEMBERS)
            .contains(o.metric()));
      });
      r.tallies().forEach(t -> inYear(t.on()));
      r.surveys().forEach(s -> inYear(s.after().conductedOn()));
    });
  }

  @Test
  @DisplayName(
      "MEASURE-1/2: visitors are counted on the KIM's website; attendance and discussion on days of its face-to-face "
          + "activities")
  void talliesFitTheActivities() {
    qt().withExamples(200).forAll(KimGens.monitoringRecord()).checkAssert(r -> {
      for (AudienceTally t : r.tallies()) {
        if (t.kind() == TallyKind.VISITORS) {
          assertEquals(MediaChannel.ONLINE, t.medium().orElseThrow().platform().channel());
          continue;
        }
        assertTrue(r.log().stream()
            .anyMatch(e -> e.channel() == MediaChannel.FACE_TO_FACE && e.dates().contains(t.on())), t::toString);
        if (t.kind() == TallyKind.DISCUSSION_PARTICIPANTS) {
          assertTrue(r.tallies().stream()
              .anyMatch(a -> a.kind() == TallyKind.ATTENDANCE && a.on().equals(t.on()) && a.count() >= t.count()));
        }
      }
    });
  }

  @Test
  @DisplayName(
      "the generator reaches every case: empty and busy years, per-date, summary and zero rows, every platform, opened "
          + "accounts")
  void variety() {
    List<MonitoringRecord> some = LongStream.range(0, 300)
        .mapToObj(s -> KimSamples.monitoringRecord(new SplittableRandom(s))).toList();
    List<DisseminationLogEntry> rows = some.stream().flatMap(r -> r.log().stream()).toList();
    assertTrue(some.stream().anyMatch(r -> r.log().isEmpty() && r.socialContent().isEmpty()));
    assertTrue(some.stream().anyMatch(r -> r.log().size() >= 15 && r.socialContent().size() >= 15));
    assertTrue(rows.stream().anyMatch(e -> e.count() > 1 && e.dates().size() == e.count()), "one date per activity");
    assertTrue(rows.stream().anyMatch(e -> e.dates().size() < e.count()), "summary rows");
    assertTrue(rows.stream().anyMatch(e -> e.count() == 0 && e.dates().size() == 1), "monitored, nothing disseminated");
    assertTrue(rows.stream().anyMatch(e -> e.format() == DisseminationFormat.OTHER && e.formatNote().isPresent()));
    assertTrue(rows.stream().anyMatch(e -> e.action().isPresent())
        && rows.stream().anyMatch(DisseminationLogEntry::hasProof));
    Set<Platform> platforms = EnumSet.noneOf(Platform.class);
    some.forEach(r -> r.socialContent().stream().map(SocialContent::platform).forEach(platforms::add));
    assertEquals(EnumSet.copyOf(SocialSamplers.TABEL_5_3), platforms);
    assertTrue(some.stream().flatMap(r -> r.reach().stream())
        .anyMatch(o -> o.value() == 0 && o.observedOn().getDayOfYear() > 1),
        "an account opened during the year");
    assertTrue(some.stream()
        .anyMatch(r -> !r.surveys().isEmpty() && r.surveys().stream().anyMatch(s -> s.before().isPresent())));
  }

  @Test
  @DisplayName("a KIM known only by name gets accounts named after it; the same seed gives the same year")
  void kimByName() {
    KimProfile gumbrih = KimProfile.builder().name("KIM Gumbrih").build();
    MonitoringRecord a = KimSamples.monitoringRecord(new SplittableRandom(3), gumbrih, YEAR);
    assertEquals(KimRef.of("KIM Gumbrih"), a.kim());
    assertEquals(a, KimSamples.monitoringRecord(new SplittableRandom(3), gumbrih, YEAR));
    Stream.concat(
            a.socialContent().stream().map(SocialContent::account),
            a.reach().stream().map(o -> o.medium()))
        .map(KimMedium::name)
        .forEach(
            n -> n.ifPresent(x -> assertTrue(x.toLowerCase(Locale.ROOT).contains("gumbrih"), x)));
    assertFalse(LongStream.range(0, 50)
        .mapToObj(s -> KimSamples.monitoringRecord(new SplittableRandom(s), gumbrih, YEAR))
        .allMatch(r -> r.socialContent().isEmpty()));
  }

  private static void inYear(LocalDate day) {
    assertEquals(YEAR.getValue(), day.getYear(), day::toString);
  }
}
