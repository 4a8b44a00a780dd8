package id.kim.core.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.agency.Dinas;
import id.kim.core.community.KimRef;
import id.kim.core.i18n.Lang;
import id.kim.core.media.ContentType;
import id.kim.core.media.KimMedium;
import id.kim.core.media.MediaChannel;
import id.kim.core.media.MediaKind;
import id.kim.core.media.Platform;
import id.kim.core.region.Province;
import id.kim.core.region.RegencyCity;
import id.kim.core.region.RegencyCityKind;
import id.kim.core.time.Period;
import id.kim.core.validation.FieldViolation;
import id.kim.core.validation.KimValidator;
import io.vavr.collection.Seq;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MonitoringValidationTest {
  static final KimRef KIM = KimRef.of("KIM Gumbrih");
  static final Dinas DINAS = Dinas.regencyCity("Dinas Kominfo Kabupaten Jembrana",
      RegencyCity.of("Jembrana", RegencyCityKind.KABUPATEN, Province.of("Bali")));
  static final LocalDate MAR_3 = LocalDate.of(2026, 3, 3);

  static DisseminationLogEntry.Builder entry() {
    return DisseminationLogEntry.builder().kim(KIM).dinas(DINAS).activity("Posting infografis vaksinasi")
        .channel(MediaChannel.SOCIAL_MEDIA).format(DisseminationFormat.FEATURE).count(1).addDates(MAR_3)
        .addProofLinks("https://instagram.com/p/abc");
  }

  static Seq<FieldViolation> violations(Object value) {
    return KimValidator.standard().validate(value).fold(v -> v, ok -> io.vavr.collection.List.empty());
  }

  @Test
  @DisplayName("MONITOR-COL-0..5: a complete Tabel 5.2 row is valid")
  void validRow() {
    assertTrue(violations(entry().build()).isEmpty());
  }

  @Test
  @DisplayName("MONITOR-COL-5: a proof link must be a well-formed http(s) address, cited as MONITOR-COL-5")
  void proofLinkMustBeHttp() {
    for (String bad : List.of("javascript:alert(1)", "ftp://files.kim.id/a.pdf", "instagram.com/p/abc",
        "https://", "https://kim.id/a b", "http:///path", "mailto:kim@desa.id", "file:///etc/passwd")) {
      Seq<FieldViolation> v = violations(entry().proofLinks(List.of(bad)).build());
      assertEquals(1, v.size(), bad);
      assertEquals("kim.url.invalid", v.head().messageKey());
      assertEquals("MONITOR-COL-5", v.head().ruleId().orElse("-"));
      assertTrue(v.head().path().startsWith("proofLinks"), v.head().path());
    }
    for (String good : List.of("https://kim.id/berita/1", "http://kimgumbrih.blogspot.com/2026/03/x.html",
        "HTTPS://YOUTUBE.COM/watch?v=a1")) {
      assertTrue(violations(entry().proofLinks(List.of(good)).build()).isEmpty(), good);
    }
  }

  @Test
  @DisplayName("MONITOR-COL-3: a negative count is rejected; MONITOR-COL-4: dates must fit the count")
  void countAndDates() {
    assertEquals("kim.count.negative", violations(entry().count(-1).dates(List.of()).build()).head().messageKey());
    assertEquals("kim.monitoring.datesCount",
        violations(entry().count(2).dates(List.of()).build()).head().messageKey());
    assertEquals("kim.monitoring.datesCount",
        violations(entry().count(1).addDates(MAR_3.plusDays(1)).build()).head().messageKey());
    assertTrue(violations(entry().count(0).dates(List.of(MAR_3)).proofLinks(List.of()).build()).isEmpty(),
        "a dated zero row records that nothing was disseminated");
  }

  @Test
  @DisplayName("MONITOR-COL-2: the open format OTHER needs a note; ACTION-1..4 must use their MEDIA channel")
  void formatAndAction() {
    assertEquals("kim.monitoring.formatUndescribed",
        violations(entry().format(DisseminationFormat.OTHER).build()).head().messageKey());
    assertTrue(violations(entry().format(DisseminationFormat.OTHER).formatNote("Podcast desa").build()).isEmpty());
    assertEquals("kim.monitoring.actionChannel",
        violations(entry().action(DisseminationActionKind.SHARE_LINK_IN_WHATSAPP_GROUP).build()).head().messageKey());
    assertTrue(violations(entry().action(DisseminationActionKind.POST_ON_SOCIAL_MEDIA).build()).isEmpty());
  }

  @Test
  @DisplayName("ACTION-1..4 use MEDIA-4, MEDIA-3, MEDIA-5, MEDIA-7; DISSEM-0..2 vocabulary")
  void actionAndDisseminationVocabulary() {
    assertEquals("MEDIA-4", DisseminationActionKind.SHARE_LINK_IN_WHATSAPP_GROUP.channel().ruleId());
    assertEquals("MEDIA-3", DisseminationActionKind.POST_ON_SOCIAL_MEDIA.channel().ruleId());
    assertEquals("MEDIA-5", DisseminationActionKind.PUBLISH_ON_BLOG_OR_WEBSITE.channel().ruleId());
    assertEquals("MEDIA-7", DisseminationActionKind.FACE_TO_FACE_MEETING.channel().ruleId());
    assertEquals(
        List.of("ACTION-1", "ACTION-2", "ACTION-3", "ACTION-4"),
        Arrays.stream(DisseminationActionKind.values())
            .map(DisseminationActionKind::ruleId)
            .toList());
    assertEquals("DISSEM-1", DisseminationMode.PROACTIVE.ruleId());
    assertEquals("DISSEM-2", DisseminationMode.RESPONSIVE.ruleId());
    assertEquals("DISSEM-0", MaterialOrigin.CO_DESIGNED.ruleId());
    DisseminationLogEntry e = entry().mode(DisseminationMode.RESPONSIVE).materialOrigin(MaterialOrigin.DINAS_PROVIDED)
        .build();
    assertTrue(violations(e).isEmpty());
  }

  @Test
  @DisplayName("MEDIA-1..7, MEDIA-KIND-MAP and MEDIA-PLATFORMS: Tabel 4.6 channels in order, with their PROFILE-o kind")
  void mediaVocabulary() {
    assertEquals(
        List.of("MEDIA-1", "MEDIA-2", "MEDIA-3", "MEDIA-4", "MEDIA-5", "MEDIA-6", "MEDIA-7"),
        Arrays.stream(MediaChannel.values()).map(MediaChannel::ruleId).toList());
    assertEquals(MediaKind.CONVENTIONAL, MediaChannel.OUTDOOR.kind());
    assertEquals(MediaKind.FACE_TO_FACE, MediaChannel.FACE_TO_FACE.kind());
    assertEquals(MediaChannel.ONLINE, Platform.BLOG.channel(), "blogs are online media (MEDIA-5), GAP-43");
  }

  @Test
  @DisplayName("SOCIAL-IG/FB/TW/YT/TT: each platform has exactly the indicators Tabel 5.3 prints, in order")
  void exactIndicatorSets() {
    assertEquals(List.of(SocialIndicator.LIKE, SocialIndicator.SHARE, SocialIndicator.COMMENT, SocialIndicator.VIEW),
        InstagramMetrics.of(1, 2, 3, 4).indicators());
    assertEquals(List.of(SocialIndicator.LIKE, SocialIndicator.SHARE, SocialIndicator.COMMENT),
        FacebookMetrics.of(1, 2, 3).indicators());
    assertEquals(List.of(SocialIndicator.LIKE, SocialIndicator.RETWEET, SocialIndicator.COMMENT, SocialIndicator.SHARE),
        TwitterMetrics.of(1, 2, 3, 4).indicators());
    assertEquals(List.of(SocialIndicator.LIKE, SocialIndicator.COMMENT), YouTubeMetrics.of(1, 2).indicators());
    assertEquals(List.of(SocialIndicator.LIKE, SocialIndicator.COMMENT, SocialIndicator.SHARE),
        TikTokMetrics.of(1, 2, 3).indicators());
    assertEquals(List.of("SOCIAL-IG", "SOCIAL-FB", "SOCIAL-TW", "SOCIAL-YT", "SOCIAL-TT"), List.of(
        InstagramMetrics.of(0, 0, 0, 0).ruleId(), FacebookMetrics.of(0, 0, 0).ruleId(),
        TwitterMetrics.of(0, 0, 0, 0).ruleId(),
        YouTubeMetrics.of(0, 0).ruleId(), TikTokMetrics.of(0, 0, 0).ruleId()));
    assertTrue(FacebookMetrics.of(5, 1, 2).count(SocialIndicator.VIEW).isEmpty(), "Facebook has no View");
    assertTrue(YouTubeMetrics.of(5, 1).count(SocialIndicator.SHARE).isEmpty(), "YouTube has no Share");
    assertEquals(4L, TwitterMetrics.of(1, 2, 3, 4).count(SocialIndicator.SHARE).orElseThrow());
    assertEquals("{LIKE=1, RETWEET=2, COMMENT=3, SHARE=4}", TwitterMetrics.of(1, 2, 3, 4).counts().toString());
    assertTrue(SocialMetrics.indicatorsOf(Platform.LINE).isEmpty(), "Tabel 5.3 has no row for Line");
    assertEquals(MeasurementLevel.OUTPUT, SocialIndicator.VIEW.level());
    assertEquals(MeasurementLevel.OUTTAKES, SocialIndicator.RETWEET.level());
  }

  static SocialContent.Builder post() {
    return SocialContent.builder().kim(KIM).title("Jadwal vaksinasi").format(ContentType.INFOGRAPHIC)
        .account(KimMedium.of(Platform.INSTAGRAM, "@kim.gumbrih")).metrics(InstagramMetrics.of(120, 4, 9, 800))
        .publishedOn(MAR_3);
  }

  @Test
  @DisplayName(
      "SOCIAL-HEAD-0, SOCIAL-COL-1..5: the account (SOCIAL-COL-3) must be on the indicators' platform (SOCIAL-COL-4)")
  void socialRow() {
    assertTrue(violations(post().build()).isEmpty());
    Seq<FieldViolation> v = violations(post().account(KimMedium.of(Platform.FACEBOOK, "KIM Gumbrih")).build());
    assertEquals("kim.social.platformMismatch", v.head().messageKey());
    assertEquals("kim.count.negative",
        violations(post().metrics(InstagramMetrics.of(-1, 0, 0, 0)).build()).head().messageKey());
    assertEquals("SOCIAL-COL-1", violations(post().title(" ").build()).head().ruleId().orElse("-"));
  }

  @Test
  @DisplayName("MEASURE-3 surveys: positive answers within respondents, baseline before follow-up")
  void surveys() {
    SurveyResult ok = SurveyResult.builder().title("Tahu jadwal vaksinasi").kind(OutcomeKind.AWARENESS)
        .before(SurveyRound.of(50, 20, MAR_3)).after(SurveyRound.of(40, 30, MAR_3.plusDays(20))).build();
    assertTrue(violations(ok).isEmpty());
    assertEquals("kim.survey.positiveExceedsRespondents",
        violations(SurveyRound.of(10, 11, MAR_3)).head().messageKey());
    assertEquals("kim.survey.baselineAfterFollowUp",
        violations(SurveyResult.builder().from(ok).before(SurveyRound.of(5, 1, MAR_3.plusDays(30))).build()).head()
            .messageKey());
  }

  @Test
  @DisplayName("A monitoring record holds rows of its own KIM only; messages exist in id and en")
  void recordIsAboutOneKim() {
    MonitoringRecord r = MonitoringRecord.builder().kim(KIM).addLog(entry().kim(KimRef.of("KIM Lain")).build()).build();
    FieldViolation v = violations(r).head();
    assertEquals("kim.monitoring.otherKim", v.messageKey());
    assertFalse(v.message(Lang.ID).startsWith("["));
    assertFalse(v.message(Lang.EN).startsWith("["));
    assertTrue(violations(MonitoringRecord.builder().kim(KIM).addLog(entry().build()).addSocialContent(post().build())
        .build()).isEmpty());
  }

  @Test
  @DisplayName("GAP-41: one date per activity counts per date; a summary row counts on its last date")
  void countInPeriod() {
    Period march1to10 = Period.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 10));
    DisseminationLogEntry perDate = entry().count(3).dates(List.of(LocalDate.of(2026, 3, 12), MAR_3, MAR_3)).build();
    assertEquals(List.of(MAR_3, MAR_3, LocalDate.of(2026, 3, 12)), perDate.dates(), "dates are kept ascending");
    assertEquals(2, perDate.countIn(march1to10));
    DisseminationLogEntry summary = entry().count(5).dates(List.of(MAR_3, LocalDate.of(2026, 3, 12))).build();
    assertEquals(0, summary.countIn(march1to10));
    assertEquals(
        5, summary.countIn(Period.of(LocalDate.of(2026, 3, 11), LocalDate.of(2026, 3, 31))));
  }

  @Test
  @DisplayName(
      "MONITOR-COL-1: the activity is described in words, with its channel (MEDIA-1..7) and content types; blank notes "
          + "are rejected")
  void activityColumn() {
    Seq<FieldViolation> v = violations(entry().activity("  ").build());
    assertEquals("MONITOR-COL-1", v.head().ruleId().orElse("-"));
    assertEquals("kim.text.blank", v.head().messageKey());
    assertTrue(violations(entry().addContentTypes(ContentType.INFOGRAPHIC, ContentType.VIDEO).build()).isEmpty());
    Seq<FieldViolation> note = violations(entry().format(DisseminationFormat.OTHER).formatNote(" ").build());
    assertEquals("MONITOR-COL-2", note.head().ruleId().orElse("-"));
  }

  @Test
  @DisplayName(
      "SOCIAL-COL-2 format and SOCIAL-COL-5 publication date are recorded as given; an optional post link must be "
          + "http(s)")
  void socialFormatAndDate() {
    SocialContent c = post().format(ContentType.VIDEO).publishedOn(LocalDate.of(2026, 3, 9)).build();
    assertEquals(ContentType.VIDEO, c.format());
    assertEquals(LocalDate.of(2026, 3, 9), c.publishedOn());
    assertEquals(Platform.INSTAGRAM, c.platform());
    assertEquals("kim.url.invalid", violations(post().link("www.instagram.com/p/1").build()).head().messageKey());
  }

  @Test
  @DisplayName(
      "MONITOR-COL-2..4, SOCIAL-COL-3/4, MEASURE-3 survey checks: every new message key renders in Indonesian and "
          + "English")
  void newMessageKeys() {
    for (String key : List.of("kim.monitoring.datesCount", "kim.monitoring.formatUndescribed",
        "kim.monitoring.actionChannel",
        "kim.monitoring.otherKim", "kim.social.platformMismatch", "kim.survey.positiveExceedsRespondents",
        "kim.survey.baselineAfterFollowUp")) {
      FieldViolation v = FieldViolation.builder().path("x").constraint("AssertTrue").messageKey(key).rejectedValue("-")
          .build();
      assertFalse(v.message(Lang.ID).startsWith("["), key);
      assertFalse(v.message(Lang.EN).startsWith("["), key);
      assertFalse(v.message(Lang.ID).equals(v.message(Lang.EN)), key);
    }
  }
}
