package id.kim.rules.explain;

/** Whether a finding can change a decision. */
public enum Severity {
  /** A requirement: a finding that is not satisfied changes the decision. */
  REQUIREMENT,
  /** A data-quality warning: shown to the officer, never changes the decision. */
  WARNING
}
