package id.kim.rules.engine;

import id.kim.rules.explain.Finding;
import id.kim.rules.explain.Outcome;
import id.kim.rules.explain.Severity;

/**
 * When the prerequisites of a {@link Gate} hold back the rules it guards. For the juknis' own gate
 * (QUAL-ORDER: "Setelah memenuhi syarat legal dan administratif …, maka selanjutnya") the SDK's
 * default is {@link #REQUIRE_SATISFIED}: a prerequisite that is merely unknown has not been met
 * either.
 */
public enum GatePolicy {
  /**
   * Every prerequisite must be satisfied: a requirement not satisfied, unknown or itself not
   * evaluated holds the guarded rules back (the literal reading of "setelah memenuhi").
   */
  REQUIRE_SATISFIED,
  /**
   * Only a prerequisite that is not satisfied holds the guarded rules back; while some are still
   * unknown the guarded rules are evaluated, so an officer sees everything still missing at once.
   */
  REQUIRE_NO_FAILURE;

  /**
   * @param prerequisite the finding of a prerequisite rule
   * @return true if that finding holds the guarded rules back under this policy; warnings never do
   */
  public boolean blocks(Finding prerequisite) {
    if (prerequisite.severity() != Severity.REQUIREMENT) {
      return false;
    }
    return this == REQUIRE_SATISFIED
        ? prerequisite.outcome() != Outcome.SATISFIED
        : prerequisite.outcome() == Outcome.NOT_SATISFIED;
  }
}
