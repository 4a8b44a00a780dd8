package id.kim.rules.termination;

/** How the Dinas came to know of an indicated ground. */
public enum IndicationSource {
  /** Detected by the SDK from the Dinas' own data (a record, or the change between two versions of it). */
  DETECTED,
  /** Reported by an officer, with the evidence they hold (the only way for TERM-4). */
  REPORTED
}
