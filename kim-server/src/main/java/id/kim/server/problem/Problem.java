package id.kim.server.problem;

import id.kim.core.validation.MissingValueException;
import java.util.List;
import java.util.Map;

/**
 * An answer of RFC 9457 ({@code application/problem+json}) that says why a request was not answered:
 * its {@code type} (a stable URI per error class), {@code title} and {@code detail} in the request's
 * language, the HTTP {@code status}, and the offending fields ({@code errors}). A problem never repeats
 * a value of the request: personal data sent in a bad record does not come back in the error.
 *
 * @param status the HTTP status
 * @param kind the error class (the last segment of {@code type})
 * @param title the short, fixed text of the error class
 * @param detail what happened in this request
 * @param errors the offending fields, in request order; empty when the error concerns the request as a whole
 * @param headers further response headers (e.g. {@code Retry-After} on 503)
 */
public record Problem(int status, String kind, String title, String detail, List<ProblemError> errors,
    Map<String, String> headers) {
  /** The media type of a problem document. */
  public static final String MEDIA_TYPE = "application/problem+json";
  /** The prefix of every problem {@code type}; the error class follows. */
  public static final String TYPE_PREFIX = "urn:kim:problem:";

  /** Copies the lists and checks that no part is missing. */
  public Problem {
    MissingValueException.requireNonNull(kind, "kind");
    MissingValueException.requireNonNull(title, "title");
    MissingValueException.requireNonNull(detail, "detail");
    errors = List.copyOf(MissingValueException.requireNonNull(errors, "errors"));
    headers = Map.copyOf(MissingValueException.requireNonNull(headers, "headers"));
  }

  /** @return the problem type URI, e.g. {@code urn:kim:problem:malformed-json} */
  public String type() {
    return TYPE_PREFIX + kind;
  }
}
