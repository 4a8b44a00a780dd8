package id.kim.rules.eligibility;

import id.kim.core.assessment.AssessedCriterion;
import id.kim.core.assessment.AssessmentResult;
import id.kim.core.community.CommunityNumber;
import id.kim.core.community.KimRecord;
import id.kim.core.community.TargetAudience;
import id.kim.core.document.AdministrativeDeclaration;
import id.kim.core.document.VillageDecree;
import id.kim.core.organisation.Affiliation;
import id.kim.core.organisation.AffiliationKind;
import id.kim.core.organisation.AffiliationSubject;
import id.kim.core.organisation.BoardMember;
import id.kim.core.region.District;
import id.kim.core.region.Village;
import id.kim.core.region.VillageKind;
import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.collection.HashSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * One thing wrong with a community's facts, as the juknis text describes it, and the rules it must
 * make fail: each turns a valid record into one where exactly {@link #targets()} are not satisfied
 * (or, for {@link #gap() gaps}, unknown). Defects touch different facts, so they compose: applying
 * several in declaration order is well defined, and leaving one out is "repairing" it.
 */
enum Defect {
  // Requirements not satisfied
  NOT_FORMED_BY_COMMUNITY(false, (r, d) -> Kims.assessed(r, AssessedCriterion.FORMED_BY_COMMUNITY, AssessmentResult.NOT_MET, d), "MAP-ENTRY-1"),
  SEAT_IN_OTHER_REGENCY(false, (r, d) -> r.withProfile(r.profile().withSeat(
      Village.of("Dauh Puri", VillageKind.KELURAHAN, District.of("Denpasar Barat", Kims.DENPASAR)))), "MAP-ENTRY-2"),
  DECREE_EXPIRED(false, (r, d) -> r.withDecree(r.decree().map(x -> expire(x, d))), "MAP-ENTRY-3", "PARTNER-LEGAL-1"),
  DECREE_REVOKED(false, (r, d) -> r.withDecree(r.decree().map(x -> x.withRevokedOn(max(x.issuedOn(), d.minusDays(3))))),
      "MAP-ENTRY-3", "PARTNER-LEGAL-1"),
  BOARD_EMPTY(false, (r, d) -> r.withBoard(r.board().map(b -> b.withMembers(java.util.List.of()))), "MAP-ENTRY-4", "PARTNER-LEGAL-3"),
  NUMBER_OF_OTHER_REGENCY(false, (r, d) -> r.withProfile(r.profile().withCommunityNumber(
      CommunityNumber.of("KIM/5171/0003", Kims.DENPASAR))), "PARTNER-LEGAL-2"),
  BOARD_NOT_ACKNOWLEDGED(false, (r, d) -> r.withBoard(r.board().map(b -> b.withAcknowledgement(Optional.empty()))), "PARTNER-LEGAL-3"),
  BOARD_MEMBER_ASN(false, (r, d) -> r.withBoard(r.board().map(b -> b.withMembers(asn(b.members(), d)))), "PARTNER-ADMIN-1"),
  CRIME_NOT_DECLARED(false, (r, d) -> r.withDeclaration(r.declaration().map(x ->
      AdministrativeDeclaration.builder().from(x).boardNotInvolvedInCrime(false).build())), "PARTNER-ADMIN-2"),
  PARTY_AFFILIATION(false, (r, d) -> affiliated(r, AffiliationKind.POLITICAL_PARTY, AffiliationSubject.KIM, "Partai Contoh"),
      "PARTNER-ADMIN-3"),
  NGO_AFFILIATION(false, (r, d) -> affiliated(r, AffiliationKind.NGO, AffiliationSubject.BOARD_MEMBER, "Yayasan Contoh"),
      "PARTNER-ADMIN-4"),
  LETTER_NOT_SIGNED_BY_CHAIR(false, (r, d) -> r.withDeclaration(r.declaration().map(x ->
      AdministrativeDeclaration.builder().from(x).signatories(java.util.List.of(id.kim.core.contact.PersonName.of("Bukan Ketua"))).build())),
      "PARTNER-ADMIN-DECL"),
  NOT_RECOGNISED(false, (r, d) -> Kims.assessed(r, AssessedCriterion.COMMUNITY_RECOGNITION, AssessmentResult.NOT_MET, d), "QUAL-1"),
  NOT_REGULARLY_ACTIVE(false, (r, d) -> Kims.assessed(r, AssessedCriterion.REGULAR_ACTIVITY, AssessmentResult.NOT_MET, d), "QUAL-2"),
  POOR_REPUTATION(false, (r, d) -> Kims.assessed(r, AssessedCriterion.TRACK_RECORD_AND_REPUTATION, AssessmentResult.NOT_MET, d), "QUAL-3"),
  REACHES_NO_VILLAGE(false, (r, d) -> r.withProfile(r.profile().withTargetAudience(
      TargetAudience.builder().coverage("satu RT saja").build())), "QUAL-4"),
  NO_DIRECT_UNDERSTANDING(false, (r, d) -> Kims.assessed(r, AssessedCriterion.DIRECT_UNDERSTANDING, AssessmentResult.NOT_MET, d), "QUAL-5"),
  NO_MEDIA_NOR_MEANS(false, (r, d) -> Kims.assessed(r.withProfile(r.profile().withMedia(java.util.List.of())),
      AssessedCriterion.OTHER_DISSEMINATION_MEANS, AssessmentResult.NOT_MET, d), "QUAL-6"),
  NO_RESOURCES(false, (r, d) -> Kims.assessed(r, AssessedCriterion.RESOURCES, AssessmentResult.NOT_MET, d), "QUAL-7"),

  // Evidence missing: the named rules are unknown
  NO_DECREE(true, (r, d) -> r.withDecree(Optional.empty()), "MAP-ENTRY-3", "PARTNER-LEGAL-1"),
  NO_BOARD(true, (r, d) -> r.withBoard(Optional.empty()), "MAP-ENTRY-4", "PARTNER-LEGAL-3", "PARTNER-ADMIN-1", "PARTNER-ADMIN-DECL"),
  NO_NUMBER(true, (r, d) -> r.withProfile(r.profile().withCommunityNumber(Optional.empty())), "PARTNER-LEGAL-2"),
  NO_LETTER(true, (r, d) -> r.withDeclaration(Optional.empty()),
      "PARTNER-ADMIN-1", "PARTNER-ADMIN-2", "PARTNER-ADMIN-3", "PARTNER-ADMIN-4", "PARTNER-ADMIN-DECL"),
  NO_SEAT(true, (r, d) -> r.withProfile(r.profile().withSeat(Optional.empty())), "MAP-ENTRY-2", "QUAL-1"),
  FORMATION_NOT_ASSESSED(true, (r, d) -> Kims.unassessed(r, AssessedCriterion.FORMED_BY_COMMUNITY), "MAP-ENTRY-1"),
  REPUTATION_NOT_ASSESSED(true, (r, d) -> Kims.unassessed(r, AssessedCriterion.TRACK_RECORD_AND_REPUTATION), "QUAL-3"),
  NO_AUDIENCE(true, (r, d) -> r.withProfile(r.profile().withTargetAudience(Optional.empty())), "QUAL-4"),
  NO_MEDIA(true, (r, d) -> Kims.unassessed(r.withProfile(r.profile().withMedia(java.util.List.of())),
      AssessedCriterion.OTHER_DISSEMINATION_MEANS), "QUAL-6");

  private final boolean gap;
  private final BiFunction<KimRecord, LocalDate, KimRecord> apply;
  private final Set<String> targets;

  Defect(boolean gap, BiFunction<KimRecord, LocalDate, KimRecord> apply, String... targets) {
    this.gap = gap;
    this.apply = apply;
    this.targets = HashSet.of(targets);
  }

  /** @return true if the defect removes evidence (targets become unknown) rather than breaking a requirement */
  boolean gap() {
    return gap;
  }

  /** @return the rules the defect must make not satisfied (or unknown, for a gap), where a rule set has them */
  Set<String> targets() {
    return targets;
  }

  /** @return the record with this defect, judged on {@code asOf} */
  KimRecord apply(KimRecord record, LocalDate asOf) {
    return apply.apply(record, asOf);
  }

  static List<Defect> failures() {
    return List.of(values()).filter(d -> !d.gap);
  }

  static List<Defect> gaps() {
    return List.of(values()).filter(d -> d.gap);
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

  private static KimRecord affiliated(KimRecord r, AffiliationKind kind, AffiliationSubject subject, String organisation) {
    Affiliation.Builder a = Affiliation.builder().organisation(organisation).kind(kind).subject(subject);
    if (subject != AffiliationSubject.KIM) {
      a.person(id.kim.core.contact.PersonName.of("Pengurus Berafiliasi"));
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
