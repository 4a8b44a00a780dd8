package id.kim.server.problem;

import id.kim.core.validation.MissingValueException;

/**
 * Stops the handling of a request with a {@link Problem}; the server writes it as the answer. Carries no
 * stack trace and no message of its own beyond the problem's kind: it is an answer, not a failure.
 */
public final class ProblemException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient Problem problem;

  /** @param problem the answer */
  public ProblemException(Problem problem) {
    super(MissingValueException.requireNonNull(problem, "problem").kind(), null, false, false);
    this.problem = problem;
  }

  /** @return the answer */
  public Problem problem() {
    return problem;
  }
}
