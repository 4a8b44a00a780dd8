package id.kim.server.problem;

import id.kim.core.i18n.Bundles;
import id.kim.core.i18n.Lang;
import id.kim.json.JsonProblem;
import io.vavr.collection.Seq;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The problems the server answers with, one factory per error class, titles and details from the
 * bundle {@code id/kim/server/Messages} in Indonesian (default) or English.
 */
public final class Problems {
  private static final String BUNDLE = "id.kim.server.Messages";

  private Problems() {}

  /**
   * @param lang the language
   * @param line the line of the syntax error, 0 when unknown
   * @param column its column, 0 when unknown
   * @return 400: the body is not well-formed JSON (nothing of the body is repeated)
   */
  public static Problem malformedJson(Lang lang, int line, int column) {
    return of(400, "malformed-json", lang, List.of(), Integer.toString(line), Integer.toString(column));
  }

  /**
   * @param lang the language
   * @param key the message key of the detail, e.g. {@code server.detail.lang}
   * @param args its arguments (never request values)
   * @return 400: a parameter of the request (not its body) is unusable
   */
  public static Problem badRequest(Lang lang, String key, Object... args) {
    return new Problem(400, "bad-request", title("bad-request", lang), text(key, lang, args), List.of(), Map.of());
  }

  /** @return 401: the API key is missing or wrong */
  public static Problem unauthorized(Lang lang) {
    return new Problem(401, "unauthorized", title("unauthorized", lang), text("server.detail.unauthorized", lang),
        List.of(), Map.of("WWW-Authenticate", "Bearer"));
  }

  /** @return 404: no such resource */
  public static Problem notFound(Lang lang) {
    return of(404, "not-found", lang, List.of());
  }

  /** @return 405: the resource does not take this method */
  public static Problem methodNotAllowed(Lang lang) {
    return of(405, "method-not-allowed", lang, List.of());
  }

  /** @return 413: the body is larger than the configured limit */
  public static Problem tooLarge(Lang lang, long maxBytes) {
    return of(413, "payload-too-large", lang, List.of(), Long.toString(maxBytes));
  }

  /** @return 415: the body is not of the media type the endpoint reads */
  public static Problem unsupportedMediaType(Lang lang, String expected) {
    return of(415, "unsupported-media-type", lang, List.of(), expected);
  }

  /**
   * @param lang the language
   * @param problems what kim-json refused, each at its JSON path relative to the value at {@code pointer}
   * @param pointer where that value sits in the request body, e.g. {@code /records}
   * @return 422: well-formed JSON that the contract refuses
   */
  public static Problem invalid(Lang lang, Seq<JsonProblem> problems, String pointer) {
    return invalid(lang, problems.map(p -> error(lang, p, pointer)).toJavaList());
  }

  /** @return 422 with these errors */
  public static Problem invalid(Lang lang, List<ProblemError> errors) {
    return of(422, "invalid-request", lang, errors, Integer.toString(errors.size()));
  }

  /**
   * @param lang the language
   * @param p a problem of kim-json
   * @param pointer the pointer of the value the problem's path is relative to
   * @return the problem as an error of a problem document
   */
  public static ProblemError error(Lang lang, JsonProblem p, String pointer) {
    return new ProblemError(Pointers.under(pointer, p.path()), p.message(lang), p.ruleId());
  }

  /**
   * @param lang the language
   * @param pointer where
   * @param key the message key
   * @param args the arguments (field names and codes, never request values)
   * @return an error of the server's own request checks
   */
  public static ProblemError error(Lang lang, String pointer, String key, Object... args) {
    return new ProblemError(pointer, text(key, lang, args), Optional.empty());
  }

  /** @return 503: too many requests in flight; try again after {@code retryAfterSeconds} */
  public static Problem overloaded(Lang lang, int retryAfterSeconds) {
    return new Problem(503, "overloaded", title("overloaded", lang), text("server.detail.overloaded", lang),
        List.of(), Map.of("Retry-After", Integer.toString(retryAfterSeconds)));
  }

  /** @return 500 without details: the request id is the only thing to report */
  public static Problem internal(Lang lang, String requestId) {
    return of(500, "internal", lang, List.of(), requestId);
  }

  /**
   * @param key a message key of the server's bundle
   * @param lang the language
   * @param args its arguments
   * @return the text
   */
  public static String text(String key, Lang lang, Object... args) {
    return Bundles.format(BUNDLE, key, lang, args);
  }

  private static Problem of(int status, String kind, Lang lang, List<ProblemError> errors, Object... args) {
    return new Problem(status, kind, title(kind, lang), text("server.detail." + kind, lang, args), errors, Map.of());
  }

  private static String title(String kind, Lang lang) {
    return text("server.title." + kind, lang);
  }
}
