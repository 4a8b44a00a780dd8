package id.kim.json;

import id.kim.core.agency.Dinas;
import id.kim.core.agency.DinasLevel;
import id.kim.core.agency.Officer;
import id.kim.core.assessment.AssessedCriterion;
import id.kim.core.assessment.Assessment;
import id.kim.core.assessment.AssessmentResult;
import id.kim.core.community.CommunityNumber;
import id.kim.core.community.Frequency;
import id.kim.core.community.FrequencyPeriod;
import id.kim.core.community.GovernmentAffair;
import id.kim.core.community.KimProfile;
import id.kim.core.community.KimRecord;
import id.kim.core.community.KimRef;
import id.kim.core.community.KimType;
import id.kim.core.community.KnownAbsence;
import id.kim.core.community.LegacyStakeholderCategory;
import id.kim.core.community.PartnershipPeriod;
import id.kim.core.community.ProfileIssue;
import id.kim.core.community.TargetAudience;
import id.kim.core.contact.ContactPerson;
import id.kim.core.contact.ContactRole;
import id.kim.core.contact.EmailAddress;
import id.kim.core.contact.PersonName;
import id.kim.core.contact.PhoneNumber;
import id.kim.core.document.AdministrativeDeclaration;
import id.kim.core.document.DissolutionNotice;
import id.kim.core.document.DocumentRef;
import id.kim.core.document.IssuerTitle;
import id.kim.core.document.VillageDecree;
import id.kim.core.i18n.Lang;
import id.kim.core.media.ContentType;
import id.kim.core.media.KimMedium;
import id.kim.core.media.MediaChannel;
import id.kim.core.media.MediaKind;
import id.kim.core.media.Platform;
import id.kim.core.metric.ReachMetric;
import id.kim.core.metric.ReachObservation;
import id.kim.core.metric.ResponseMetric;
import id.kim.core.metric.ResponseObservation;
import id.kim.core.monitoring.AudienceTally;
import id.kim.core.monitoring.DisseminationActionKind;
import id.kim.core.monitoring.DisseminationFormat;
import id.kim.core.monitoring.DisseminationLogEntry;
import id.kim.core.monitoring.DisseminationMode;
import id.kim.core.monitoring.FacebookMetrics;
import id.kim.core.monitoring.InstagramMetrics;
import id.kim.core.monitoring.MaterialOrigin;
import id.kim.core.monitoring.MeasurementLevel;
import id.kim.core.monitoring.MonitoringRecord;
import id.kim.core.monitoring.OutcomeKind;
import id.kim.core.monitoring.SocialContent;
import id.kim.core.monitoring.SocialIndicator;
import id.kim.core.monitoring.SocialMetrics;
import id.kim.core.monitoring.SurveyResult;
import id.kim.core.monitoring.SurveyRound;
import id.kim.core.monitoring.TallyKind;
import id.kim.core.monitoring.TikTokMetrics;
import id.kim.core.monitoring.TwitterMetrics;
import id.kim.core.monitoring.YouTubeMetrics;
import id.kim.core.organisation.Acknowledgement;
import id.kim.core.organisation.Affiliation;
import id.kim.core.organisation.AffiliationKind;
import id.kim.core.organisation.AffiliationSubject;
import id.kim.core.organisation.Board;
import id.kim.core.organisation.BoardMember;
import id.kim.core.organisation.BoardRole;
import id.kim.core.organisation.CivilServantScope;
import id.kim.core.organisation.Member;
import id.kim.core.region.Address;
import id.kim.core.region.District;
import id.kim.core.region.Province;
import id.kim.core.region.RegencyCity;
import id.kim.core.region.RegencyCityKind;
import id.kim.core.region.RegionCode;
import id.kim.core.region.RegionLevel;
import id.kim.core.region.RtRw;
import id.kim.core.region.SeatLevel;
import id.kim.core.region.SecretariatKind;
import id.kim.core.region.Village;
import id.kim.core.region.VillageKind;
import id.kim.core.time.Period;
import id.kim.core.validation.FieldViolation;
import id.kim.json.core.AbsenceCodecs;
import id.kim.json.core.AgencyCodecs;
import id.kim.json.core.ContactCodecs;
import id.kim.json.core.DocumentCodecs;
import id.kim.json.core.KimProfileCodec;
import id.kim.json.core.MediaCodecs;
import id.kim.json.core.MonitoringCodecs;
import id.kim.json.core.OrganisationCodecs;
import id.kim.json.core.ProfileCodecs;
import id.kim.json.core.RecordCodecs;
import id.kim.json.core.RegionCodecs;
import id.kim.json.core.SocialMetricsCodecs;
import id.kim.json.core.ValidationCodecs;
import java.util.List;
import java.util.Map;

/** The kim-core half of the contract: every public value and enum of kim-core, monitoring included (juknis V). */
final class CoreTypes {
  private CoreTypes() {}

