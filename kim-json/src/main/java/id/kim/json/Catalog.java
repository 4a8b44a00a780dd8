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
import id.kim.json.core.AgencyCodecs;
import id.kim.json.core.ContactCodecs;
import id.kim.json.core.DocumentCodecs;
import id.kim.json.core.KimProfileCodec;
import id.kim.json.core.MediaCodecs;
import id.kim.json.core.OrganisationCodecs;
import id.kim.json.core.ProfileCodecs;
import id.kim.json.core.RecordCodecs;
import id.kim.json.core.RegionCodecs;
import id.kim.json.core.ValidationCodecs;
import id.kim.json.rules.ExplainCodecs;
import id.kim.rules.explain.Citation;
import id.kim.rules.explain.Decision;
import id.kim.rules.explain.Evidence;
import id.kim.rules.explain.Finding;
import id.kim.rules.explain.Message;
import id.kim.rules.explain.Outcome;
import id.kim.rules.explain.RuleId;
import id.kim.rules.explain.RuleSetRef;
import id.kim.rules.explain.Severity;
import id.kim.rules.explain.Verdict;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which SDK type has which codec: every public value and enum of kim-core and the explanation types
 * of kim-rules. A rule family's result types join the contract by one {@link #put} line here and a
 * codec class beside {@link ExplainCodecs}.
 */
final class Catalog {
  private static final Map<Class<?>, Codec<?>> CODECS = build();

  private Catalog() {}

  /** @return every type of the contract with its codec, in a stable order */
  static Map<Class<?>, Codec<?>> all() {
    return CODECS;
  }

  /**
   * @param type an SDK type or one of its hidden implementation classes
   * @param <T> the type
   * @return its codec, if the type is part of the contract
   */
  @SuppressWarnings("unchecked")
  static <T> Optional<Codec<T>> find(Class<T> type) {
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      Codec<?> codec = CODECS.get(c);
      if (codec != null) {
        return Optional.of((Codec<T>) codec);
      }
    }
    return Optional.empty();
  }

  private static Map<Class<?>, Codec<?>> build() {
    Map<Class<?>, Codec<?>> m = new LinkedHashMap<>();
    put(m, Province.class, RegionCodecs.PROVINCE);
    put(m, RegencyCity.class, RegionCodecs.REGENCY_CITY);
    put(m, District.class, RegionCodecs.DISTRICT);
    put(m, Village.class, RegionCodecs.VILLAGE);
    put(m, RtRw.class, RegionCodecs.RT_RW);
    put(m, Address.class, RegionCodecs.ADDRESS);
    put(m, PersonName.class, ContactCodecs.PERSON_NAME);
    put(m, PhoneNumber.class, ContactCodecs.PHONE);
    put(m, EmailAddress.class, ContactCodecs.EMAIL);
    put(m, DocumentRef.class, ContactCodecs.DOCUMENT);
    put(m, ContactPerson.class, ContactCodecs.CONTACT_PERSON);
    put(m, Period.class, ContactCodecs.PERIOD);
    put(m, Dinas.class, AgencyCodecs.DINAS);
    put(m, Officer.class, AgencyCodecs.OFFICER);
    put(m, KimMedium.class, MediaCodecs.MEDIUM);
    put(m, ReachObservation.class, MediaCodecs.REACH);
    put(m, ResponseObservation.class, MediaCodecs.RESPONSE);
    put(m, CommunityNumber.class, ProfileCodecs.COMMUNITY_NUMBER);
    put(m, Frequency.class, ProfileCodecs.FREQUENCY);
    put(m, PartnershipPeriod.class, ProfileCodecs.PARTNERSHIP_PERIOD);
    put(m, ProfileIssue.class, ProfileCodecs.ISSUE);
    put(m, TargetAudience.class, ProfileCodecs.AUDIENCE);
    put(m, KimProfile.class, KimProfileCodec.PROFILE);
    put(m, VillageDecree.class, DocumentCodecs.DECREE);
    put(m, AdministrativeDeclaration.class, DocumentCodecs.DECLARATION);
    put(m, DissolutionNotice.class, DocumentCodecs.DISSOLUTION);
    put(m, Acknowledgement.class, OrganisationCodecs.ACKNOWLEDGEMENT);
    put(m, BoardMember.class, OrganisationCodecs.BOARD_MEMBER);
    put(m, Board.class, OrganisationCodecs.BOARD);
    put(m, Member.class, OrganisationCodecs.MEMBER);
    put(m, Affiliation.class, OrganisationCodecs.AFFILIATION);
    put(m, Assessment.class, RecordCodecs.ASSESSMENT);
    put(m, KimRecord.class, RecordCodecs.RECORD);
    put(m, FieldViolation.class, ValidationCodecs.VIOLATION);
    put(m, RuleId.class, ExplainCodecs.RULE_ID);
    put(m, RuleSetRef.class, ExplainCodecs.RULE_SET);
    put(m, Citation.class, ExplainCodecs.CITATION);
    put(m, Evidence.class, ExplainCodecs.EVIDENCE);
    put(m, Message.class, ExplainCodecs.MESSAGE);
    put(m, Finding.class, ExplainCodecs.FINDING);
    put(m, Decision.class, ExplainCodecs.DECISION);
    for (Class<? extends Enum<?>> e : java.util.List.<Class<? extends Enum<?>>>of(DinasLevel.class, AssessedCriterion.class,
        AssessmentResult.class, FrequencyPeriod.class, GovernmentAffair.class, GovernmentAffair.Category.class, KimType.class,
        LegacyStakeholderCategory.class, ContactRole.class, IssuerTitle.class, AffiliationKind.class, AffiliationSubject.class,
        BoardRole.class, ContentType.class, MediaChannel.class, MediaKind.class, Platform.class, ReachMetric.class,
        ResponseMetric.class, RegencyCityKind.class, SecretariatKind.class, VillageKind.class, Lang.class, Outcome.class,
        Severity.class, Verdict.class)) {
      putEnum(m, e);
    }
    return Collections.unmodifiableMap(m);
  }

  private static <T> void put(Map<Class<?>, Codec<?>> m, Class<T> type, Codec<T> codec) {
    m.put(type, codec);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void putEnum(Map<Class<?>, Codec<?>> m, Class<? extends Enum<?>> type) {
    m.put(type, Scalars.code((Class) type));
  }
}
