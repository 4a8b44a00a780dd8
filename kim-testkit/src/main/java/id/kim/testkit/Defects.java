package id.kim.testkit;

import id.kim.core.agency.Dinas;
import id.kim.core.agency.Officer;
import id.kim.core.assessment.Assessment;
import id.kim.core.community.CommunityNumber;
import id.kim.core.community.Frequency;
import id.kim.core.community.KimProfile;
import id.kim.core.community.KimRecord;
import id.kim.core.community.KimRef;
import id.kim.core.community.PartnershipPeriod;
import id.kim.core.community.ProfileIssue;
import id.kim.core.community.TargetAudience;
import id.kim.core.contact.ContactPerson;
import id.kim.core.contact.EmailAddress;
import id.kim.core.contact.PersonName;
import id.kim.core.contact.PhoneNumber;
import id.kim.core.document.AdministrativeDeclaration;
import id.kim.core.document.DissolutionNotice;
import id.kim.core.document.DocumentRef;
import id.kim.core.document.VillageDecree;
import id.kim.core.media.KimMedium;
import id.kim.core.metric.ReachObservation;
import id.kim.core.metric.ResponseObservation;
import id.kim.core.monitoring.AudienceTally;
import id.kim.core.monitoring.DisseminationLogEntry;
import id.kim.core.monitoring.FacebookMetrics;
import id.kim.core.monitoring.InstagramMetrics;
import id.kim.core.monitoring.MonitoringRecord;
import id.kim.core.monitoring.SocialContent;
import id.kim.core.monitoring.SurveyResult;
import id.kim.core.monitoring.SurveyRound;
import id.kim.core.monitoring.TikTokMetrics;
import id.kim.core.monitoring.TwitterMetrics;
import id.kim.core.monitoring.YouTubeMetrics;
import id.kim.core.organisation.Acknowledgement;
import id.kim.core.organisation.Affiliation;
import id.kim.core.organisation.Board;
import id.kim.core.organisation.BoardMember;
import id.kim.core.organisation.Member;
import id.kim.core.region.Address;
import id.kim.core.region.District;
import id.kim.core.region.Province;
import id.kim.core.region.RegencyCity;
import id.kim.core.region.RtRw;
import id.kim.core.region.Village;
import id.kim.core.time.Period;
import java.util.List;

/**
 * The catalogue of single defects: for each kim-core type, one {@link Defect} per constraint it
 * carries (blank or too-long text, malformed phone, a landline as WhatsApp number, bad RT/RW,
 * community numbers of bad shape or in the 16-digit shape of a population NIK, periods and decrees
 * with dates out of order, negative counts, bad e-mails and URLs, inconsistent village kind, Dinas
 * scope or affiliation holder; monitoring rows with a bad proof link, dates that do not fit the count,
 * an action on another channel, a post whose account is on another platform than its indicators,
 * surveys with more positive answers than respondents or a late baseline, rows naming another KIM …),
 * and the same defects lifted into every place they can occur in a {@link KimProfile}, a
 * {@link KimRecord} and a {@link MonitoringRecord}. Every defective value is otherwise valid, so
 * validation must report exactly the defect's finding.
 */
public final class Defects {
  private static final List<Defect<KimProfile>> PROFILE = ProfileDefects.profile();
  private static final List<Defect<KimRecord>> RECORD = RecordDefects.record();
  private static final List<Defect<MonitoringRecord>> MONITORING_RECORD = MonitoringRecordDefects.monitoringRecord();

  private Defects() {}

  /**
   * @param defects some defects of one type, not empty
   * @param <T> the type
   * @return a sampler that picks one defect, then a value carrying it
   */
  public static <T> Sampler<Defective<T>> anyOf(List<Defect<T>> defects) {
    List<Defect<T>> copy = List.copyOf(defects);
    return d -> d.pick(copy).defective().sample(d);
  }

  /** @return every defect of a Tabel 3.1 profile, field by field (PROFILE-a..t) */
  public static List<Defect<KimProfile>> profile() {
    return PROFILE;
  }

  /**
   * @return every defect of a whole record: its profile, decree, board, members, declaration, affiliations, assessments
   */
  public static List<Defect<KimRecord>> record() {
    return RECORD;
  }

  /**
   * @return every defect of a year of monitoring: its KIM, log rows, social-media rows, follower counts, tallies and
   * surveys
   */
  public static List<Defect<MonitoringRecord>> monitoringRecord() {
    return MONITORING_RECORD;
  }

  /** @return defects of {@link PersonName} */
  public static List<Defect<PersonName>> personName() {
    return ContactDefects.personName();
  }

  /** @return defects of {@link PhoneNumber} */
  public static List<Defect<PhoneNumber>> phoneNumber() {
    return ContactDefects.phoneNumber();
  }

  /** @return defects of {@link EmailAddress} */
  public static List<Defect<EmailAddress>> emailAddress() {
    return ContactDefects.emailAddress();
  }

  /** @return defects of {@link ContactPerson} */
  public static List<Defect<ContactPerson>> contactPerson() {
    return ContactDefects.contactPerson();
  }

  /** @return defects of {@link Province} */
  public static List<Defect<Province>> province() {
    return RegionDefects.province();
  }

  /** @return defects of {@link RegencyCity} */
  public static List<Defect<RegencyCity>> regencyCity() {
    return RegionDefects.regencyCity();
  }

  /** @return defects of {@link District} */
  public static List<Defect<District>> district() {
    return RegionDefects.district();
  }

  /** @return defects of {@link Village} */
  public static List<Defect<Village>> village() {
    return RegionDefects.village();
  }

  /** @return defects of {@link RtRw} */
  public static List<Defect<RtRw>> rtRw() {
    return RegionDefects.rtRw();
  }

