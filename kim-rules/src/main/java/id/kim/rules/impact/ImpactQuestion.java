package id.kim.rules.impact;

import id.kim.rules.eligibility.Eligibility;
import id.kim.rules.explain.Message;

/** Which eligibility question an impact compares: the juknis' two questions about one KIM. */
public enum ImpactQuestion {
  /** Syarat masuk pemetaan (II.B.3): MAP-ENTRY-1..4. */
  MAPPING_ENTRY,
  /** Syarat bermitra and kualifikasi (II.B.4–5): PARTNER-LEGAL-*, PARTNER-ADMIN-*, QUAL-* behind QUAL-ORDER. */
  PARTNERSHIP;

  /** @return the question as decisions state it */
  public Message question() {
    return this == MAPPING_ENTRY ? Eligibility.MAPPING_ENTRY_QUESTION : Eligibility.PARTNERSHIP_QUESTION;
  }
}
