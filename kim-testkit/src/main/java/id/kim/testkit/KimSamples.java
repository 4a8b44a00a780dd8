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
import id.kim.core.monitoring.SocialMetrics;
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
import java.time.LocalDate;
import java.time.Year;
import java.util.random.RandomGenerator;

/**
 * The plain seeded entry point: a {@link RandomGenerator} in, a valid kim-core value out — the same
 * recipes as {@link KimGens}, for any property-testing framework or a plain loop. Every method takes
 * {@code random}, a seeded random generator (e.g. {@code new SplittableRandom(seed)}), and returns
 * what the {@code KimGens} method of the same name generates. Equal seeds give equal values.
 *
 * <pre>{@code
 * KimProfile p = KimSamples.profile(new SplittableRandom(42));
 * // jqwik, in the user's own suite:  Arbitraries.randomValue(r -> KimSamples.profile(r))
 * }</pre>
 */
public final class KimSamples {
  private KimSamples() {}

  /** @return one of the 38 provinces */
  public static Province province(RandomGenerator random) {
    return RegionSamplers.province().from(random);
  }

  /** @return a real kabupaten/kota */
  public static RegencyCity regencyCity(RandomGenerator random) {
    return RegionSamplers.regencyCity().from(random);
  }

  /** @return a real kecamatan */
  public static District district(RandomGenerator random) {
    return RegionSamplers.district().from(random);
  }

  /** @return a real kelurahan/desa/kampung or nagari, gampong, kalurahan */
  public static Village village(RandomGenerator random) {
    return RegionSamplers.village().from(random);
  }

  /** @return any of the 83,762 kelurahan/desa of the Kemendagri register, every level with its code */
  public static Village registeredVillage(RandomGenerator random) {
    return RegionSamplers.registeredVillage().from(random);
  }

  /** @return RT/RW numbers */
  public static RtRw rtRw(RandomGenerator random) {
    return RegionSamplers.rtRw().from(random);
  }

  /** @return a secretariat address (PROFILE-e) */
  public static Address address(RandomGenerator random) {
    return RegionSamplers.address().from(random);
  }

  /** @return a Dinas Kominfo, provincial or regency/city */
  public static Dinas dinas(RandomGenerator random) {
    return AgencySamplers.dinas().from(random);
  }

  /** @return an officer of a Dinas */
  public static Officer officer(RandomGenerator random) {
    return AgencySamplers.officer().from(random);
  }

  /** @return an Indonesian person's name */
  public static PersonName personName(RandomGenerator random) {
    return ContactSamplers.personName().from(random);
  }

  /** @return a mobile number or a fixed line */
  public static PhoneNumber phoneNumber(RandomGenerator random) {
    return ContactSamplers.phoneNumber().from(random);
  }

  /** @return a mobile number reachable via WhatsApp ({@code 08…}, {@code +628…}) */
  public static PhoneNumber mobileNumber(RandomGenerator random) {
    return ContactSamplers.mobileNumber().from(random);
  }

  /** @return a fixed line with a real area code */
  public static PhoneNumber fixedLine(RandomGenerator random) {
    return ContactSamplers.fixedLine().from(random);
  }

  /** @return an e-mail address */
  public static EmailAddress emailAddress(RandomGenerator random) {
    return ContactSamplers.emailAddress().from(random);
  }

  /** @return a chair or contact person (PROFILE-d) */
  public static ContactPerson contactPerson(RandomGenerator random) {
    return ContactSamplers.contactPerson().from(random);
  }

  /** @return a Nomor Induk Komunitas such as {@code KIM/5101/0007}, never 16 digits */
  public static CommunityNumber communityNumber(RandomGenerator random) {
    return ProfileSamplers.communityNumber().from(random);
  }

  /** @return a dissemination frequency (PROFILE-p) */
  public static Frequency frequency(RandomGenerator random) {
    return ProfileSamplers.frequency().from(random);
  }

  /** @return a public issue (PROFILE-n) */
  public static ProfileIssue profileIssue(RandomGenerator random) {
    return ProfileSamplers.profileIssue().from(random);
  }

  /** @return a partnership period (PROFILE-r) */
  public static PartnershipPeriod partnershipPeriod(RandomGenerator random) {
    return ProfileSamplers.partnershipPeriod().from(random);
  }

