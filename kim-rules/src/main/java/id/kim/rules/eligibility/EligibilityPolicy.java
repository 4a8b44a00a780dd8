package id.kim.rules.eligibility;

import id.kim.core.organisation.CivilServantScope;
import id.kim.rules.engine.GatePolicy;
import org.immutables.value.Value;

/**
 * The choices a Dinas makes where the juknis is silent, as one value. Every rule set built with a
 * policy records it: the default policy leaves the juknis version as it is ({@code 2022.08.30}); any
 * other appends what differs ({@code 2022.08.30+asn=BOARD_AND_MEMBERS}), and the findings that depend
 * on a choice carry it as evidence ({@code policy.asnScope=…}).
 *
 * <table>
 *   <caption>Policies and their defaults</caption>
 *   <tr><th>Policy</th><th>Default</th><th>Gap</th></tr>
 *   <tr><td>{@link #asnScope()}</td><td>{@link CivilServantScope#BOARD_ONLY}</td><td>GAP-03</td></tr>
 *   <tr><td>{@link #affiliationScope()}</td><td>{@link AffiliationScope#KIM_AND_BOARD}</td><td>GAP-04</td></tr>
 *   <tr><td>{@link #signatories()}</td><td>{@link SignatoryPolicy#CHAIR}</td><td>GAP-08</td></tr>
 *   <tr><td>{@link #qualificationGate()}</td><td>{@link GatePolicy#REQUIRE_SATISFIED}</td><td>QUAL-ORDER</td></tr>
 *   <tr><td>{@link #communityNumberRegister()}</td><td>{@link CommunityNumberRegister#AS_RECORDED}</td>
 *       <td>PARTNER-LEGAL-2 (PROPOSED)</td></tr>
 *   <tr><td>{@link #communityNumberRegionCode()}</td><td>{@link CommunityNumberRegionCode#WARNING}</td>
 *       <td>PARTNER-LEGAL-2 (PROPOSED, GAP-12)</td></tr>
 * </table>
 */
@Value.Immutable
public abstract class EligibilityPolicy implements WithEligibilityPolicy {

  /**
   * @return whose ASN status counts for PARTNER-ADMIN-1; default {@link CivilServantScope#BOARD_ONLY},
   *     the text of the entry requirement (GAP-03)
   */
  @Value.Default
  public CivilServantScope asnScope() {
    return CivilServantScope.BOARD_ONLY;
  }

  /** @return whose affiliations count for PARTNER-ADMIN-3/4 */
  @Value.Default
  public AffiliationScope affiliationScope() {
    return AffiliationScope.KIM_AND_BOARD;
  }

  /** @return who must sign the statement letter (PARTNER-ADMIN-DECL) */
  @Value.Default
  public SignatoryPolicy signatories() {
    return SignatoryPolicy.CHAIR;
  }

  /**
   * @return when the legal and administrative requirements hold the qualifications back (QUAL-ORDER):
   *     by default until all are satisfied, so an unknown requirement also holds them back
   */
  @Value.Default
  public GatePolicy qualificationGate() {
    return GatePolicy.REQUIRE_SATISFIED;
  }

  /**
   * @return how PARTNER-LEGAL-2 reads an absent Nomor Induk Komunitas: by default as recorded (unknown
   *     unless recorded as none); {@link CommunityNumberRegister#COMPLETE} when the Dinas' register of
   *     the numbers it issues is complete, so an absent number means none (PROPOSED)
   */
  @Value.Default
  public CommunityNumberRegister communityNumberRegister() {
    return CommunityNumberRegister.AS_RECORDED;
  }

  /**
   * @return what PARTNER-LEGAL-2 makes of a Nomor Induk Komunitas carrying another kabupaten/kota code
   *     than its issuer's: by default a warning beside the decision, since the juknis gives the number no
   *     format; {@link CommunityNumberRegionCode#REQUIREMENT} for a Dinas whose numbers carry its code
   *     (PROPOSED, GAP-12)
   */
  @Value.Default
  public CommunityNumberRegionCode communityNumberRegionCode() {
    return CommunityNumberRegionCode.WARNING;
  }

  /** @return the defaults, the careful literal reading of the juknis */
  public static EligibilityPolicy defaults() {
    return Defaults.POLICY;
  }

  /** @return a builder, starting from the defaults */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @return what differs from the defaults, e.g. {@code "+asn=BOARD_AND_MEMBERS"}; empty for the
   *     defaults — appended to a rule set's version
   */
  public String versionSuffix() {
    StringBuilder out = new StringBuilder();
    append(out, "asn", asnScope(), CivilServantScope.BOARD_ONLY);
    append(out, "affiliation", affiliationScope(), AffiliationScope.KIM_AND_BOARD);
    append(out, "signatories", signatories(), SignatoryPolicy.CHAIR);
    append(out, "qualificationGate", qualificationGate(), GatePolicy.REQUIRE_SATISFIED);
    append(out, "communityNumberRegister", communityNumberRegister(), CommunityNumberRegister.AS_RECORDED);
    append(out, "communityNumberRegionCode", communityNumberRegionCode(), CommunityNumberRegionCode.WARNING);
    return out.length() == 0 ? "" : "+" + out;
  }

  private static void append(StringBuilder out, String name, Enum<?> value, Enum<?> dflt) {
    if (value != dflt) {
      out.append(out.length() == 0 ? "" : ",").append(name).append('=').append(value.name());
    }
  }

  /** Builds an {@link EligibilityPolicy}; unset choices keep their defaults. */
  public static final class Builder extends ImmutableEligibilityPolicy.Builder {}

  private static final class Defaults {
    static final EligibilityPolicy POLICY = builder().build();
  }
}
