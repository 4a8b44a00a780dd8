package id.kim.rules.mapping.grid;

/**
 * Where the level of interest (ketertarikan) comes from. No profile field measures it (GAP-16;
 * PROFILE-m holds fields of interest, not a level, GAP-13), so it is the Dinas' assessment. The SDK
 * also computes a suggestion — HIGH when the KIM's fields of activity or public issues (PROFILE-m,
 * -n) meet a current priority or crisis-indicated issue of the Dinas (ISSUE-CLASS) — and shows it
 * in every placement; whether the suggestion may decide is this policy (PROPOSED).
 */
public enum InterestPolicy {
  /** The default: only an assessment decides; without one, interest is LOW and flagged as not assessed. */
  ASSESSMENT_ONLY,
  /** An assessment decides; without one, the suggestion from priority issues decides. */
  ASSESSMENT_OR_ISSUE_OVERLAP
}
