package id.kim.json;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import id.kim.core.agency.Dinas;
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
import id.kim.core.community.KimType;
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
import id.kim.core.media.ContentType;
import id.kim.core.media.KimMedium;
import id.kim.core.media.Platform;
import id.kim.core.metric.ReachMetric;
import id.kim.core.metric.ReachObservation;
import id.kim.core.metric.ResponseMetric;
import id.kim.core.metric.ResponseObservation;
import id.kim.core.organisation.Acknowledgement;
import id.kim.core.organisation.Affiliation;
import id.kim.core.organisation.AffiliationKind;
import id.kim.core.organisation.AffiliationSubject;
import id.kim.core.organisation.Board;
import id.kim.core.organisation.BoardMember;
import id.kim.core.organisation.BoardRole;
import id.kim.core.organisation.Member;
import id.kim.core.region.Address;
import id.kim.core.region.District;
import id.kim.core.region.Province;
import id.kim.core.region.RegencyCity;
import id.kim.core.region.RegencyCityKind;
import id.kim.core.region.RtRw;
import id.kim.core.region.SecretariatKind;
import id.kim.core.region.Village;
import id.kim.core.region.VillageKind;
import id.kim.core.time.Period;
import id.kim.core.validation.FieldViolation;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Local generators of every kim-core value, arbitrary but constructible (not necessarily valid under
 * Bean Validation: the JSON contract carries invalid data too). To be replaced by kim-testkit's.
 */
final class CoreGens {
  /** Any text: control characters, quotes, backslashes, Indonesian and supplementary characters. */
  static final Gen<String> TEXT = strings().betweenCodePoints(0, 0xD7FF).ofLengthBetween(0, 12)
      .mix(strings().betweenCodePoints(0x1F600, 0x1F64F).ofLengthBetween(1, 3), 10)
      .mix(Generate.pick(List.of("\"", "\\", "Jl. Melati No. 5", "Désa", "KIM \"Maju\"", "a\nb", "")), 10);
  static final Gen<LocalDate> DATE = integers().between(1900 * 365, 2100 * 365).map(d -> LocalDate.ofEpochDay(d - 1970 * 365L));
  static final Gen<Optional<LocalDate>> MAYBE_DATE = DATE.toOptionals(40);
  static final Gen<Optional<String>> MAYBE_TEXT = TEXT.toOptionals(40);

  static final Gen<Province> PROVINCE = TEXT.map(Province::of);
  static final Gen<RegencyCity> REGENCY_CITY = TEXT.zip(Generate.enumValues(RegencyCityKind.class), PROVINCE, RegencyCity::of);
  static final Gen<District> DISTRICT = TEXT.zip(REGENCY_CITY.toOptionals(40),
      (n, rc) -> rc.map(r -> District.of(n, r)).orElseGet(() -> District.of(n)));
  static final Gen<Village> VILLAGE = in -> Village.builder().name(TEXT.generate(in))
      .kind(Generate.enumValues(VillageKind.class).generate(in)).localKindName(MAYBE_TEXT.generate(in))
      .district(DISTRICT.generate(in)).build();
  static final Gen<RtRw> RT_RW = TEXT.zip(TEXT, RtRw::of);
  static final Gen<Address> ADDRESS = in -> Address.builder().street(TEXT.generate(in)).rtRw(RT_RW.toOptionals(40).generate(in))
      .number(MAYBE_TEXT.generate(in)).secretariat(Generate.enumValues(SecretariatKind.class).generate(in)).build();

  static final Gen<PersonName> PERSON = TEXT.map(PersonName::of);
  static final Gen<PhoneNumber> PHONE = TEXT.map(PhoneNumber::of);
  static final Gen<EmailAddress> EMAIL = TEXT.map(EmailAddress::of);
  static final Gen<DocumentRef> DOCUMENT = TEXT.map(DocumentRef::of);
  static final Gen<ContactPerson> CONTACT = PERSON.zip(Generate.enumValues(ContactRole.class), ContactPerson::of);
  static final Gen<Period> PERIOD = DATE.zip(DATE, Period::of);