  static void register(Map<Class<?>, Codec<?>> m) {
    Catalog.put(m, Province.class, RegionCodecs.PROVINCE);
    Catalog.put(m, RegencyCity.class, RegionCodecs.REGENCY_CITY);
    Catalog.put(m, District.class, RegionCodecs.DISTRICT);
    Catalog.put(m, Village.class, RegionCodecs.VILLAGE);
    Catalog.put(m, RegionCode.class, RegionCodecs.CODE);
    Catalog.put(m, RtRw.class, RegionCodecs.RT_RW);
    Catalog.put(m, Address.class, RegionCodecs.ADDRESS);
    Catalog.put(m, PersonName.class, ContactCodecs.PERSON_NAME);
    Catalog.put(m, PhoneNumber.class, ContactCodecs.PHONE);
    Catalog.put(m, EmailAddress.class, ContactCodecs.EMAIL);
    Catalog.put(m, DocumentRef.class, ContactCodecs.DOCUMENT);
    Catalog.put(m, ContactPerson.class, ContactCodecs.CONTACT_PERSON);
    Catalog.put(m, Period.class, ContactCodecs.PERIOD);
    Catalog.put(m, Dinas.class, AgencyCodecs.DINAS);
    Catalog.put(m, Officer.class, AgencyCodecs.OFFICER);
    Catalog.put(m, KimMedium.class, MediaCodecs.MEDIUM);
    Catalog.put(m, ReachObservation.class, MediaCodecs.REACH);
    Catalog.put(m, ResponseObservation.class, MediaCodecs.RESPONSE);
    Catalog.put(m, CommunityNumber.class, ProfileCodecs.COMMUNITY_NUMBER);
    Catalog.put(m, Frequency.class, ProfileCodecs.FREQUENCY);
    Catalog.put(m, PartnershipPeriod.class, ProfileCodecs.PARTNERSHIP_PERIOD);
    Catalog.put(m, ProfileIssue.class, ProfileCodecs.ISSUE);
    Catalog.put(m, TargetAudience.class, ProfileCodecs.AUDIENCE);
    Catalog.put(m, KimProfile.class, KimProfileCodec.PROFILE);
    Catalog.put(m, KnownAbsence.class, AbsenceCodecs.ANY_FACT);
    Catalog.put(m, VillageDecree.class, DocumentCodecs.DECREE);
    Catalog.put(m, AdministrativeDeclaration.class, DocumentCodecs.DECLARATION);
    Catalog.put(m, DissolutionNotice.class, DocumentCodecs.DISSOLUTION);
    Catalog.put(m, Acknowledgement.class, OrganisationCodecs.ACKNOWLEDGEMENT);
    Catalog.put(m, BoardMember.class, OrganisationCodecs.BOARD_MEMBER);
    Catalog.put(m, Board.class, OrganisationCodecs.BOARD);
    Catalog.put(m, Member.class, OrganisationCodecs.MEMBER);
    Catalog.put(m, Affiliation.class, OrganisationCodecs.AFFILIATION);
    Catalog.put(m, Assessment.class, RecordCodecs.ASSESSMENT);
    Catalog.put(m, KimRecord.class, RecordCodecs.RECORD);
    Catalog.put(m, FieldViolation.class, ValidationCodecs.VIOLATION);
    Catalog.put(m, KimRef.class, ProfileCodecs.KIM_REF);
    Catalog.put(m, InstagramMetrics.class, SocialMetricsCodecs.INSTAGRAM);
    Catalog.put(m, FacebookMetrics.class, SocialMetricsCodecs.FACEBOOK);
    Catalog.put(m, TwitterMetrics.class, SocialMetricsCodecs.TWITTER);
    Catalog.put(m, YouTubeMetrics.class, SocialMetricsCodecs.YOUTUBE);
    Catalog.put(m, TikTokMetrics.class, SocialMetricsCodecs.TIKTOK);
    Catalog.put(m, SocialMetrics.class, SocialMetricsCodecs.METRICS);
    Catalog.put(m, DisseminationLogEntry.class, MonitoringCodecs.LOG_ENTRY);
    Catalog.put(m, SocialContent.class, MonitoringCodecs.SOCIAL_CONTENT);
    Catalog.put(m, AudienceTally.class, MonitoringCodecs.TALLY);
    Catalog.put(m, SurveyRound.class, MonitoringCodecs.SURVEY_ROUND);
    Catalog.put(m, SurveyResult.class, MonitoringCodecs.SURVEY);
    Catalog.put(m, MonitoringRecord.class, MonitoringCodecs.RECORD);
    for (Class<? extends Enum<?>> e : List.<Class<? extends Enum<?>>>of(
        DinasLevel.class, AssessedCriterion.class, AssessmentResult.class, FrequencyPeriod.class,
        GovernmentAffair.class,
        GovernmentAffair.Category.class, KimType.class, LegacyStakeholderCategory.class, ContactRole.class,
        IssuerTitle.class,
        AffiliationKind.class, AffiliationSubject.class, BoardRole.class, ContentType.class, MediaChannel.class,
        MediaKind.class,
        Platform.class, ReachMetric.class, ResponseMetric.class, RegencyCityKind.class, SecretariatKind.class,
        VillageKind.class,
        Lang.class, DisseminationActionKind.class, DisseminationFormat.class, DisseminationMode.class,
        MaterialOrigin.class,
        MeasurementLevel.class, OutcomeKind.class, SocialIndicator.class, TallyKind.class, CivilServantScope.class,
        SeatLevel.class, RegionLevel.class)) {
      Catalog.putEnum(m, e);
    }
  }
}
