package id.kim.rules.eligibility;

import id.kim.core.agency.Dinas;
import id.kim.core.agency.Officer;
import id.kim.core.assessment.AssessedCriterion;
import id.kim.core.assessment.Assessment;
import id.kim.core.assessment.AssessmentResult;
import id.kim.core.community.Frequency;
import id.kim.core.community.FrequencyPeriod;
import id.kim.core.community.KimProfile;
import id.kim.core.community.KimRecord;
import id.kim.core.community.KimType;
import id.kim.core.community.TargetAudience;
import id.kim.core.contact.ContactPerson;
import id.kim.core.contact.ContactRole;
import id.kim.core.contact.EmailAddress;
import id.kim.core.contact.PersonName;
import id.kim.core.contact.PhoneNumber;
import id.kim.core.document.AdministrativeDeclaration;
import id.kim.core.document.IssuerTitle;
import id.kim.core.document.VillageDecree;
import id.kim.core.i18n.Lang;
import id.kim.core.media.KimMedium;
import id.kim.core.media.Platform;
import id.kim.core.organisation.Acknowledgement;
import id.kim.core.organisation.Board;
import id.kim.core.organisation.BoardMember;
import id.kim.core.organisation.BoardRole;
import id.kim.core.region.Address;
import id.kim.core.region.District;
import id.kim.core.region.Province;
import id.kim.core.region.RegencyCity;
import id.kim.core.region.RegencyCityKind;
import id.kim.core.region.RtRw;
import id.kim.core.region.Village;
import id.kim.core.region.VillageKind;
import id.kim.core.validation.FieldViolation;
import id.kim.rules.engine.Rule;
import id.kim.rules.explain.Decision;
import id.kim.rules.explain.Finding;
import id.kim.rules.explain.RuleId;
import id.kim.rules.explain.Severity;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Example data for the eligibility tests: "KIM Gumbrih" of Desa Gumbrih, Kecamatan Pekutatan,
 * Kabupaten Jembrana (Bali), complete and eligible on {@link #AS_OF}, plus one-line edits for each
 * case of the juknis text. The region, Dinas, village, chair and community number are the shared ones of
 * {@link id.kim.rules.fixtures.Kims}.
 */
public final class Kims {
  public static final LocalDate AS_OF = LocalDate.of(2026, 7, 1);
  public static final Province BALI = id.kim.rules.fixtures.Kims.BALI;
  public static final RegencyCity JEMBRANA = id.kim.rules.fixtures.Kims.JEMBRANA;
  public static final RegencyCity DENPASAR = RegencyCity.of("Denpasar", RegencyCityKind.KOTA, BALI);
  public static final Dinas DINAS = id.kim.rules.fixtures.Kims.DINAS;
  public static final Officer OFFICER = Officer.of(PersonName.of("Bagus Santoso"), DINAS);
  public static final Village GUMBRIH = id.kim.rules.fixtures.Kims.GUMBRIH;
  public static final Village PENGEAMBENGAN = Village.of("Pengambengan", VillageKind.DESA, District.of("Negara"));
  public static final PersonName CHAIR = id.kim.rules.fixtures.Kims.CHAIR;
  public static final PersonName SECRETARY = PersonName.of("Made Wirawan");
  public static final PersonName TREASURER = PersonName.of("Ni Luh Sari");
  public static final LocalDate ASSESSED_ON = LocalDate.of(2026, 5, 10);

  private Kims() {}

  public static KimProfile profile() {
    return KimProfile.builder()
        .name("KIM Gumbrih")
        .type(KimType.A)
        .communityNumber(id.kim.rules.fixtures.Kims.NUMBER.withIssuedOn(LocalDate.of(2025, 3, 1)))
        .contactPerson(ContactPerson.of(CHAIR, ContactRole.CHAIR))
        .address(Address.builder().street("Jl. Raya Gumbrih").rtRw(RtRw.of("001", "002")).number("12").build())
        .seat(GUMBRIH)
        .whatsapp(PhoneNumber.of("0812-0000-0000"))
        .email(EmailAddress.of("kim.gumbrih@gmail.com"))
        .targetAudience(TargetAudience.builder().addVillage(GUMBRIH).coverage("warga Desa Gumbrih").build())
        .addMedia(KimMedium.of(Platform.INSTAGRAM, "@kim.gumbrih"))
        .addMedia(KimMedium.of(Platform.WHATSAPP_GROUP, "WAG KIM Gumbrih"))
        .frequency(Frequency.of(3, FrequencyPeriod.WEEKLY))
        .build();
  }

  public static VillageDecree decree() {
    return VillageDecree.builder().number("141/12/KEP/2025").issuerTitle(IssuerTitle.KEPALA_DESA)
        .issuerVillage(GUMBRIH).issuedOn(LocalDate.of(2025, 1, 15)).validUntil(LocalDate.of(2027, 12, 31)).build();
  }

  public static Board board() {
    return Board.builder()
        .addMembers(BoardMember.of(CHAIR, BoardRole.CHAIR), BoardMember.of(SECRETARY, BoardRole.SECRETARY),
            BoardMember.of(TREASURER, BoardRole.TREASURER))
        .acknowledgement(Acknowledgement.of(IssuerTitle.KEPALA_DESA, LocalDate.of(2025, 1, 20)))
        .composedOn(LocalDate.of(2025, 1, 10))
        .build();
  }

  public static AdministrativeDeclaration declaration() {
    return AdministrativeDeclaration.ofAllStatements(LocalDate.of(2025, 2, 1), List.of(CHAIR));
  }

  public static Assessment assessment(AssessedCriterion criterion, AssessmentResult result, LocalDate on) {
    return Assessment.builder().criterion(criterion).result(result).assessedBy(OFFICER).assessedOn(on).build();
  }

  /** The criteria a complete 2022 KIM has been assessed on (not the legacy or termination ones). */
  private static final AssessedCriterion[] JUKNIS_CRITERIA = {
      AssessedCriterion.FORMED_BY_COMMUNITY, AssessedCriterion.COMMUNITY_RECOGNITION,
      AssessedCriterion.REGULAR_ACTIVITY, AssessedCriterion.TRACK_RECORD_AND_REPUTATION,
      AssessedCriterion.DIRECT_UNDERSTANDING, AssessedCriterion.RESOURCES};

  /** @return KIM Gumbrih, complete: eligible to enter the mapping and to partner on {@link #AS_OF} */
  public static KimRecord record() {
    List<Assessment> assessments = new ArrayList<>();
    for (AssessedCriterion c : JUKNIS_CRITERIA) {
      assessments.add(assessment(c, AssessmentResult.MET, ASSESSED_ON));
    }
    return KimRecord.builder().profile(profile()).decree(decree()).board(board()).declaration(declaration())
        .addAllAssessments(assessments).build();
  }

  public static EligibilityFacts facts(KimRecord record) {
    return EligibilityFacts.of(record, DINAS);
  }

  public static EligibilityFacts facts() {
    return facts(record());
  }

  /** @return the record with one more assessment */
  public static KimRecord assessed(KimRecord record, AssessedCriterion c, AssessmentResult result, LocalDate on) {
    List<Assessment> all = new ArrayList<>(record.assessments());
    all.add(assessment(c, result, on));
    return record.withAssessments(all);
  }

  /** @return the record without any assessment of the criterion */
  public static KimRecord unassessed(KimRecord record, AssessedCriterion c) {
    List<Assessment> all = new ArrayList<>();
    for (Assessment a : record.assessments()) {
      if (a.criterion() != c) {
        all.add(a);
      }
    }
    return record.withAssessments(all);
  }

  public static AdministrativeDeclaration.Builder declarationFrom(AdministrativeDeclaration d) {
    return AdministrativeDeclaration.builder().from(d);
  }

  /** @return the decision, failing the test with every violation if the facts were invalid */
  public static Decision valid(Validation<Seq<FieldViolation>, Decision> v) {
    if (v.isInvalid()) {
      throw new AssertionError(
          "facts are invalid: " + v.getError().map(x -> x.describe(Lang.EN)).mkString("; "));
    }
    return v.get();
  }

  /** @return the main finding (severity REQUIREMENT) of rule {@code id} in {@code findings} */
  public static Finding main(Seq<Finding> findings, String id) {
    return findings.filter(f -> f.ruleId().value().equals(id) && f.severity() == Severity.REQUIREMENT)
        .single();
  }

  /** @return the warnings of rule {@code id} in {@code findings} */
  public static Seq<Finding> warnings(Seq<Finding> findings, String id) {
    return findings.filter(f -> f.ruleId().value().equals(id) && f.severity() == Severity.WARNING);
  }

  /** @return the partnership or mapping-entry rule with that ID under the default policy */
  public static Rule<EligibilityFacts> rule(String id) {
    RuleId rid = RuleId.of(id);
    return Juknis2022.PARTNERSHIP.rule(rid).orElse(() -> Juknis2022.MAPPING_ENTRY.rule(rid)).get();
  }

  /** @return the rule's finding about the facts on the day */
  public static Finding evaluate(String id, EligibilityFacts facts, LocalDate asOf) {
    return rule(id).evaluate(facts, asOf);
  }

  public static Finding evaluate(String id, KimRecord record) {
    return evaluate(id, facts(record), AS_OF);
  }
}
