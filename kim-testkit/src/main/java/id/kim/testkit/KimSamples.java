package id.kim.testkit;

import id.kim.core.agency.Dinas;
import id.kim.core.agency.Officer;
import id.kim.core.assessment.Assessment;
import id.kim.core.community.CommunityNumber;
import id.kim.core.community.Frequency;
import id.kim.core.community.KimProfile;
import id.kim.core.community.KimRecord;
import id.kim.core.community.PartnershipPeriod;
import id.kim.core.community.ProfileIssue;
import id.kim.core.community.TargetAudience;
import id.kim.core.contact.ContactPerson;
import id.kim.core.contact.EmailAddress;
import id.kim.core.contact.PersonName;
import id.kim.core.contact.PhoneNumber;
import id.kim.core.document.AdministrativeDeclaration;
import id.kim.core.document.DocumentRef;
import id.kim.core.document.VillageDecree;
import id.kim.core.media.KimMedium;
import id.kim.core.metric.ReachObservation;
import id.kim.core.metric.ResponseObservation;
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
import java.util.random.RandomGenerator;

/**
 * The plain seeded entry point: a {@link RandomGenerator} in, a valid kim-core value out — the same
 * recipes as {@link KimGens}, for any property-testing framework or a plain loop. Equal seeds give
 * equal values.
 *
 * <pre>{@code
 * KimProfile p = KimSamples.profile(new SplittableRandom(42));
 * // jqwik, in the user's own suite:  Arbitraries.randomValue(r -> KimSamples.profile(r))
 * }</pre>
 */
public final class KimSamples {
  private KimSamples() {}

  /**
   * @param random a seeded random generator
   * @return one of the 38 provinces
   */
  public static Province province(RandomGenerator random) {
    return RegionSamplers.province().from(random);
  }

  /**
   * @param random a seeded random generator
   * @return a real kabupaten/kota
   */
  public static RegencyCity regencyCity(RandomGenerator random) {
    return RegionSamplers.regencyCity().from(random);
  }

  /**
   * @param random a seeded random generator
   * @return a real kecamatan
   */
  public static District district(RandomGenerator random) {
    return RegionSamplers.district().from(random);
  }

  /**
   * @param random a seeded random generator
   * @return a real kelurahan/desa/kampung or nagari, gampong, kalurahan
   */
  public static Village village(RandomGenerator random) {
    return RegionSamplers.village().from(random);
  }

  /**
   * @param random a seeded random generator
   * @return RT/RW numbers
   */
  public static RtRw rtRw(RandomGenerator random) {
    return RegionSamplers.rtRw().from(random);
  }

  /**
   * @param random a seeded random generator
   * @return a secretariat address (PROFILE-e)
   */
  public static Address address(RandomGenerator random) {
    return RegionSamplers.address().from(random);
  }

  /**
   * @param random a seeded random generator
   * @return a Dinas Kominfo, provincial or regency/city
   */
  public static Dinas dinas(RandomGenerator random) {
    return AgencySamplers.dinas().from(random);
  }

  /**
   * @param random a seeded random generator
   * @return an officer of a Dinas
   */
  public static Officer officer(RandomGenerator random) {
    return AgencySamplers.officer().from(random);
  }

  /**
   * @param random a seeded random generator
   * @return an Indonesian person's name
   */
  public static PersonName personName(RandomGenerator random) {
    return ContactSamplers.personName().from(random);
  }

  /**
   * @param random a seeded random generator
   * @return a mobile number or a fixed line
   */
  public static PhoneNumber phoneNumber(RandomGenerator random) {
    return ContactSamplers.phoneNumber().from(random);
  }

  /**
   * @param random a seeded random generator
   * @return a mobile number reachable via WhatsApp ({@code 08…}, {@code +628…})
   */
  public static PhoneNumber mobileNumber(RandomGenerator random) {
    return ContactSamplers.mobileNumber().from(random);
  }

  /**
   * @param random a seeded random generator
   * @return a fixed line with a real area code
   */
  public static PhoneNumber fixedLine(RandomGenerator random) {
    return ContactSamplers.fixedLine().from(random);
  }

  /**
   * @param random a seeded random generator
   * @return an e-mail address
   */
  public static EmailAddress emailAddress(RandomGenerator random) {
    return ContactSamplers.emailAddress().from(random);
  }

  /**
   * @param random a seeded random generator
   * @return a chair or contact person (PROFILE-d)
   */
  public static ContactPerson contactPerson(RandomGenerator random) {
    return ContactSamplers.contactPerson().from(random);
  }

  /**
   * @param random a seeded random generator
   * @return a Nomor Induk Komunitas such as {@code KIM/5101/0007}, never 16 digits
   */
  public static CommunityNumber communityNumber(RandomGenerator random) {
    return ProfileSamplers.communityNumber().from(random);
  }

