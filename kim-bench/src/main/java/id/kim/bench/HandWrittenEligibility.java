package id.kim.bench;

import id.kim.rules.eligibility.EligibilityFacts;
import java.time.LocalDate;

/**
 * Benchmark (b), the practical lower bound: the partnership rules of the juknis (II.B.4–5) as one
 * hand-written chain of conditions over the same {@link EligibilityFacts} as the SDK, answering only
 * "eligible or not". No findings, no evidence, no messages; it stops at the first requirement not
 * met, which the SDK never does (it must say everything that is missing).
 *
 * <p>True exactly when the SDK's decision under {@code Juknis2022.PARTNERSHIP} is {@code ELIGIBLE}
 * ({@code EligibilityAgreementTest}).
 */
public final class HandWrittenEligibility {
  private HandWrittenEligibility() {}

  /**
   * @param f the facts
   * @param asOf the as-of day
   * @return true if every partnership requirement and qualification is satisfied on {@code asOf}
   */
  public static boolean eligible(EligibilityFacts f, LocalDate asOf) {
    return PartnershipChecks.legal1Decree(f, asOf)
        && PartnershipChecks.legal2CommunityNumber(f, asOf)
        && PartnershipChecks.legal3BoardAcknowledged(f, asOf)
        && PartnershipChecks.admin1NotCivilServants(f, asOf)
        && PartnershipChecks.admin2NoCrime(f, asOf)
        && PartnershipChecks.admin3NoParty(f, asOf)
        && PartnershipChecks.admin4NoNgo(f, asOf)
        && PartnershipChecks.adminDeclaration(f, asOf)
        // QUAL-ORDER: the qualifications only once the requirements above are met
        && PartnershipChecks.qual1ClearExistence(f, asOf)
        && PartnershipChecks.qual2RegularActivity(f, asOf)
        && PartnershipChecks.qual3Reputation(f, asOf)
        && PartnershipChecks.qual4Reach(f, asOf)
        && PartnershipChecks.qual5Understanding(f, asOf)
        && PartnershipChecks.qual6Media(f, asOf)
        && PartnershipChecks.qual7Resources(f, asOf);
  }
}