  /** @return a target audience (PROFILE-k) */
  public static TargetAudience targetAudience(RandomGenerator random) {
    return ProfileSamplers.targetAudience().from(random);
  }

  /** @return a profile with any subset of Tabel 3.1 fields filled */
  public static KimProfile profile(RandomGenerator random) {
    return ProfileSamplers.profile().from(random);
  }

  /** @return a profile whose seat is recorded at kecamatan or kabupaten/kota level (MAP-ENTRY-2) */
  public static KimProfile profileSeatedAboveVillage(RandomGenerator random) {
    return ProfileSamplers.profileSeatedAboveVillage().from(random);
  }

  /** @return a profile with only its name */
  public static KimProfile minimalProfile(RandomGenerator random) {
    return ProfileSamplers.minimalProfile().from(random);
  }

  /** @return a profile with every Tabel 3.1 field filled */
  public static KimProfile completeProfile(RandomGenerator random) {
    return ProfileSamplers.completeProfile().from(random);
  }

  /** @return a consistent record with any subset of documents */
  public static KimRecord record(RandomGenerator random) {
    return RecordSamplers.record().from(random);
  }

  /**
   * @param random a seeded random generator
   * @param regencyCity one of {@link RegionSamplers#regencyCities()}
   * @return a consistent record of a KIM seated in that regency/city, see
   *     {@link RecordSamplers#recordIn(RegencyCity)}
   */
  public static KimRecord recordIn(RandomGenerator random, RegencyCity regencyCity) {
    return RecordSamplers.recordIn(regencyCity).from(random);
  }

  /** @return a document reference */
  public static DocumentRef documentRef(RandomGenerator random) {
    return DocumentSamplers.documentRef().from(random);
  }

  /** @return a village head's decree with dates in order */
  public static VillageDecree villageDecree(RandomGenerator random) {
    return DocumentSamplers.villageDecree().from(random);
  }

  /** @return a signed statement letter */
  public static AdministrativeDeclaration declaration(RandomGenerator random) {
    return DocumentSamplers.declaration().from(random);
  }

  /** @return a notice that a KIM dissolved itself (TERM-7) */
  public static DissolutionNotice dissolutionNotice(RandomGenerator random) {
    return DocumentSamplers.dissolutionNotice().from(random);
  }

  /** @return a board member */
  public static BoardMember boardMember(RandomGenerator random) {
    return OrganisationSamplers.boardMember().from(random);
  }

  /** @return a board with exactly one chair */
  public static Board board(RandomGenerator random) {
    return OrganisationSamplers.board().from(random);
  }

  /** @return an ordinary member */
  public static Member member(RandomGenerator random) {
    return OrganisationSamplers.member().from(random);
  }

  /** @return a village head's acknowledgement of a board */
  public static Acknowledgement acknowledgement(RandomGenerator random) {
    return OrganisationSamplers.acknowledgement().from(random);
  }

  /** @return an affiliation of a KIM or one of its people */
  public static Affiliation affiliation(RandomGenerator random) {
    return OrganisationSamplers.affiliation().from(random);
  }

  /** @return a medium with handle and URL (PROFILE-l) */
  public static KimMedium medium(RandomGenerator random) {
    return MediaSamplers.medium().from(random);
  }

  /** @return a strength figure (PROFILE-s) */
  public static ReachObservation reachObservation(RandomGenerator random) {
    return MediaSamplers.reachObservation().from(random);
  }

  /** @return an influence figure (PROFILE-t) */
  public static ResponseObservation responseObservation(RandomGenerator random) {
    return MediaSamplers.responseObservation().from(random);
  }

  /** @return an officer's assessment */
  public static Assessment assessment(RandomGenerator random) {
    return AssessmentSamplers.assessment().from(random);
  }

  /** @return a period, end never before start */
  public static Period period(RandomGenerator random) {
    return TimeSamplers.period().from(random);
  }

  /** @return a reference to a KIM by name and, usually, its community number (MONITOR-COL-0) */
  public static KimRef kimRef(RandomGenerator random) {
    return MonitoringSamplers.kimRef().from(random);
  }

  /** @return a row of the Tabel 5.2 monitoring log (MONITOR-COL-0..5) */
  public static DisseminationLogEntry disseminationLogEntry(RandomGenerator random) {
    return MonitoringSamplers.disseminationLogEntry().from(random);
  }

