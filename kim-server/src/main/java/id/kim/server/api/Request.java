package id.kim.server.api;

import id.kim.core.i18n.Lang;
import id.kim.core.validation.MissingValueException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.function.Function;

/**
 * What an endpoint reads of an HTTP request once the server admitted it: the language of the answer,
 * the body (already bounded by the configured limit and of the endpoint's media type), the path and query
 * parameters. Immutable: the body is only handed out as a new stream.
 */
public final class Request {
  private final Lang lang;
  private final byte[] body;
  private final Function<String, String> pathParams;
  private final Function<String, String> queryParams;
  private final Function<String, String> headers;

  /**
   * @param lang the language of texts in the answer ({@code ?lang=} or {@code Accept-Language})
   * @param body the body, empty for GET; kept, not copied: the caller hands it over
   * @param pathParams the path parameter by name
   * @param queryParams the query parameter by name ({@code null} when absent)
   */
  public Request(Lang lang, byte[] body, Function<String, String> pathParams, Function<String, String> queryParams) {
    this(lang, body, pathParams, queryParams, name -> null);
  }

  /**
   * @param lang the language of texts in the answer ({@code ?lang=} or {@code Accept-Language})
   * @param body the body, empty for GET; kept, not copied: the caller hands it over
   * @param pathParams the path parameter by name
   * @param queryParams the query parameter by name ({@code null} when absent)
   * @param headers the request header by name ({@code null} when absent)
   */
  public Request(Lang lang, byte[] body, Function<String, String> pathParams, Function<String, String> queryParams,
      Function<String, String> headers) {
    this.lang = MissingValueException.requireNonNull(lang, "lang");
    this.body = MissingValueException.requireNonNull(body, "body");
    this.pathParams = MissingValueException.requireNonNull(pathParams, "pathParams");
    this.queryParams = MissingValueException.requireNonNull(queryParams, "queryParams");
    this.headers = MissingValueException.requireNonNull(headers, "headers");
  }

  /** @return the language of texts in the answer */
  public Lang lang() {
    return lang;
  }

  /** @return the body, from its start */
  public InputStream body() {
    return new ByteArrayInputStream(body);
  }

  /** @return the value of a path parameter, e.g. {@code id} of {@code /v1/rules/{id}} */
  public String pathParam(String name) {
    return pathParams.apply(name);
  }

  /** @return the value of a query parameter, or {@code null} when absent */
  public String query(String name) {
    return queryParams.apply(name);
  }

  /** @return the value of a request header, e.g. {@code Accept}, or {@code null} when absent */
  public String header(String name) {
    return headers.apply(name);
  }
}
