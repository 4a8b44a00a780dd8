package id.kim.rules.eligibility;

import id.kim.core.organisation.AffiliationSubject;

/**
 * Whose affiliations count for PARTNER-ADMIN-3/4 ("Tidak berafiliasi dengan Partai Politik
 * tertentu", "… dengan Lembaga Swadaya Masyarakat (LSM)"), whose subject the juknis does not state
 * (RULES.md GAP-04). Default {@link #KIM_AND_BOARD}: the KIM as an organisation and its board.
 * Affiliations outside the scope are reported as warnings for the Dinas to weigh (GAP-46).
 */
public enum AffiliationScope {
  /** Only the KIM's own, organisational affiliations. */
  KIM_ONLY,
  /** The KIM and its board members (pengurus) — the default. */
  KIM_AND_BOARD,
  /** The KIM, its board members and its ordinary members. */
  KIM_BOARD_AND_MEMBERS;

  /**
   * @param subject who holds an affiliation
   * @return true if such an affiliation counts under this scope
   */
  public boolean covers(AffiliationSubject subject) {
    return switch (subject) {
      case KIM -> true;
      case BOARD_MEMBER -> this != KIM_ONLY;
      default -> this == KIM_BOARD_AND_MEMBERS;
    };
  }
}
