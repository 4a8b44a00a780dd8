package id.kim.rules.eligibility;

import id.kim.core.assessment.AssessedCriterion;
import id.kim.core.assessment.Assessment;
import id.kim.core.assessment.AssessmentResult;
import id.kim.core.community.KimProfile;
import id.kim.rules.explain.Citation;
import id.kim.rules.explain.Evidence;
import id.kim.rules.explain.Finding;
import id.kim.rules.explain.RuleId;
import io.vavr.collection.Array;
import io.vavr.collection.Seq;
import java.time.LocalDate;
import java.util.Optional;

/**
 * QUAL-1 — clear existence (eksistensi jelas, juknis II.B.5 a), "ditunjukkan dengan keberadaan
 * alamat, kontak, dan pengakuan dari masyarakat": all three. Address and contact are data (RULES.md
 * GAP-07 evidence hints): the secretariat address and seat (PROFILE-e..g) and at least one way to
 * reach the KIM (PROFILE-i WhatsApp or fixed line, PROFILE-j e-mail). Recognition by the community
 * is a judgement: the {@link AssessedCriterion#COMMUNITY_RECOGNITION} assessment. A seat recorded above
 * the village (kecamatan or kabupaten/kota) still locates the address: whether that level is allowed
 * is MAP-ENTRY-2's question, not this one's.
 *
 * <p>Recognition assessed as not met → not satisfied; else anything missing → unknown; else
 * satisfied. Addresses and phone numbers are personal data and appear masked in the evidence.
 */
final class Qual1ClearExistence extends EligibilityRule {
  static final RuleId ID = RuleId.of("QUAL-1");
  static final Citation CITATION = Citation.of("II.B.5",
      "a. Eksistensi jelas yang ditunjukkan dengan dengan keberadaan alamat, kontak, dan pengakuan dari masyarakat.");

  private static final FindingKey SATISFIED = Keys.plain("QUAL-1.satisfied");
  private static final FindingKey NOT_RECOGNISED = Keys.failing("QUAL-1.notRecognised");
  private static final FindingKey MISSING_DATA = Keys.failing("QUAL-1.missingData");
  private static final FindingKey NOT_ASSESSED = Keys.failing("QUAL-1.notAssessed");
  private static final FindingKey MISSING_BOTH = Keys.failing("QUAL-1.missingDataNotAssessed");

  Qual1ClearExistence() {
    super(ID, CITATION);
  }

  @Override
  public Finding evaluate(EligibilityFacts facts, LocalDate asOf) {
    KimProfile p = facts.profile();
    Optional<?> seat = p.seat().isPresent() ? p.seat()
        : p.districtSeat().isPresent() ? p.districtSeat() : p.regencyCitySeat();
    boolean address = p.address().isPresent() && seat.isPresent();
    Optional<?> contact = p.whatsapp().isPresent() ? p.whatsapp()
        : p.fixedLine().isPresent() ? p.fixedLine() : p.email();
    Optional<Assessment> recognition = facts.record().latestAssessment(AssessedCriterion.COMMUNITY_RECOGNITION, asOf);
    Seq<Evidence> evidence = Array.of(
        Evidence.of("profile.address", p.address()),
        Evidence.of("profile.seat", seat),
        Evidence.of("profile.contact", contact))
        .appendAll(recognition.map(AssessedRequirement::evidence)
            .orElse(Array.of(Evidence.of("assessment.COMMUNITY_RECOGNITION", "-"))));
    if (recognition.map(a -> a.result() == AssessmentResult.NOT_MET).orElse(false)) {
      return notSatisfied(NOT_RECOGNISED, evidence, recognition.get().assessedOn());
    }
    boolean data = address && contact.isPresent();
    if (!data) {
      return unknown(recognition.isPresent() ? MISSING_DATA : MISSING_BOTH, evidence);
    }
    return recognition.isPresent()
        ? satisfied(SATISFIED, evidence, recognition.get().assessedOn())
        : unknown(NOT_ASSESSED, evidence);
  }
}