  /**
   * @param random a seeded random generator
   * @return a dissemination frequency (PROFILE-p)
   */
  public static Frequency frequency(RandomGenerator random) {
    return ProfileSamplers.frequency().from(random);
  }

  /**
   * @param random a seeded random generator
   * @return a public issue (PROFILE-n)
   */
  public static ProfileIssue profileIssue(RandomGenerator random) {
    return ProfileSamplers.profileIssue().from(random);
  }

  /**
   * @param random a seeded random generator
   * @return a partnership period (PROFILE-r)
   */
  public static PartnershipPeriod partnershipPeriod(RandomGenerator random) {
    return ProfileSamplers.partnershipPeriod().from(random);
  }

  /**
   * @param random a seeded random generator
   * @return a target audience (PROFILE-k)
   */
  public static TargetAudience targetAudience(RandomGenerator random) {
    return ProfileSamplers.targetAudience().from(random);
  }

  /**
   * @param random a seeded random generator
   * @return a profile with any subset of Tabel 3.1 fields filled
   */
  public static KimProfile profile(RandomGenerator random) {
    return ProfileSamplers.profile().from(random);
  }

  /**
   * @param random a seeded random generator
   * @return a profile with only its name
   */
  public static KimProfile minimalProfile(RandomGenerator random) {
    return ProfileSamplers.minimalProfile().from(random);
  }

  /**
   * @param random a seeded random generator
   * @return a profile with every Tabel 3.1 field filled
   */
  public static KimProfile completeProfile(RandomGenerator random) {
    return ProfileSamplers.completeProfile().from(random);
  }

  /**
   * @param random a seeded random generator
   * @return a consistent record with any subset of documents
   */
  public static KimRecord record(RandomGenerator random) {
    return RecordSamplers.record().from(random);
  }

  /**
   * @param random a seeded random generator
   * @return a document reference
   */
  public static DocumentRef documentRef(RandomGenerator random) {
    return DocumentSamplers.documentRef().from(random);
  }

  /**
   * @param random a seeded random generator
   * @return a village head's decree with dates in order
   */
  public static VillageDecree villageDecree(RandomGenerator random) {
    return DocumentSamplers.villageDecree().from(random);
  }

  /**
   * @param random a seeded random generator
   * @return a signed statement letter
   */
  public static AdministrativeDeclaration declaration(RandomGenerator random) {
    return DocumentSamplers.declaration().from(random);
  }

  /**
   * @param random a seeded random generator
   * @return a board member
   */
  public static BoardMember boardMember(RandomGenerator random) {
    return OrganisationSamplers.boardMember().from(random);
  }

  /**
   * @param random a seeded random generator
   * @return a board with exactly one chair
   */
  public static Board board(RandomGenerator random) {
    return OrganisationSamplers.board().from(random);
  }

  /**
   * @param random a seeded random generator
   * @return an ordinary member
   */
  public static Member member(RandomGenerator random) {
    return OrganisationSamplers.member().from(random);
  }

  /**
   * @param random a seeded random generator
   * @return a village head's acknowledgement of a board
   */
  public static Acknowledgement acknowledgement(RandomGenerator random) {
    return OrganisationSamplers.acknowledgement().from(random);
  }

  /**
   * @param random a seeded random generator
   * @return an affiliation of a KIM or one of its people
   */
  public static Affiliation affiliation(RandomGenerator random) {
    return OrganisationSamplers.affiliation().from(random);
  }

  /**
   * @param random a seeded random generator
   * @return a medium with handle and URL (PROFILE-l)
   */
  public static KimMedium medium(RandomGenerator random) {
    return MediaSamplers.medium().from(random);
  }

  /**
   * @param random a seeded random generator
   * @return a strength figure (PROFILE-s)
   */
  public static ReachObservation reachObservation(RandomGenerator random) {
    return MediaSamplers.reachObservation().from(random);
  }

  /**
   * @param random a seeded random generator
   * @return an influence figure (PROFILE-t)
   */
  public static ResponseObservation responseObservation(RandomGenerator random) {
    return MediaSamplers.responseObservation().from(random);
  }

  /**
   * @param random a seeded random generator
   * @return an officer's assessment
   */
  public static Assessment assessment(RandomGenerator random) {
    return AssessmentSamplers.assessment().from(random);
  }

  /**
   * @param random a seeded random generator
   * @return a period, end never before start
   */
  public static Period period(RandomGenerator random) {
    return TimeSamplers.period().from(random);
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
   * @return a profile with exactly one defect, paired with it
   */
  public static Defective<KimProfile> invalidProfile(RandomGenerator random) {
    return Defects.anyOf(Defects.profile()).from(random);
  }

  /**
   * @param random a seeded random generator
   * @return a record with exactly one defect, paired with it
   */
  public static Defective<KimRecord> invalidRecord(RandomGenerator random) {
    return Defects.anyOf(Defects.record()).from(random);
  }
}
