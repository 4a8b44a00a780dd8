package id.kim.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.kim.core.community.CommunityNumber;
import id.kim.core.community.KimProfile;
import id.kim.core.community.KimRecord;
import id.kim.core.community.KimRef;
import id.kim.core.community.TargetAudience;
import id.kim.core.contact.PhoneNumber;
import id.kim.core.metric.ReachMetric;
import id.kim.core.metric.ReachObservation;
import id.kim.core.media.KimMedium;
import id.kim.core.media.Platform;
import id.kim.core.monitoring.MonitoringRecord;
import id.kim.core.monitoring.OutcomeKind;
import id.kim.core.monitoring.SurveyResult;
import id.kim.core.monitoring.SurveyRound;
import id.kim.core.region.District;
import id.kim.core.region.Province;
import id.kim.core.region.RegencyCity;
import id.kim.core.region.RegencyCityKind;
import id.kim.core.region.Village;
import id.kim.core.region.VillageKind;
import jakarta.validation.ConstraintViolation;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The rule a violation cites is found by walking its path from the validated type through accessors,
 * optionals and collections; the outermost attribute that names a rule wins. The walk is tested
 * uncached, on the paths Hibernate Validator reports.
 */
class RuleLookupTest {
  private static final KimValidator KIM = KimValidator.standard();
  private static final LocalDate ON = LocalDate.of(2026, 3, 1);
  private static final RegencyCity JEMBRANA =
      RegencyCity.of("Jembrana", RegencyCityKind.KABUPATEN, Province.of("Bali"));

  /** @return "path rule" of the value's only violation, by the uncached walk and by the cached lookup */
  private static String walked(Object value) {
    ConstraintViolation<Object> v = KIM.engineViolations(value).iterator().next();
    Optional<String> walked = RuleLookup.walk(v.getRootBeanClass(), v.getPropertyPath());
    assertEquals(walked, RuleLookup.ruleFor(v.getRootBeanClass(), v.getPropertyPath()));
    return KimValidator.pathOf(v.getPropertyPath()) + " " + walked.orElse("-");
  }

  @Test
  @DisplayName("PROFILE-i: through the record's profile (no rule of its own) to the WhatsApp number")
  void throughAnAccessor() {
    KimProfile landline = KimProfile.builder().name("KIM Gumbrih").whatsapp(PhoneNumber.of("(0361) 000000")).build();
    assertEquals("profile.whatsapp PROFILE-i", walked(KimRecord.builder().profile(landline).build()));
  }

  @Test
  @DisplayName("PARTNER-LEGAL-2 through an optional; PROFILE-c on the profile, the outermost attribute, wins")
  void throughAnOptional() {
    CommunityNumber nik = CommunityNumber.of("5101012345678901", JEMBRANA);
    assertEquals("communityNumber.value PARTNER-LEGAL-2", walked(KimRef.of("KIM Gumbrih", nik)));
    assertEquals("communityNumber.value PROFILE-c",
        walked(KimProfile.builder().name("KIM Gumbrih").communityNumber(nik).build()));
  }

  @Test
  @DisplayName("PROFILE-s and MEASURE-3 through a list, and a list then an optional, of a monitoring record")
  void throughCollections() {
    KimMedium instagram = KimMedium.of(Platform.INSTAGRAM, "@kim.gumbrih");
    MonitoringRecord reach = MonitoringRecord.builder().kim(KimRef.of("KIM Gumbrih"))
        .addReach(ReachObservation.of(instagram, ReachMetric.FOLLOWERS, 1L << 31, ON)).build();
    assertEquals("reach[0].value PROFILE-s", walked(reach));
    SurveyResult survey = SurveyResult.builder().title("Tahu jadwal vaksinasi").kind(OutcomeKind.AWARENESS)
        .before(SurveyRound.of(2_000_000, 0, ON)).after(SurveyRound.of(10, 5, ON.plusDays(30))).build();
    MonitoringRecord surveys = MonitoringRecord.builder().kim(KimRef.of("KIM Gumbrih")).addSurveys(survey).build();
    assertEquals("surveys[0].before.respondents MEASURE-3", walked(surveys));
  }

  @Test
  @DisplayName("no rule where no attribute on the path names one: a blank village name of the target audience")
  void noRule() {
    Village blank = Village.of(" ", VillageKind.DESA, District.of("Pekutatan"));
    assertEquals("villages[].name -", walked(TargetAudience.builder().addVillages(blank).build()));
  }
}
