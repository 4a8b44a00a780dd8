package id.kim.rules.eligibility;

import id.kim.core.community.CommunityNumber;
import id.kim.core.community.KnownAbsence;
import id.kim.rules.explain.Citation;
import id.kim.rules.explain.Evidence;
import id.kim.rules.explain.Finding;
import id.kim.rules.explain.RuleId;
import io.vavr.collection.Array;
import io.vavr.collection.Seq;
import java.time.LocalDate;
import java.util.Optional;

/**
 * PARTNER-LEGAL-2 — a Nomor Induk Komunitas issued by the regency/city Dinas (syarat legalitas 2,
 * juknis II.B.4: "NIK (Nomor Induk Komunitas) yang dikeluarkan oleh Dinas Kabupaten/Kota"). The
 * number must be issued by the deciding Dinas' own regency/city (ARCH-4, RULES.md §3 INV-2) and on
 * or before the as-of day.
 *
 * <p>The number is never a population NIK (RULES.md GAP-12). kim-core's validation rejects a
 * 16-digit value, and {@link Eligibility} validates the facts before deciding; should such a value
 * still reach this rule (a caller evaluating a rule set on unvalidated data), the rule answers
 * unknown rather than accept it.
 *
 * <p>No number: "not recorded" is unknown (bring the number); recorded as none
 * ({@link KnownAbsence#COMMUNITY_NUMBER}, tercatat tidak ada) is not satisfied, with the remedy to
 * register with the Dinas. Under {@link CommunityNumberRegister#COMPLETE} the Dinas' own register is
 * complete, so an absent number is read as none (PROPOSED).
 */
final class PartnerLegal2CommunityNumber extends EligibilityRule {
  static final RuleId ID = RuleId.of("PARTNER-LEGAL-2");
  static final Citation CITATION = Citation.of("II.B.4", "2. NIK (Nomor Induk Komunitas) yang dikeluarkan oleh Dinas Kabupaten/Kota");

  private static final FindingKey SATISFIED = Keys.plain("PARTNER-LEGAL-2.satisfied");
  private static final FindingKey OTHER_ISSUER = Keys.failing("PARTNER-LEGAL-2.otherIssuer");
  private static final FindingKey NOT_YET_ISSUED = Keys.failing("PARTNER-LEGAL-2.notYetIssued");
  private static final FindingKey NO_NUMBER = Keys.failing("PARTNER-LEGAL-2.noNumber");
  private static final FindingKey POPULATION_NIK = Keys.failing("PARTNER-LEGAL-2.populationNikShape");
  private static final FindingKey RECORDED_AS_NONE = Keys.failing("PARTNER-LEGAL-2.recordedAsNone");
  private static final FindingKey NOT_IN_REGISTER = Keys.failing("PARTNER-LEGAL-2.notInRegister");

  private final CommunityNumberRegister register;
  private final Evidence policy;

  PartnerLegal2CommunityNumber(CommunityNumberRegister register) {
    super(ID, CITATION);
    this.register = register;
    this.policy = Evidence.of("policy.communityNumberRegister", register.name());
  }

  @Override
  public Finding evaluate(EligibilityFacts facts, LocalDate asOf) {
    Optional<CommunityNumber> recorded = facts.profile().communityNumber();
    if (recorded.isEmpty()) {
      Evidence none = Evidence.of("communityNumber", "-");
      if (facts.profile().isRecordedAsNone(KnownAbsence.COMMUNITY_NUMBER)) {
        return notSatisfied(RECORDED_AS_NONE, Array.of(none, Evidence.of("recordedAsNone", "communityNumber")),
            facts.dinas().name());
      }
      return register == CommunityNumberRegister.COMPLETE
          ? notSatisfied(NOT_IN_REGISTER, Array.of(none, policy), facts.dinas().name())
          : unknown(NO_NUMBER, Array.of(none));
    }
    CommunityNumber n = recorded.get();
    if (CommunityNumber.looksLikePopulationNik(n.value())) {
      return unknown(POPULATION_NIK, Array.of(Evidence.of("communityNumber", "****************")));
    }
    String issuer = n.issuedBy().fullName();
    String area = facts.area().fullName();
    Optional<LocalDate> issuedOn = n.issuedOn();
    Seq<Evidence> evidence = Array.of(
        Evidence.of("communityNumber", n.value()),
        Evidence.of("communityNumber.issuedBy", issuer),
        Evidence.of("communityNumber.issuedOn", issuedOn),
        Evidence.of("dinas.area", area));
    if (!n.issuedBy().equals(facts.area())) {
      return notSatisfied(OTHER_ISSUER, evidence, n.value(), issuer, area, facts.dinas().name());
    }
    if (issuedOn.isPresent() && issuedOn.get().isAfter(asOf)) {
      return notSatisfied(NOT_YET_ISSUED, evidence, n.value(), issuedOn.get());
    }
    return satisfied(SATISFIED, evidence, n.value(), area);
  }
}
