package id.kim.rules.eligibility;

import id.kim.core.community.CommunityNumber;
import id.kim.core.community.KnownAbsence;
import id.kim.core.region.RegencyCity;
import id.kim.core.region.RegionCode;
import id.kim.core.region.RegionLevel;
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
 *
 * <p>The issuer is compared with the Dinas' regency/city by Kemendagri code where both carry one, by
 * name otherwise ({@link RegencyCity#isSameAs}). Where the number's format carries a kabupaten/kota
 * code ({@code KIM/5101/0007}, read by {@link NumberRegionCode}) and the issuing regency has a code,
 * the two must be equal (PROPOSED, GAP-12): a mismatch is a warning beside the decision, or
 * {@code NOT_SATISFIED} under {@link CommunityNumberRegionCode#REQUIREMENT}. With no code on either
 * side nothing is compared.
 */
final class PartnerLegal2CommunityNumber extends EligibilityRule {
  static final RuleId ID = RuleId.of("PARTNER-LEGAL-2");
  static final Citation CITATION = Citation.of("II.B.4",
      "2. NIK (Nomor Induk Komunitas) yang dikeluarkan oleh Dinas Kabupaten/Kota");

  private static final FindingKey SATISFIED = Keys.plain("PARTNER-LEGAL-2.satisfied");
  private static final FindingKey OTHER_ISSUER = Keys.failing("PARTNER-LEGAL-2.otherIssuer");
  private static final FindingKey NOT_YET_ISSUED = Keys.failing("PARTNER-LEGAL-2.notYetIssued");
  private static final FindingKey NO_NUMBER = Keys.failing("PARTNER-LEGAL-2.noNumber");
  private static final FindingKey POPULATION_NIK = Keys.failing("PARTNER-LEGAL-2.populationNikShape");
  private static final FindingKey RECORDED_AS_NONE = Keys.failing("PARTNER-LEGAL-2.recordedAsNone");
  private static final FindingKey NOT_IN_REGISTER = Keys.failing("PARTNER-LEGAL-2.notInRegister");
  private static final FindingKey OTHER_REGION_CODE = Keys.failing("PARTNER-LEGAL-2.otherRegionCode");
  /** The code check is the SDK's reading: the juknis gives the number no format. */
  static final Citation REGION_CODE_CITATION = Citation.proposed("II.B.4",
      "2. NIK (Nomor Induk Komunitas) yang dikeluarkan oleh Dinas Kabupaten/Kota", "GAP-12");

  private final CommunityNumberRegister register;
  private final Evidence policy;
  private final CommunityNumberRegionCode regionCode;

  PartnerLegal2CommunityNumber(CommunityNumberRegister register, CommunityNumberRegionCode regionCode) {
    super(ID, CITATION);
    this.register = register;
    this.policy = Evidence.of("policy.communityNumberRegister", register.name());
    this.regionCode = regionCode;
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
    if (!n.issuedBy().isSameAs(facts.area())) {
      return notSatisfied(OTHER_ISSUER, evidence, n.value(), issuer, area, facts.dinas().name());
    }
    if (regionCode == CommunityNumberRegionCode.REQUIREMENT) {
      Optional<Finding> mismatch = otherRegionCode(facts, n, true);
      if (mismatch.isPresent()) {
        return mismatch.get();
      }
    }
    if (issuedOn.isPresent() && issuedOn.get().isAfter(asOf)) {
      return notSatisfied(NOT_YET_ISSUED, evidence, n.value(), issuedOn.get());
    }
    return satisfied(SATISFIED, evidence, n.value(), area);
  }

  @Override
  public Seq<Finding> warnings(EligibilityFacts facts, LocalDate asOf) {
    if (regionCode != CommunityNumberRegionCode.WARNING) {
      return Array.empty();
    }
    return facts.profile().communityNumber()
        .filter(n -> !CommunityNumber.looksLikePopulationNik(n.value()) && n.issuedBy().isSameAs(facts.area()))
        .flatMap(n -> otherRegionCode(facts, n, false))
        .map(Array::of).orElseGet(Array::empty);
  }

  /**
   * @return the finding that the number carries another kabupaten/kota code than its issuer's, if it
   *     does; the issuer's code is its own, else the deciding Dinas' (the issuer is that regency here)
   */
  private Optional<Finding> otherRegionCode(EligibilityFacts facts, CommunityNumber n, boolean requirement) {
    Optional<RegionCode> issuerCode = n.issuedBy().code().or(() -> facts.area().code())
        .filter(c -> c.level() == RegionLevel.REGENCY_CITY);
    if (issuerCode.isEmpty()) {
      return Optional.empty();
    }
    Optional<RegionCode> carried = NumberRegionCode.in(n.value(), issuerCode.get().truncatedTo(RegionLevel.PROVINCE));
    if (carried.isEmpty() || carried.equals(issuerCode)) {
      return Optional.empty();
    }
    Seq<Evidence> evidence = Array.of(
        Evidence.of("communityNumber", n.value()),
        Evidence.of("communityNumber.regionCode", carried.get().toString()),
        Evidence.of("communityNumber.issuedBy", n.issuedBy().fullName()),
        Evidence.of("communityNumber.issuedBy.code", issuerCode.get().toString()),
        Evidence.of("policy.communityNumberRegionCode", regionCode.name()));
    Object[] args = {n.value(), carried.get(), issuerCode.get(), n.issuedBy().fullName(), facts.dinas().name()};
    return Optional.of(requirement
        ? notSatisfied(REGION_CODE_CITATION, OTHER_REGION_CODE, evidence, args)
        : warning(REGION_CODE_CITATION, OTHER_REGION_CODE, evidence, args));
  }
}
