package id.kim.rules.eligibility;

import id.kim.core.assessment.AssessedCriterion;
import id.kim.core.assessment.AssessmentResult;
import id.kim.core.community.CommunityNumber;
import id.kim.core.community.KimRecord;
import id.kim.core.community.TargetAudience;
import id.kim.core.contact.PersonName;
import id.kim.core.document.AdministrativeDeclaration;
import id.kim.core.document.VillageDecree;
import id.kim.core.organisation.Affiliation;
import id.kim.core.organisation.AffiliationKind;
import id.kim.core.organisation.AffiliationSubject;
import id.kim.core.organisation.BoardMember;
import id.kim.core.region.District;
import id.kim.core.region.RegencyCity;
import id.kim.core.region.Village;
import id.kim.core.region.VillageKind;
import id.kim.rules.eligibility.EligibleScenarios.Scenario;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Set;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * One requirement of the juknis broken in an eligible community's facts — the rule-specific shaping
 * of the property tests (kim-testkit supplies the eligible facts, {@link EligibleScenarios}): each
 * turns a valid record into one where exactly {@link #targets()} are not satisfied (or, for
 * {@link #gap() gaps}, unknown). They touch different facts, so they compose: applying several in
 * declaration order is well defined, and leaving one out is "repairing" it. Not to be confused with
 * kim-testkit's {@code Defect}, a value that fails kim-core's validation.
 */
enum BrokenRequirement {
  // Requirements not satisfied
  NOT_FORMED_BY_COMMUNITY(false, (r, s) ->
      Kims.assessed(r, AssessedCriterion.FORMED_BY_COMMUNITY, AssessmentResult.NOT_MET, s.asOf()),
      "MAP-ENTRY-1"),
  SEAT_IN_OTHER_REGENCY(false, (r, s) -> r.withProfile(r.profile().withSeat(villageOutside(s.area()))), "MAP-ENTRY-2"),
  SEAT_AT_DISTRICT_LEVEL(false, (r, s) -> r.withProfile(r.profile().withSeat(Optional.empty())
      .withRegencyCitySeat(Optional.empty()).withDistrictSeat(District.of("Negara", s.area()))), "MAP-ENTRY-2"),
  SEAT_AT_REGENCY_CITY_LEVEL(false, (r, s) -> r.withProfile(r.profile().withSeat(Optional.empty())
      .withDistrictSeat(Optional.empty()).withRegencyCitySeat(s.area())), "MAP-ENTRY-2"),
  DECREE_EXPIRED(false, (r, s) -> r.withDecree(r.decree().map(x -> expire(x, s.asOf()))), "MAP-ENTRY-3",
      "PARTNER-LEGAL-1"),
  DECREE_REVOKED(false, (r, s) ->
      r.withDecree(r.decree().map(x -> x.withRevokedOn(max(x.issuedOn(), s.asOf().minusDays(3))))),
      "MAP-ENTRY-3", "PARTNER-LEGAL-1"),
  BOARD_EMPTY(false, (r, s) -> r.withBoard(r.board().map(b -> b.withMembers(java.util.List.of()))), "MAP-ENTRY-4",
      "PARTNER-LEGAL-3"),
  NUMBER_OF_OTHER_REGENCY(false, (r, s) -> r.withProfile(r.profile().withCommunityNumber(
      CommunityNumber.of("KIM/5171/0003", otherThan(s.area())))), "PARTNER-LEGAL-2"),
  BOARD_NOT_ACKNOWLEDGED(false, (r, s) -> r.withBoard(r.board().map(b -> b.withAcknowledgement(Optional.empty()))),
      "PARTNER-LEGAL-3"),
  BOARD_MEMBER_ASN(false, (r, s) -> r.withBoard(r.board().map(b -> b.withMembers(asn(b.members(), s.asOf())))),
      "PARTNER-ADMIN-1"),
  CRIME_NOT_DECLARED(false, (r, s) -> r.withDeclaration(r.declaration().map(x ->
      AdministrativeDeclaration.builder().from(x).boardNotInvolvedInCrime(false).build())), "PARTNER-ADMIN-2"),
  PARTY_AFFILIATION(false, (r, s) ->
      affiliated(r, AffiliationKind.POLITICAL_PARTY, AffiliationSubject.KIM, "Partai Contoh"),
      "PARTNER-ADMIN-3"),
  NGO_AFFILIATION(false, (r, s) ->
      affiliated(r, AffiliationKind.NGO, AffiliationSubject.BOARD_MEMBER, "Yayasan Contoh"),
      "PARTNER-ADMIN-4"),
  LETTER_NOT_SIGNED_BY_CHAIR(false, (r, s) -> r.withDeclaration(r.declaration().map(x ->
      AdministrativeDeclaration.builder().from(x).signatories(java.util.List.of(PersonName.of("Bukan Ketua")))
          .build())),
      "PARTNER-ADMIN-DECL"),
  NOT_RECOGNISED(false, (r, s) ->
      Kims.assessed(r, AssessedCriterion.COMMUNITY_RECOGNITION, AssessmentResult.NOT_MET, s.asOf()), "QUAL-1"),
  NOT_REGULARLY_ACTIVE(false, (r, s) ->
      Kims.assessed(r, AssessedCriterion.REGULAR_ACTIVITY, AssessmentResult.NOT_MET, s.asOf()), "QUAL-2"),
  POOR_REPUTATION(false, (r, s) ->
      Kims.assessed(r, AssessedCriterion.TRACK_RECORD_AND_REPUTATION, AssessmentResult.NOT_MET, s.asOf()),
      "QUAL-3"),
  REACHES_NO_VILLAGE(false, (r, s) -> r.withProfile(r.profile().withTargetAudience(
      TargetAudience.builder().coverage("satu RT saja").build())), "QUAL-4"),
  NO_DIRECT_UNDERSTANDING(false, (r, s) ->
      Kims.assessed(r, AssessedCriterion.DIRECT_UNDERSTANDING, AssessmentResult.NOT_MET, s.asOf()),
      "QUAL-5"),
  NO_MEDIA_NOR_MEANS(false, (r, s) -> Kims.assessed(r.withProfile(r.profile().withMedia(java.util.List.of())),
      AssessedCriterion.OTHER_DISSEMINATION_MEANS, AssessmentResult.NOT_MET, s.asOf()), "QUAL-6"),
  NO_RESOURCES(false, (r, s) -> Kims.assessed(r, AssessedCriterion.RESOURCES, AssessmentResult.NOT_MET, s.asOf()),
      "QUAL-7"),

  // Evidence missing: the named rules are unknown
  NO_DECREE(true, (r, s) -> r.withDecree(Optional.empty()), "MAP-ENTRY-3", "PARTNER-LEGAL-1"),
  NO_BOARD(true, (r, s) -> r.withBoard(Optional.empty()), "MAP-ENTRY-4", "PARTNER-LEGAL-3", "PARTNER-ADMIN-1",
      "PARTNER-ADMIN-DECL"),
  NO_NUMBER(true, (r, s) -> r.withProfile(r.profile().withCommunityNumber(Optional.empty())), "PARTNER-LEGAL-2"),
  NO_LETTER(true, (r, s) -> r.withDeclaration(Optional.empty()),
      "PARTNER-ADMIN-1", "PARTNER-ADMIN-2", "PARTNER-ADMIN-3", "PARTNER-ADMIN-4", "PARTNER-ADMIN-DECL"),
  NO_SEAT(true, (r, s) -> r.withProfile(r.profile().withSeat(Optional.empty()).withDistrictSeat(Optional.empty())
      .withRegencyCitySeat(Optional.empty())), "MAP-ENTRY-2", "QUAL-1"),
  FORMATION_NOT_ASSESSED(true, (r, s) -> Kims.unassessed(r, AssessedCriterion.FORMED_BY_COMMUNITY), "MAP-ENTRY-1"),
  REPUTATION_NOT_ASSESSED(true, (r, s) -> Kims.unassessed(r, AssessedCriterion.TRACK_RECORD_AND_REPUTATION), "QUAL-3"),
  NO_AUDIENCE(true, (r, s) -> r.withProfile(r.profile().withTargetAudience(Optional.empty())), "QUAL-4"),
  NO_MEDIA(true, (r, s) -> Kims.unassessed(r.withProfile(r.profile().withMedia(java.util.List.of())),
      AssessedCriterion.OTHER_DISSEMINATION_MEANS), "QUAL-6");

  private final boolean gap;
  private final BiFunction<KimRecord, Scenario, KimRecord> apply;
  private final Set<String> targets;

  BrokenRequirement(boolean gap, BiFunction<KimRecord, Scenario, KimRecord> apply, String... targets) {
    this.gap = gap;
    this.apply = apply;
    this.targets = HashSet.of(targets);
  }

  /** @return true if the breach removes evidence (targets become unknown) rather than breaking a requirement */
  boolean gap() {
    return gap;
  }

  /** @return the rules the breach must make not satisfied (or unknown, for a gap), where a rule set has them */
  Set<String> targets() {
    return targets;
  }

  /** @return the record with this requirement broken, for the scenario's Dinas and as-of day */
  KimRecord apply(KimRecord record, Scenario scenario) {
    return apply.apply(record, scenario);
  }

  static List<BrokenRequirement> failures() {
    return List.of(values()).filter(d -> !d.gap);
  }

  static List<BrokenRequirement> gaps() {
    return List.of(values()).filter(d -> d.gap);
  }

  /** @return a regency/city other than {@code area}: Kota Denpasar, or Kabupaten Jembrana for Denpasar itself */
  static RegencyCity otherThan(RegencyCity area) {
    return area.equals(Kims.DENPASAR) ? Kims.JEMBRANA : Kims.DENPASAR;
  }

  private static Village villageOutside(RegencyCity area) {
    RegencyCity other = otherThan(area);
    return other.equals(Kims.DENPASAR)
        ? Village.of("Dauh Puri", VillageKind.KELURAHAN, District.of("Denpasar Barat", other))
        : Village.of("Gumbrih", VillageKind.DESA, District.of("Pekutatan", other));
  }

  private static VillageDecree expire(VillageDecree d, LocalDate asOf) {
    LocalDate lastDay = asOf.minusDays(1);
    return d.withIssuedOn(min(d.issuedOn(), lastDay)).withValidUntil(lastDay).withRevokedOn(Optional.empty());
  }

  private static java.util.List<BoardMember> asn(java.util.List<BoardMember> members, LocalDate asOf) {
    java.util.List<BoardMember> out = new ArrayList<>(members);
    if (!out.isEmpty()) {
      out.set(out.size() - 1, out.get(out.size() - 1).withCivilServantSince(asOf));
    }
    return out;
  }

  private static KimRecord affiliated(KimRecord r, AffiliationKind kind, AffiliationSubject subject,
      String organisation) {
    Affiliation.Builder a = Affiliation.builder().organisation(organisation).kind(kind).subject(subject);
    if (subject != AffiliationSubject.KIM) {
      a.person(PersonName.of("Pengurus Berafiliasi"));
    }
    java.util.List<Affiliation> all = new ArrayList<>(r.affiliations());
    all.add(a.build());
    return r.withAffiliations(all);
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }
}
