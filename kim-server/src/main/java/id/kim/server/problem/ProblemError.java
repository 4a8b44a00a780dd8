package id.kim.server.problem;

import id.kim.core.validation.MissingValueException;
import java.util.Optional;

/**
 * One offending part of a request in a problem document: where ({@code pointer}, a JSON Pointer of
 * RFC 6901 into the request body, {@code ""} for the whole body), what is wrong in the request's
 * language, and the RULES.md ID of the refused field when a rule names it. Never the offending value.
 *
 * @param pointer the JSON Pointer, e.g. {@code /records/3/profile/whatsapp}
 * @param problem what is wrong, e.g. "must be text, not a number"
 * @param ruleId the rule, e.g. {@code PROFILE-j}, when known
 */
public record ProblemError(String pointer, String problem, Optional<String> ruleId) {
  /** Checks that no part is missing. */
  public ProblemError {
    MissingValueException.requireNonNull(pointer, "pointer");
    MissingValueException.requireNonNull(problem, "problem");
    MissingValueException.requireNonNull(ruleId, "ruleId");
  }
}
