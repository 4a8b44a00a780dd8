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
import id.kim.core.region.RegionDirectory;
import id.kim.core.region.RtRw;
import id.kim.core.region.Village;
import id.kim.core.time.Period;
import java.time.LocalDate;
import java.time.Year;
import org.quicktheories.core.Gen;

/**
 * QuickTheories generators for every kim-core type: valid, realistic values built only through
 * kim-core's public API. Failures shrink towards simpler values (first table entries, absent
 * optionals, empty lists); a run is repeatable with {@code qt().withFixedSeed(seed)}.
 *
 * <pre>{@code
 * qt().forAll(KimGens.profile()).check(p -> KimValidator.standard().validate(p).isValid());
 * qt().forAll(KimGens.invalidProfile())
 *     .check(d -> d.defect().matches(KimValidator.standard().validate(d.value()).getError().single()));
 * }</pre>
 *
 * <p>The same recipes without QuickTheories: {@link KimSamples}.
 */
public final class KimGens {
  private KimGens() {}

  /** @return one of the 38 provinces, with its Kemendagri code */
  public static Gen<Province> province() {
    return RegionSamplers.province().gen();
  }

  /** @return a real kabupaten/kota */
  public static Gen<RegencyCity> regencyCity() {
    return RegionSamplers.regencyCity().gen();
  }

  /** @return a real kecamatan */
  public static Gen<District> district() {
    return RegionSamplers.district().gen();
  }

  /** @return a real kelurahan/desa/kampung or nagari, gampong, kalurahan */
  public static Gen<Village> village() {
    return RegionSamplers.village().gen();
  }

  /** @return any of the 83,762 kelurahan/desa of the Kemendagri register, every level with its code */
  public static Gen<Village> registeredVillage() {
    return RegionSamplers.registeredVillage().gen();
  }

  /** @return any of the 514 kabupaten/kota of the Kemendagri register, with its code */
  public static Gen<RegencyCity> registeredRegencyCity() {
    return RegionSamplers.registeredRegencyCity().gen();
  }

  /**
   * @return a Dinas' own table of region codes ({@code RegionDirectory.of}): the provinsi, one of its
   *     kabupaten/kota and all its kecamatan and kelurahan/desa, with their official names, from the register
   */
  public static Gen<RegionDirectory> regionDirectory() {
    return RegionSamplers.regionDirectory().gen();
  }

  /** @return RT/RW numbers */
  public static Gen<RtRw> rtRw() {
    return RegionSamplers.rtRw().gen();
  }

  /** @return a secretariat address (PROFILE-e) */
  public static Gen<Address> address() {
    return RegionSamplers.address().gen();
  }

  /** @return a Dinas Kominfo, provincial or regency/city */
  public static Gen<Dinas> dinas() {
    return AgencySamplers.dinas().gen();
  }

  /** @return an officer of a Dinas */
  public static Gen<Officer> officer() {
    return AgencySamplers.officer().gen();
  }

  /** @return an Indonesian person's name */
  public static Gen<PersonName> personName() {
    return ContactSamplers.personName().gen();
  }

  /** @return a mobile number or a fixed line */
  public static Gen<PhoneNumber> phoneNumber() {
    return ContactSamplers.phoneNumber().gen();
  }

  /** @return a mobile number reachable via WhatsApp ({@code 08…}, {@code +628…}) */
  public static Gen<PhoneNumber> mobileNumber() {
    return ContactSamplers.mobileNumber().gen();
  }

  /** @return a fixed line with a real area code */
  public static Gen<PhoneNumber> fixedLine() {
    return ContactSamplers.fixedLine().gen();
  }

  /** @return an e-mail address */
  public static Gen<EmailAddress> emailAddress() {
    return ContactSamplers.emailAddress().gen();
  }

  /** @return a chair or contact person (PROFILE-d) */
  public static Gen<ContactPerson> contactPerson() {
    return ContactSamplers.contactPerson().gen();
  }

  /** @return a Nomor Induk Komunitas such as {@code KIM/5101/0007}, never 16 digits */
  public static Gen<CommunityNumber> communityNumber() {
    return ProfileSamplers.communityNumber().gen();
  }

  /** @return a dissemination frequency (PROFILE-p) */
  public static Gen<Frequency> frequency() {
    return ProfileSamplers.frequency().gen();
  }

