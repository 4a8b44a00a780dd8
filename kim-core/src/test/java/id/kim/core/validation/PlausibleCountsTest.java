package id.kim.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import id.kim.core.community.Frequency;
import id.kim.core.community.FrequencyPeriod;
import id.kim.core.community.KimProfile;
import id.kim.core.i18n.Lang;
import id.kim.core.media.KimMedium;
import id.kim.core.media.Platform;
import id.kim.core.metric.ReachMetric;
import id.kim.core.metric.ReachObservation;
import id.kim.core.metric.ResponseMetric;
import id.kim.core.metric.ResponseObservation;
import id.kim.core.monitoring.AudienceTally;
import id.kim.core.monitoring.InstagramMetrics;
import id.kim.core.monitoring.SurveyRound;
import id.kim.core.monitoring.TallyKind;
import io.vavr.collection.Seq;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every count of the contract has a documented plausible range (docs/validation.md): a figure beyond
 * it — 2<sup>31</sup> followers, 2<sup>32</sup> likes — is refused with its field and rule, never decided on.
 */
class PlausibleCountsTest {
  private static final KimMedium INSTAGRAM = KimMedium.of(Platform.INSTAGRAM, "@kim.gumbrih");
  private static final LocalDate ON = LocalDate.of(2026, 3, 1);
  private static final KimValidator VALIDATOR = KimValidator.standard();

  private static String found(Object value) {
    Seq<FieldViolation> v = VALIDATOR.validate(value).fold(e -> e, ok -> io.vavr.collection.List.empty());
    return v.map(f -> f.path() + " " + f.messageKey() + " " + f.ruleId().orElse("-")).mkString("|");
  }

  @Test
  @DisplayName("PROFILE-s: 2^31 Instagram followers of a village group are refused on reach[0].value, citing PROFILE-s")
  void followersOfTwoToThe31() {
    KimProfile p = KimProfile.builder().name("KIM Gumbrih")
        .addReach(ReachObservation.of(INSTAGRAM, ReachMetric.FOLLOWERS, 1L << 31, ON)).build();
    assertEquals("reach[0].value kim.count.tooLarge PROFILE-s", found(p));
    FieldViolation v = VALIDATOR.validate(p).getError().head();
    assertEquals("100000000", v.attributes().get("value"));
    assertTrue(v.describe(Lang.EN).contains("at most 100000000"), v.describe(Lang.EN));
  }

  @Test
  @DisplayName("each bound is accepted and one more is refused, with the field's rule")
  void bounds() {
    assertEquals("", found(ReachObservation.of(INSTAGRAM, ReachMetric.FOLLOWERS, PlausibleCounts.REACH, ON)));
    assertEquals("value kim.count.tooLarge PROFILE-s",
        found(ReachObservation.of(INSTAGRAM, ReachMetric.FOLLOWERS, PlausibleCounts.REACH + 1, ON)));
    assertEquals("value kim.count.tooLarge PROFILE-t",
        found(ResponseObservation.of(INSTAGRAM, ResponseMetric.LIKES, PlausibleCounts.RESPONSES + 1, ON)));
    assertEquals("views kim.count.tooLarge SOCIAL-COL-4",
        found(InstagramMetrics.of(0, 0, 0, PlausibleCounts.POST_INDICATOR + 1)));
    assertEquals("count kim.count.tooLarge GAP-44",
        found(AudienceTally.of(TallyKind.ATTENDANCE, PlausibleCounts.AUDIENCE_TALLY + 1, ON)));
    assertEquals("", found(SurveyRound.of(PlausibleCounts.SURVEY_RESPONDENTS, 0, ON)));
    assertEquals("respondents kim.count.tooLarge MEASURE-3",
        found(SurveyRound.of(PlausibleCounts.SURVEY_RESPONDENTS + 1, 0, ON)));
    assertEquals("count kim.count.tooLarge PROFILE-p",
        found(Frequency.of((int) PlausibleCounts.DISSEMINATIONS_PER_PERIOD + 1, FrequencyPeriod.WEEKLY)));
  }

  @Test
  @DisplayName("property: a follower or like count is valid exactly when it lies in [0, bound]")
  void validExactlyInRange() {
    qt().forAll(longs().between(-10, 3_000_000_000L)).checkAssert(n -> {
      boolean reachValid = found(ReachObservation.of(INSTAGRAM, ReachMetric.FOLLOWERS, n, ON)).isEmpty();
      boolean likesValid = found(ResponseObservation.of(INSTAGRAM, ResponseMetric.LIKES, n, ON)).isEmpty();
      assertEquals(n >= 0 && n <= PlausibleCounts.REACH, reachValid, "followers " + n);
      assertEquals(n >= 0 && n <= PlausibleCounts.RESPONSES, likesValid, "likes " + n);
    });
    for (long n : List.of(1L << 31, 1L << 32)) {
      assertTrue(!found(ReachObservation.of(INSTAGRAM, ReachMetric.FOLLOWERS, n, ON)).isEmpty(), "2^31, 2^32");
    }
  }
}
