package id.kim.json.core;

import id.kim.core.community.CommunityNumber;
import id.kim.core.community.Frequency;
import id.kim.core.community.FrequencyPeriod;
import id.kim.core.community.GovernmentAffair;
import id.kim.core.community.KimRef;
import id.kim.core.community.PartnershipPeriod;
import id.kim.core.community.ProfileIssue;
import id.kim.core.community.TargetAudience;
import id.kim.core.region.RegencyCity;
import id.kim.core.region.Village;
import id.kim.core.time.Period;
import id.kim.json.Codec;
import id.kim.json.Field;
import id.kim.json.ObjectCodec;
import id.kim.json.Scalars;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * JSON of the parts of a Tabel 3.1 profile: community number (PROFILE-c), audience (k), issues (n), frequency (p),
 * periods (r).
 */
public final class ProfileCodecs {
  private static final Field<CommunityNumber, String> CN_VALUE = Field.required("value", CommunityNumber::value,
      Scalars.TEXT);
  private static final Field<CommunityNumber, RegencyCity> CN_ISSUER =
      Field.required("issuedBy", CommunityNumber::issuedBy, RegionCodecs.REGENCY_CITY);
  private static final Field<CommunityNumber, Optional<LocalDate>> CN_ON = Field.optional("issuedOn",
      CommunityNumber::issuedOn, Scalars.DATE);
  /** The Nomor Induk Komunitas with its issuing regency/city — never a population NIK (GAP-12). */
  public static final Codec<CommunityNumber> COMMUNITY_NUMBER = ObjectCodec.of("CommunityNumber",
      List.of(CN_VALUE, CN_ISSUER, CN_ON),
      d -> {
        CommunityNumber number = CommunityNumber.of(d.get(CN_VALUE), d.get(CN_ISSUER));
        return d.get(CN_ON).map(number::withIssuedOn).orElse(number);
      });

  private static final Field<Frequency, Integer> COUNT = Field.required("count", Frequency::count, Scalars.INT);
  private static final Field<Frequency, FrequencyPeriod> PER = Field.required("period", Frequency::period,
      Scalars.code(FrequencyPeriod.class));
  /** {@code {"count": 3, "period": "WEEKLY"}} */
  public static final Codec<Frequency> FREQUENCY = ObjectCodec.of("Frequency", List.of(COUNT, PER),
      d -> Frequency.of(d.get(COUNT), d.get(PER)));

  private static final Field<PartnershipPeriod, Period> PP_PERIOD = Field.required("period", PartnershipPeriod::period,
      ContactCodecs.PERIOD);
  private static final Field<PartnershipPeriod, String> PP_PROGRAMME =
      Field.required("programmeOrPolicy", PartnershipPeriod::programmeOrPolicy, Scalars.TEXT);
  /** A partnership period for one programme or policy. */
  public static final Codec<PartnershipPeriod> PARTNERSHIP_PERIOD = ObjectCodec.of("PartnershipPeriod",
      List.of(PP_PERIOD, PP_PROGRAMME),
      d -> PartnershipPeriod.of(d.get(PP_PERIOD), d.get(PP_PROGRAMME)));

  private static final Field<ProfileIssue, String> TITLE = Field.required("title", ProfileIssue::title, Scalars.TEXT);
  private static final Field<ProfileIssue, Optional<GovernmentAffair>> FIELD =
      Field.optional("field", ProfileIssue::field, Scalars.code(GovernmentAffair.class));
  /** A public issue, with the field of activity it arises in when stated. */
  public static final Codec<ProfileIssue> ISSUE = ObjectCodec.of("ProfileIssue", List.of(TITLE, FIELD),
      d -> d.get(FIELD).map(f -> ProfileIssue.of(d.get(TITLE), f)).orElseGet(() -> ProfileIssue.of(d.get(TITLE))));

  private static final Field<TargetAudience, List<Village>> VILLAGES = Field.array("villages", TargetAudience::villages,
      RegionCodecs.VILLAGE);
  private static final Field<TargetAudience, Optional<String>> COVERAGE = Field.optional("coverage",
      TargetAudience::coverage, Scalars.TEXT);
  private static final Field<TargetAudience, Optional<String>> STATUS =
      Field.optional("socioEconomicStatus", TargetAudience::socioEconomicStatus, Scalars.TEXT);
  /** The target audience (khalayak sasaran). */
  public static final Codec<TargetAudience> AUDIENCE = ObjectCodec.of("TargetAudience",
      List.of(VILLAGES, COVERAGE, STATUS),
      d -> TargetAudience.builder().villages(d.get(VILLAGES)).coverage(d.get(COVERAGE))
          .socioEconomicStatus(d.get(STATUS)).build());

  private static final Field<KimRef, String> REF_NAME = Field.required("name", KimRef::name, Scalars.TEXT);
  private static final Field<KimRef, Optional<CommunityNumber>> REF_NUMBER =
      Field.optional("communityNumber", KimRef::communityNumber, COMMUNITY_NUMBER);
  private static final Field<KimRef, Optional<Village>> REF_SEAT = Field.optional("seat", KimRef::seat,
      RegionCodecs.VILLAGE);
  /**
   * Which KIM: {@code {"name": "KIM Gumbrih", "communityNumber": {…}}} — identified by the number and
   * its issuer once registered, else by name and seat (GAP-12); the identity key is derived, not written.
   */
  public static final Codec<KimRef> KIM_REF = ObjectCodec.of("KimRef", List.of(REF_NAME, REF_NUMBER, REF_SEAT),
      d -> KimRef.builder().name(d.get(REF_NAME)).communityNumber(d.get(REF_NUMBER)).seat(d.get(REF_SEAT)).build());

  private ProfileCodecs() {}
}
