package id.kim.core.assessment;

/** What an officer concluded about a criterion. */
public enum AssessmentResult {
  /** Terpenuhi — the criterion is met. */
  MET,
  /** Tidak terpenuhi — the criterion is not met. */
  NOT_MET
}
