package id.kim.json;

import id.kim.core.i18n.Lang;

/**
 * Carries a {@link JsonProblem} out of a nested decoder to the entry point that turns it into an
 * {@code Either.left}. Codecs throw it; callers of {@link KimJson} never see it. It has no stack
 * trace: it is control flow, not a programming error.
 */
public final class DecodeFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient JsonProblem problem;

  /** @param problem what is wrong and where */
  public DecodeFailure(JsonProblem problem) {
    super(problem.describe(Lang.EN), null, false, false);
    this.problem = problem;
  }

  /**
   * @param path where
   * @param kind what kind
   * @param messageKey message key
   * @param args message arguments (no document values)
   * @return the failure, to throw
   */
  public static DecodeFailure of(JsonPath path, JsonProblem.Kind kind, String messageKey, String... args) {
    return new DecodeFailure(JsonProblem.of(path, kind, messageKey, args));
  }

  /** @return the problem */
  public JsonProblem problem() {
    return problem;
  }
}