  /** @return a public issue (PROFILE-n) */
  public static Gen<ProfileIssue> profileIssue() {
    return ProfileSamplers.profileIssue().gen();
  }

  /** @return a partnership period (PROFILE-r) */
  public static Gen<PartnershipPeriod> partnershipPeriod() {
    return ProfileSamplers.partnershipPeriod().gen();
  }

  /** @return a target audience (PROFILE-k) */
  public static Gen<TargetAudience> targetAudience() {
    return ProfileSamplers.targetAudience().gen();
  }

  /** @return a profile with any subset of Tabel 3.1 fields filled */
  public static Gen<KimProfile> profile() {
    return ProfileSamplers.profile().gen();
  }

  /** @return a profile whose seat is recorded at kecamatan or kabupaten/kota level (MAP-ENTRY-2) */
  public static Gen<KimProfile> profileSeatedAboveVillage() {
    return ProfileSamplers.profileSeatedAboveVillage().gen();
  }

  /** @return a profile with only its name */
  public static Gen<KimProfile> minimalProfile() {
    return ProfileSamplers.minimalProfile().gen();
  }

  /** @return a profile with every Tabel 3.1 field filled */
  public static Gen<KimProfile> completeProfile() {
    return ProfileSamplers.completeProfile().gen();
  }

  /** @return a consistent record with any subset of documents */
  public static Gen<KimRecord> record() {
    return RecordSamplers.record().gen();
  }

  /**
   * @param regencyCity one of {@link RegionSamplers#regencyCities()}
   * @return consistent records of KIM seated in that regency/city, see
   *     {@link RecordSamplers#recordIn(RegencyCity)}
   */
  public static Gen<KimRecord> recordIn(RegencyCity regencyCity) {
    return RecordSamplers.recordIn(regencyCity).gen();
  }

  /** @return a document reference */
  public static Gen<DocumentRef> documentRef() {
    return DocumentSamplers.documentRef().gen();
  }

  /** @return a village head's decree with dates in order */
  public static Gen<VillageDecree> villageDecree() {
    return DocumentSamplers.villageDecree().gen();
  }

  /** @return a signed statement letter */
  public static Gen<AdministrativeDeclaration> declaration() {
    return DocumentSamplers.declaration().gen();
  }

  /** @return a notice that a KIM dissolved itself (TERM-7) */
  public static Gen<DissolutionNotice> dissolutionNotice() {
    return DocumentSamplers.dissolutionNotice().gen();
  }

  /** @return a board member */
  public static Gen<BoardMember> boardMember() {
    return OrganisationSamplers.boardMember().gen();
  }

  /** @return a board with exactly one chair */
  public static Gen<Board> board() {
    return OrganisationSamplers.board().gen();
  }

  /** @return an ordinary member */
  public static Gen<Member> member() {
    return OrganisationSamplers.member().gen();
  }

  /** @return a village head's acknowledgement of a board */
  public static Gen<Acknowledgement> acknowledgement() {
    return OrganisationSamplers.acknowledgement().gen();
  }

  /** @return an affiliation of a KIM or one of its people */
  public static Gen<Affiliation> affiliation() {
    return OrganisationSamplers.affiliation().gen();
  }

  /** @return a medium with handle and URL (PROFILE-l) */
  public static Gen<KimMedium> medium() {
    return MediaSamplers.medium().gen();
  }

  /** @return a strength figure (PROFILE-s) */
  public static Gen<ReachObservation> reachObservation() {
    return MediaSamplers.reachObservation().gen();
  }

  /** @return an influence figure (PROFILE-t) */
  public static Gen<ResponseObservation> responseObservation() {
    return MediaSamplers.responseObservation().gen();
  }

  /** @return an officer's assessment */
  public static Gen<Assessment> assessment() {
    return AssessmentSamplers.assessment().gen();
  }

  /** @return a period, end never before start */
  public static Gen<Period> period() {
    return TimeSamplers.period().gen();
  }

  /** @return a reference to a KIM by name and, usually, its community number (MONITOR-COL-0) */
  public static Gen<KimRef> kimRef() {
    return MonitoringSamplers.kimRef().gen();
  }

  /** @return a row of the Tabel 5.2 monitoring log (MONITOR-COL-0..5) */
  public static Gen<DisseminationLogEntry> disseminationLogEntry() {
    return MonitoringSamplers.disseminationLogEntry().gen();
  }