  /** @return defects of {@link Address} */
  public static List<Defect<Address>> address() {
    return RegionDefects.address();
  }

  /** @return defects of {@link Dinas} */
  public static List<Defect<Dinas>> dinas() {
    return AgencyDefects.dinas();
  }

  /** @return defects of {@link Officer} */
  public static List<Defect<Officer>> officer() {
    return AgencyDefects.officer();
  }

  /** @return defects of {@link CommunityNumber} */
  public static List<Defect<CommunityNumber>> communityNumber() {
    return CommunityDefects.communityNumber();
  }

  /** @return defects of {@link Frequency} */
  public static List<Defect<Frequency>> frequency() {
    return CommunityDefects.frequency();
  }

  /** @return defects of {@link Period} */
  public static List<Defect<Period>> period() {
    return CommunityDefects.period();
  }

  /** @return defects of {@link PartnershipPeriod} */
  public static List<Defect<PartnershipPeriod>> partnershipPeriod() {
    return CommunityDefects.partnershipPeriod();
  }

  /** @return defects of {@link ProfileIssue} */
  public static List<Defect<ProfileIssue>> profileIssue() {
    return CommunityDefects.profileIssue();
  }

  /** @return defects of {@link TargetAudience} */
  public static List<Defect<TargetAudience>> targetAudience() {
    return CommunityDefects.targetAudience();
  }

  /** @return defects of {@link DocumentRef} */
  public static List<Defect<DocumentRef>> documentRef() {
    return DocumentDefects.documentRef();
  }

  /** @return defects of {@link VillageDecree} */
  public static List<Defect<VillageDecree>> villageDecree() {
    return DocumentDefects.villageDecree();
  }

  /** @return defects of {@link AdministrativeDeclaration} */
  public static List<Defect<AdministrativeDeclaration>> declaration() {
    return DocumentDefects.declaration();
  }

  /** @return defects of {@link BoardMember} */
  public static List<Defect<BoardMember>> boardMember() {
    return OrganisationDefects.boardMember();
  }

  /** @return defects of {@link Acknowledgement} */
  public static List<Defect<Acknowledgement>> acknowledgement() {
    return OrganisationDefects.acknowledgement();
  }

  /** @return defects of {@link Board} */
  public static List<Defect<Board>> board() {
    return OrganisationDefects.board();
  }

  /** @return defects of {@link Member} */
  public static List<Defect<Member>> member() {
    return OrganisationDefects.member();
  }

  /** @return defects of {@link Affiliation} */
  public static List<Defect<Affiliation>> affiliation() {
    return OrganisationDefects.affiliation();
  }

  /** @return defects of {@link KimMedium} */
  public static List<Defect<KimMedium>> medium() {
    return MediaDefects.medium();
  }

  /** @return defects of {@link ReachObservation} */
  public static List<Defect<ReachObservation>> reachObservation() {
    return MediaDefects.reachObservation();
  }

  /** @return defects of {@link ResponseObservation} */
  public static List<Defect<ResponseObservation>> responseObservation() {
    return MediaDefects.responseObservation();
  }

  /** @return defects of {@link Assessment} */
  public static List<Defect<Assessment>> assessment() {
    return AssessmentDefects.assessment();
  }

  /** @return defects of {@link DissolutionNotice} */
  public static List<Defect<DissolutionNotice>> dissolutionNotice() {
    return DocumentDefects.dissolutionNotice();
  }

  /** @return defects of {@link KimRef} */
  public static List<Defect<KimRef>> kimRef() {
    return MonitoringDefects.kimRef();
  }

  /** @return defects of a Tabel 5.2 row, {@link DisseminationLogEntry} (MONITOR-COL-0..5) */
  public static List<Defect<DisseminationLogEntry>> disseminationLogEntry() {
    return MonitoringDefects.disseminationLogEntry();
  }

  /** @return defects of a Tabel 5.3 row, {@link SocialContent} (SOCIAL-HEAD-0, SOCIAL-COL-1..5) */
  public static List<Defect<SocialContent>> socialContent() {
    return SocialDefects.socialContent();
  }

  /** @return defects of {@link InstagramMetrics} (SOCIAL-IG) */
  public static List<Defect<InstagramMetrics>> instagramMetrics() {
    return SocialDefects.instagramMetrics();
  }

  /** @return defects of {@link FacebookMetrics} (SOCIAL-FB) */
  public static List<Defect<FacebookMetrics>> facebookMetrics() {
    return SocialDefects.facebookMetrics();
  }

  /** @return defects of {@link TwitterMetrics} (SOCIAL-TW) */
  public static List<Defect<TwitterMetrics>> twitterMetrics() {
    return SocialDefects.twitterMetrics();
  }

  /** @return defects of {@link YouTubeMetrics} (SOCIAL-YT) */
  public static List<Defect<YouTubeMetrics>> youTubeMetrics() {
    return SocialDefects.youTubeMetrics();
  }

  /** @return defects of {@link TikTokMetrics} (SOCIAL-TT) */
  public static List<Defect<TikTokMetrics>> tikTokMetrics() {
    return SocialDefects.tikTokMetrics();
  }

  /** @return defects of {@link AudienceTally} */
  public static List<Defect<AudienceTally>> audienceTally() {
    return MonitoringDefects.audienceTally();
  }

  /** @return defects of {@link SurveyRound} */
  public static List<Defect<SurveyRound>> surveyRound() {
    return MonitoringDefects.surveyRound();
  }

  /** @return defects of {@link SurveyResult} */
  public static List<Defect<SurveyResult>> surveyResult() {
    return MonitoringDefects.surveyResult();
  }
}
