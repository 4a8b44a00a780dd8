package id.kim.json.core;

import id.kim.core.community.CommunityNumber;
import id.kim.core.community.Frequency;
import id.kim.core.community.GovernmentAffair;
import id.kim.core.community.KimProfile;
import id.kim.core.community.KimType;
import id.kim.core.community.KnownAbsence;
import id.kim.core.community.PartnershipPeriod;
import id.kim.core.community.ProfileIssue;
import id.kim.core.community.TargetAudience;
import id.kim.core.contact.ContactPerson;
import id.kim.core.contact.EmailAddress;
import id.kim.core.contact.PhoneNumber;
import id.kim.core.media.ContentType;
import id.kim.core.media.KimMedium;
import id.kim.core.metric.ReachObservation;
import id.kim.core.metric.ResponseObservation;
import id.kim.core.region.Address;
import id.kim.core.region.District;
import id.kim.core.region.RegencyCity;
import id.kim.core.region.Village;
import id.kim.json.Codec;
import id.kim.json.Field;
import id.kim.json.ObjectCodec;
import id.kim.json.Scalars;
import java.util.List;
import java.util.Optional;

/**
 * JSON of the Tabel 3.1 profile (PROFILE-a..t), one field per accessor of {@link KimProfile}, in the
 * juknis' order. Only {@code name} is required; absent fields are omitted on output. Field o (media
 * kinds) is derived from l and not written. {@code recordedAsNone} lists the Tabel 3.1 facts recorded
 * as none (tercatat tidak ada): {@code communityNumber}, {@code media}, {@code otherDisseminationMeans}.
 * A seat recorded above the village (MAP-ENTRY-2) is
 * {@code districtSeat} (a {@code District}) or {@code regencyCitySeat} (a {@code RegencyCity}) instead
 * of {@code seat}. At most one of the three is given: like every constraint, that is checked by
 * validation ({@code kim.seat.oneLevel}, MAP-ENTRY-2), not by reading.
 */
public final class KimProfileCodec {
  private static final Field<KimProfile, String> NAME = Field.required("name", KimProfile::name, Scalars.TEXT);
  private static final Field<KimProfile, Optional<KimType>> TYPE = Field.optional("type", KimProfile::type,
      Scalars.code(KimType.class));
  private static final Field<KimProfile, Optional<CommunityNumber>> NUMBER =
      Field.optional("communityNumber", KimProfile::communityNumber, ProfileCodecs.COMMUNITY_NUMBER);
  private static final Field<KimProfile, Optional<ContactPerson>> CONTACT =
      Field.optional("contactPerson", KimProfile::contactPerson, ContactCodecs.CONTACT_PERSON);
  private static final Field<KimProfile, Optional<Address>> ADDRESS = Field.optional("address", KimProfile::address,
      RegionCodecs.ADDRESS);
  private static final Field<KimProfile, Optional<Village>> SEAT = Field.optional("seat", KimProfile::seat,
      RegionCodecs.VILLAGE);
  private static final Field<KimProfile, Optional<District>> DISTRICT_SEAT =
      Field.optional("districtSeat", KimProfile::districtSeat, RegionCodecs.DISTRICT);
  private static final Field<KimProfile, Optional<RegencyCity>> REGENCY_CITY_SEAT =
      Field.optional("regencyCitySeat", KimProfile::regencyCitySeat, RegionCodecs.REGENCY_CITY);
  private static final Field<KimProfile, Optional<PhoneNumber>> FIXED = Field.optional("fixedLine",
      KimProfile::fixedLine, ContactCodecs.PHONE);
  private static final Field<KimProfile, Optional<PhoneNumber>> WHATSAPP = Field.optional("whatsapp",
      KimProfile::whatsapp, ContactCodecs.PHONE);
  private static final Field<KimProfile, Optional<EmailAddress>> EMAIL = Field.optional("email", KimProfile::email,
      ContactCodecs.EMAIL);
  private static final Field<KimProfile, Optional<TargetAudience>> AUDIENCE =
      Field.optional("targetAudience", KimProfile::targetAudience, ProfileCodecs.AUDIENCE);
  private static final Field<KimProfile, List<KimMedium>> MEDIA = Field.array("media", KimProfile::media,
      MediaCodecs.MEDIUM);
  private static final Field<KimProfile, List<GovernmentAffair>> FIELDS =
      Field.array("fieldsOfActivity", KimProfile::fieldsOfActivity, Scalars.code(GovernmentAffair.class));
  private static final Field<KimProfile, List<ProfileIssue>> ISSUES = Field.array("publicIssues",
      KimProfile::publicIssues, ProfileCodecs.ISSUE);
  private static final Field<KimProfile, Optional<Frequency>> FREQUENCY =
      Field.optional("frequency", KimProfile::frequency, ProfileCodecs.FREQUENCY);
  private static final Field<KimProfile, List<ContentType>> CONTENT =
      Field.array("contentTypes", KimProfile::contentTypes, Scalars.code(ContentType.class));
  private static final Field<KimProfile, List<PartnershipPeriod>> PERIODS =
      Field.array("partnershipPeriods", KimProfile::partnershipPeriods, ProfileCodecs.PARTNERSHIP_PERIOD);
  private static final Field<KimProfile, List<ReachObservation>> REACH = Field.array("reach", KimProfile::reach,
      MediaCodecs.REACH);
  private static final Field<KimProfile, List<ResponseObservation>> RESPONSES =
      Field.array("responses", KimProfile::responses, MediaCodecs.RESPONSE);

  private static final Field<KimProfile, List<KnownAbsence>> NONE =
      Field.array("recordedAsNone", KimProfile::recordedAsNone, AbsenceCodecs.PROFILE_FACT);

  /** The profile. */
  public static final Codec<KimProfile> PROFILE = ObjectCodec.of("KimProfile",
      List.of(NAME, TYPE, NUMBER, CONTACT, ADDRESS, SEAT, DISTRICT_SEAT, REGENCY_CITY_SEAT, FIXED, WHATSAPP, EMAIL,
          AUDIENCE, MEDIA, FIELDS, ISSUES, FREQUENCY, CONTENT, PERIODS, REACH, RESPONSES, NONE),
      d -> KimProfile.builder().name(d.get(NAME)).type(d.get(TYPE)).communityNumber(d.get(NUMBER))
          .contactPerson(d.get(CONTACT)).address(d.get(ADDRESS)).seat(d.get(SEAT)).districtSeat(d.get(DISTRICT_SEAT))
          .regencyCitySeat(d.get(REGENCY_CITY_SEAT)).fixedLine(d.get(FIXED))
          .whatsapp(d.get(WHATSAPP)).email(d.get(EMAIL)).targetAudience(d.get(AUDIENCE)).media(d.get(MEDIA))
          .fieldsOfActivity(d.get(FIELDS)).publicIssues(d.get(ISSUES)).frequency(d.get(FREQUENCY))
          .contentTypes(d.get(CONTENT)).partnershipPeriods(d.get(PERIODS)).reach(d.get(REACH))
          .responses(d.get(RESPONSES))
          .recordedAsNone(d.get(NONE)).build());

  private KimProfileCodec() {}

}