  static final Gen<Dinas> DINAS = TEXT.zip(REGENCY_CITY, Generate.booleans(),
      (n, rc, provincial) -> provincial ? Dinas.provincial(n, rc.province()) : Dinas.regencyCity(n, rc));
  static final Gen<Officer> OFFICER = in -> Officer.builder().name(PERSON.generate(in)).position(MAYBE_TEXT.generate(in))
      .dinas(DINAS.generate(in)).build();

  static final Gen<KimMedium> MEDIUM = in -> KimMedium.builder().platform(Generate.enumValues(Platform.class).generate(in))
      .name(MAYBE_TEXT.generate(in)).url(MAYBE_TEXT.generate(in)).build();
  static final Gen<ReachObservation> REACH = MEDIUM.zip(Generate.enumValues(ReachMetric.class),
      longs().all(), DATE, ReachObservation::of);
  static final Gen<ResponseObservation> RESPONSE = MEDIUM.zip(Generate.enumValues(ResponseMetric.class),
      longs().all(), DATE, ResponseObservation::of);

  static final Gen<CommunityNumber> COMMUNITY_NUMBER = TEXT.zip(REGENCY_CITY, MAYBE_DATE,
      (v, rc, on) -> on.map(CommunityNumber.of(v, rc)::withIssuedOn).orElse(CommunityNumber.of(v, rc)));
  static final Gen<Frequency> FREQUENCY = integers().all().zip(Generate.enumValues(FrequencyPeriod.class), Frequency::of);
  static final Gen<PartnershipPeriod> PARTNERSHIP = PERIOD.zip(TEXT, PartnershipPeriod::of);
  static final Gen<ProfileIssue> ISSUE = TEXT.zip(Generate.enumValues(GovernmentAffair.class).toOptionals(40),
      (t, f) -> f.map(a -> ProfileIssue.of(t, a)).orElseGet(() -> ProfileIssue.of(t)));
  static final Gen<TargetAudience> AUDIENCE = in -> TargetAudience.builder().villages(few(VILLAGE).generate(in))
      .coverage(MAYBE_TEXT.generate(in)).socioEconomicStatus(MAYBE_TEXT.generate(in)).build();

  static final Gen<KimProfile> PROFILE = in -> KimProfile.builder().name(TEXT.generate(in))
      .type(Generate.enumValues(KimType.class).toOptionals(30).generate(in))
      .communityNumber(COMMUNITY_NUMBER.toOptionals(40).generate(in)).contactPerson(CONTACT.toOptionals(40).generate(in))
      .address(ADDRESS.toOptionals(40).generate(in)).seat(VILLAGE.toOptionals(40).generate(in))
      .fixedLine(PHONE.toOptionals(50).generate(in)).whatsapp(PHONE.toOptionals(40).generate(in))
      .email(EMAIL.toOptionals(40).generate(in)).targetAudience(AUDIENCE.toOptionals(50).generate(in))
      .media(few(MEDIUM).generate(in)).fieldsOfActivity(few(Generate.enumValues(GovernmentAffair.class)).generate(in))
      .publicIssues(few(ISSUE).generate(in)).frequency(FREQUENCY.toOptionals(40).generate(in))
      .contentTypes(few(Generate.enumValues(ContentType.class)).generate(in)).partnershipPeriods(few(PARTNERSHIP).generate(in))
      .reach(few(REACH).generate(in)).responses(few(RESPONSE).generate(in)).build();