  /** @return a row of the Tabel 5.3 social-media table, on an account of its metrics' platform */
  public static Gen<SocialContent> socialContent() {
    return SocialSamplers.socialContent().gen();
  }

  /** @return the indicators of a post on any Tabel 5.3 platform */
  public static Gen<SocialMetrics> socialMetrics() {
    return SocialSamplers.socialMetrics().gen();
  }

  /** @return Instagram indicators: like, share, comment, view (SOCIAL-IG) */
  public static Gen<InstagramMetrics> instagramMetrics() {
    return SocialSamplers.instagramMetrics().gen();
  }

  /** @return Facebook indicators: like, share, comment (SOCIAL-FB) */
  public static Gen<FacebookMetrics> facebookMetrics() {
    return SocialSamplers.facebookMetrics().gen();
  }

  /** @return Twitter (X) indicators: like, retweet, comment, share (SOCIAL-TW) */
  public static Gen<TwitterMetrics> twitterMetrics() {
    return SocialSamplers.twitterMetrics().gen();
  }

  /** @return YouTube indicators: like, comment (SOCIAL-YT) */
  public static Gen<YouTubeMetrics> youTubeMetrics() {
    return SocialSamplers.youTubeMetrics().gen();
  }

  /** @return TikTok indicators: like, comment, share (SOCIAL-TT) */
  public static Gen<TikTokMetrics> tikTokMetrics() {
    return SocialSamplers.tikTokMetrics().gen();
  }

  /** @return visitors, attendance or discussion participants on a day (MEASURE-1, MEASURE-2) */
  public static Gen<AudienceTally> audienceTally() {
    return MonitoringSamplers.audienceTally().gen();
  }

  /** @return a survey round (MEASURE-3) */
  public static Gen<SurveyRound> surveyRound() {
    return MonitoringSamplers.surveyRound().gen();
  }

  /** @return a survey with an optional baseline before its follow-up (MEASURE-3) */
  public static Gen<SurveyResult> surveyResult() {
    return MonitoringSamplers.surveyResult().gen();
  }

  /** @return a year of consistent monitoring of some KIM */
  public static Gen<MonitoringRecord> monitoringRecord() {
    return MonitoringSamplers.monitoringRecord().gen();
  }

  /**
   * @param kim the KIM's profile (name, number, media)
   * @param year the year monitored
   * @return a year of consistent monitoring of that KIM, see
   *     {@link MonitoringSamplers#monitoringRecord(KimProfile, Year)}
   */
  public static Gen<MonitoringRecord> monitoringRecord(KimProfile kim, Year year) {
    return MonitoringSamplers.monitoringRecord(kim, year).gen();
  }

  /**
   * @param asOf the as-of day
   * @return records that satisfy every documentary requirement on {@code asOf}, see
   *     {@link RecordSamplers#eligibleRecord(LocalDate)}
   */
  public static Gen<KimRecord> eligibleRecord(LocalDate asOf) {
    return RecordSamplers.eligibleRecord(asOf).gen();
  }

  /**
   * @param asOf the day of the designation
   * @return partners-to-be on {@code asOf}: see {@link PartnerSamplers#partnerFixture(LocalDate)}; kim-rules'
   *     {@code PartnerTrail.of(f.record(), f.dinas(), f.officer(), f.asOf())} makes each a PARTNER
   */
  public static Gen<PartnerFixture> partnerFixture(LocalDate asOf) {
    return PartnerSamplers.partnerFixture(asOf).gen();
  }

  /** @return profiles with exactly one defect, paired with it ({@link Defects#profile()}) */
  public static Gen<Defective<KimProfile>> invalidProfile() {
    return Defects.anyOf(Defects.profile()).gen();
  }

  /** @return records with exactly one defect, paired with it ({@link Defects#record()}) */
  public static Gen<Defective<KimRecord>> invalidRecord() {
    return Defects.anyOf(Defects.record()).gen();
  }

  /** @return monitoring records with exactly one defect, paired with it ({@link Defects#monitoringRecord()}) */
  public static Gen<Defective<MonitoringRecord>> invalidMonitoringRecord() {
    return Defects.anyOf(Defects.monitoringRecord()).gen();
  }
}
