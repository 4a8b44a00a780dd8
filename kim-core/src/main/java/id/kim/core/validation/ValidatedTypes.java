package id.kim.core.validation;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Every value type of kim-core as Hibernate Validator meets it at run time — the {@code ImmutableX}
 * classes that Immutables generates for each {@code @Value.Immutable} type. {@link KimValidator}
 * prepares their constraint metadata once, at start-up, for a predefined-scope validator, which
 * then looks metadata up in a plain map instead of a concurrent reference cache (about a quarter
 * less time per record). A value of any other class is validated as before.
 * {@code ValidatedTypesTest} checks that the list names every generated class of kim-core.
 */
final class ValidatedTypes {
  /** Fully qualified names, by package. */
  static final String[] NAMES = {
      "id.kim.core.agency.ImmutableDinas",
      "id.kim.core.agency.ImmutableOfficer",
      "id.kim.core.assessment.ImmutableAssessment",
      "id.kim.core.community.ImmutableCommunityNumber",
      "id.kim.core.community.ImmutableFrequency",
      "id.kim.core.community.ImmutableKimProfile",
      "id.kim.core.community.ImmutableKimRecord",
      "id.kim.core.community.ImmutableKimRef",
      "id.kim.core.community.ImmutablePartnershipPeriod",
      "id.kim.core.community.ImmutableProfileIssue",
      "id.kim.core.community.ImmutableTargetAudience",
      "id.kim.core.contact.ImmutableContactPerson",
      "id.kim.core.contact.ImmutableEmailAddress",
      "id.kim.core.contact.ImmutablePersonName",
      "id.kim.core.contact.ImmutablePhoneNumber",
      "id.kim.core.document.ImmutableAdministrativeDeclaration",
      "id.kim.core.document.ImmutableDissolutionNotice",
      "id.kim.core.document.ImmutableDocumentRef",
      "id.kim.core.document.ImmutableVillageDecree",
      "id.kim.core.media.ImmutableKimMedium",
      "id.kim.core.metric.ImmutableReachObservation",
      "id.kim.core.metric.ImmutableResponseObservation",
      "id.kim.core.monitoring.ImmutableAudienceTally",
      "id.kim.core.monitoring.ImmutableDisseminationLogEntry",
      "id.kim.core.monitoring.ImmutableFacebookMetrics",
      "id.kim.core.monitoring.ImmutableInstagramMetrics",
      "id.kim.core.monitoring.ImmutableMonitoringRecord",
      "id.kim.core.monitoring.ImmutableSocialContent",
      "id.kim.core.monitoring.ImmutableSurveyResult",
      "id.kim.core.monitoring.ImmutableSurveyRound",
      "id.kim.core.monitoring.ImmutableTikTokMetrics",
      "id.kim.core.monitoring.ImmutableTwitterMetrics",
      "id.kim.core.monitoring.ImmutableYouTubeMetrics",
      "id.kim.core.organisation.ImmutableAcknowledgement",
      "id.kim.core.organisation.ImmutableAffiliation",
      "id.kim.core.organisation.ImmutableBoard",
      "id.kim.core.organisation.ImmutableBoardMember",
      "id.kim.core.organisation.ImmutableMember",
      "id.kim.core.region.ImmutableAddress",
      "id.kim.core.region.ImmutableDistrict",
      "id.kim.core.region.ImmutableProvince",
      "id.kim.core.region.ImmutableRegencyCity",
      "id.kim.core.region.ImmutableRtRw",
      "id.kim.core.region.ImmutableVillage",
      "id.kim.core.time.ImmutablePeriod",
      "id.kim.core.validation.ImmutableFieldViolation"
  };

  private ValidatedTypes() {}

  /** @return the classes of {@link #NAMES} */
  static Set<Class<?>> classes() {
    Set<Class<?>> out = new LinkedHashSet<>();
    for (String name : NAMES) {
      try {
        out.add(Class.forName(name, false, ValidatedTypes.class.getClassLoader()));
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException("kim-core value class missing: " + name, e);
      }
    }
    return Set.copyOf(out);
  }
}
