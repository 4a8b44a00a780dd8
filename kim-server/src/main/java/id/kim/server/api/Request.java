package id.kim.server.api;

import id.kim.core.i18n.Lang;
import java.util.Objects;
import java.util.function.Function;

/**
 * What an endpoint reads of an HTTP request once the server admitted it: the language of the answer,
 * the body (already bounded by the configured limit and of the endpoint's media type) and the path
 * parameters. Immutable.
 *
 * @param lang the language of texts in the answer ({@code ?lang=} or {@code Accept-Language})
 * @param body the body, empty for GET
 * @param pathParams the path parameter by name
 * @param queryParams the query parameter by name ({@code null} when absent)
 */
public record Request(Lang lang, byte[] body, Function<String, String> pathParams,
    Function<String, String> queryParams) {
  /** Checks that no part is missing. */
  public Request {
    Objects.requireNonNull(lang, "lang");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(pathParams, "pathParams");
    Objects.requireNonNull(queryParams, "queryParams");
  }

  /** @return the value of a query parameter, or {@code null} when absent */
  public String query(String name) {
    return queryParams.apply(name);
  }

  /** @return the value of a path parameter, e.g. {@code id} of {@code /v1/rules/{id}} */
  public String pathParam(String name) {
    return pathParams.apply(name);
  }
}