  /** @return a row of the Tabel 5.3 social-media table */
  public static SocialContent socialContent(RandomGenerator random) {
    return SocialSamplers.socialContent().from(random);
  }

  /** @return the indicators of a post on any Tabel 5.3 platform */
  public static SocialMetrics socialMetrics(RandomGenerator random) {
    return SocialSamplers.socialMetrics().from(random);
  }

  /** @return Instagram indicators (SOCIAL-IG) */
  public static InstagramMetrics instagramMetrics(RandomGenerator random) {
    return SocialSamplers.instagramMetrics().from(random);
  }

  /** @return Facebook indicators (SOCIAL-FB) */
  public static FacebookMetrics facebookMetrics(RandomGenerator random) {
    return SocialSamplers.facebookMetrics().from(random);
  }

  /** @return Twitter (X) indicators (SOCIAL-TW) */
  public static TwitterMetrics twitterMetrics(RandomGenerator random) {
    return SocialSamplers.twitterMetrics().from(random);
  }

  /** @return YouTube indicators (SOCIAL-YT) */
  public static YouTubeMetrics youTubeMetrics(RandomGenerator random) {
    return SocialSamplers.youTubeMetrics().from(random);
  }

  /** @return TikTok indicators (SOCIAL-TT) */
  public static TikTokMetrics tikTokMetrics(RandomGenerator random) {
    return SocialSamplers.tikTokMetrics().from(random);
  }

  /** @return visitors, attendance or discussion participants on a day (MEASURE-1, MEASURE-2) */
  public static AudienceTally audienceTally(RandomGenerator random) {
    return MonitoringSamplers.audienceTally().from(random);
  }

  /** @return a survey round (MEASURE-3) */
  public static SurveyRound surveyRound(RandomGenerator random) {
    return MonitoringSamplers.surveyRound().from(random);
  }

  /** @return a survey with an optional baseline before its follow-up (MEASURE-3) */
  public static SurveyResult surveyResult(RandomGenerator random) {
    return MonitoringSamplers.surveyResult().from(random);
  }

  /** @return a year of consistent monitoring of some KIM */
  public static MonitoringRecord monitoringRecord(RandomGenerator random) {
    return MonitoringSamplers.monitoringRecord().from(random);
  }

  /**
   * @param random a seeded random generator
   * @param kim the KIM's profile (name, number, media)
   * @param year the year monitored
   * @return a year of consistent monitoring of that KIM, see
   *     {@link MonitoringSamplers#monitoringRecord(KimProfile, Year)}
   */
  public static MonitoringRecord monitoringRecord(RandomGenerator random, KimProfile kim, Year year) {
    return MonitoringSamplers.monitoringRecord(kim, year).from(random);
  }

  /**
   * @param random a seeded random generator
   * @param asOf the as-of day
   * @return a record that satisfies every documentary requirement on {@code asOf}, see
   *     {@link RecordSamplers#eligibleRecord(LocalDate)}
   */
  public static KimRecord eligibleRecord(RandomGenerator random, LocalDate asOf) {
    return RecordSamplers.eligibleRecord(asOf).from(random);
  }

  /**
   * @param random a seeded random generator
   * @param asOf the day of the designation
   * @return a partner-to-be on {@code asOf}, see {@link PartnerSamplers#partnerFixture(LocalDate)}
   */
  public static PartnerFixture partnerFixture(RandomGenerator random, LocalDate asOf) {
    return PartnerSamplers.partnerFixture(asOf).from(random);
  }

  /** @return a profile with exactly one defect, paired with it */
  public static Defective<KimProfile> invalidProfile(RandomGenerator random) {
    return Defects.anyOf(Defects.profile()).from(random);
  }

  /** @return a record with exactly one defect, paired with it */
  public static Defective<KimRecord> invalidRecord(RandomGenerator random) {
    return Defects.anyOf(Defects.record()).from(random);
  }

  /** @return a monitoring record with exactly one defect, paired with it */
  public static Defective<MonitoringRecord> invalidMonitoringRecord(RandomGenerator random) {
    return Defects.anyOf(Defects.monitoringRecord()).from(random);
  }
}
