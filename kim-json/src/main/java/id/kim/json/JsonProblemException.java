package id.kim.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import id.kim.core.i18n.Lang;

/**
 * What {@link KimJson#mapper()} throws when a document is not a valid SDK value: a Jackson
 * {@link MismatchedInputException} that also carries the {@link JsonProblem}. Its path is relative
 * to the SDK value being read; Jackson appends the reference chain from the document root. Prefer
 * {@link KimJson#read(String, Class)}, which returns the problem as a value.
 */
public final class JsonProblemException extends MismatchedInputException {
  private static final long serialVersionUID = 1L;
  private final transient JsonProblem problem;

  JsonProblemException(JsonParser parser, Class<?> type, JsonProblem problem) {
    super(parser, problem.describe(Lang.EN), type);
    this.problem = problem;
  }

  /** @return the problem, with its path relative to the SDK value */
  public JsonProblem problem() {
    return problem;
  }
}