  static final Gen<VillageDecree> DECREE = in -> VillageDecree.builder().number(TEXT.generate(in))
      .issuerTitle(Generate.enumValues(IssuerTitle.class).generate(in)).issuerVillage(VILLAGE.generate(in))
      .issuedOn(DATE.generate(in)).validUntil(MAYBE_DATE.generate(in)).revokedOn(MAYBE_DATE.generate(in))
      .document(DOCUMENT.toOptionals(40).generate(in)).build();
  static final Gen<AdministrativeDeclaration> DECLARATION = in -> AdministrativeDeclaration.builder()
      .signedOn(DATE.generate(in)).signatories(few(PERSON).generate(in))
      .boardNotCivilServants(Generate.booleans().generate(in)).boardNotInvolvedInCrime(Generate.booleans().generate(in))
      .noPoliticalPartyAffiliation(Generate.booleans().generate(in)).noNgoAffiliation(Generate.booleans().generate(in))
      .document(DOCUMENT.toOptionals(40).generate(in)).build();
  static final Gen<DissolutionNotice> DISSOLUTION = in -> DissolutionNotice.builder().dissolvedOn(DATE.generate(in))
      .document(DOCUMENT.toOptionals(50).generate(in)).note(MAYBE_TEXT.generate(in)).build();
  static final Gen<Acknowledgement> ACKNOWLEDGEMENT = in -> Acknowledgement.builder()
      .byTitle(Generate.enumValues(IssuerTitle.class).generate(in)).byName(PERSON.toOptionals(40).generate(in))
      .on(DATE.generate(in)).document(DOCUMENT.toOptionals(40).generate(in)).build();
  static final Gen<BoardMember> BOARD_MEMBER = in -> BoardMember.builder().name(PERSON.generate(in))
      .role(Generate.enumValues(BoardRole.class).generate(in)).title(MAYBE_TEXT.generate(in))
      .civilServantSince(MAYBE_DATE.generate(in)).build();
  static final Gen<Board> BOARD = in -> Board.builder().members(few(BOARD_MEMBER).generate(in))
      .acknowledgement(ACKNOWLEDGEMENT.toOptionals(40).generate(in)).composedOn(MAYBE_DATE.generate(in)).build();
  static final Gen<Member> MEMBER = in -> Member.builder().name(PERSON.generate(in)).civilServantSince(MAYBE_DATE.generate(in))
      .joinedOn(MAYBE_DATE.generate(in)).build();
  static final Gen<Affiliation> AFFILIATION = in -> Affiliation.builder().organisation(TEXT.generate(in))
      .kind(Generate.enumValues(AffiliationKind.class).generate(in)).subject(Generate.enumValues(AffiliationSubject.class).generate(in))
      .person(PERSON.toOptionals(50).generate(in)).since(MAYBE_DATE.generate(in)).until(MAYBE_DATE.generate(in)).build();
  static final Gen<Assessment> ASSESSMENT = in -> Assessment.builder()
      .criterion(Generate.enumValues(AssessedCriterion.class).generate(in)).result(Generate.enumValues(AssessmentResult.class).generate(in))
      .assessedBy(OFFICER.generate(in)).assessedOn(DATE.generate(in)).validUntil(MAYBE_DATE.generate(in))
      .note(MAYBE_TEXT.generate(in)).build();
  static final Gen<KimRecord> RECORD = in -> KimRecord.builder().profile(PROFILE.generate(in))
      .decree(DECREE.toOptionals(40).generate(in)).board(BOARD.toOptionals(40).generate(in)).members(few(MEMBER).generate(in))
      .declaration(DECLARATION.toOptionals(40).generate(in)).dissolution(DISSOLUTION.toOptionals(70).generate(in))
      .affiliations(few(AFFILIATION).generate(in))
      .assessments(few(ASSESSMENT).generate(in))
      .legacyOrigin(Generate.enumValues(LegacyStakeholderCategory.class).toOptionals(60).generate(in)).build();

  static final Gen<FieldViolation> VIOLATION = in -> FieldViolation.builder().path(TEXT.generate(in))
      .constraint(TEXT.generate(in)).messageKey(TEXT.generate(in)).rejectedValue(TEXT.generate(in))
      .ruleId(MAYBE_TEXT.generate(in)).putAllAttributes(attributes(few(TEXT).generate(in))).build();

  private CoreGens() {}

  private static java.util.Map<String, String> attributes(List<String> keys) {
    java.util.Map<String, String> map = new java.util.LinkedHashMap<>();
    keys.forEach(k -> map.put(k, k + "="));
    return map;
  }

  static <T> Gen<List<T>> few(Gen<T> element) {
    return lists().of(element).ofSizeBetween(0, 3);
  }
}
