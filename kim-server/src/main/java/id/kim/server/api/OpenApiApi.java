package id.kim.server.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * {@code GET /openapi.json}: the OpenAPI 3.1 document of the service (resource
 * {@code id/kim/server/openapi.json}). Its tests parse it and validate real answers against its schemas,
 * so it cannot drift from the code.
 */
public final class OpenApiApi implements Endpoint {
  private final byte[] document;

  /** Reads the document once. */
  public OpenApiApi() {
    try (InputStream in = OpenApiApi.class.getResourceAsStream("/id/kim/server/openapi.json")) {
      if (in == null) {
        throw new IllegalStateException("openapi.json is missing from the jar");
      }
      this.document = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public Answer handle(Request request) {
    return Answer.json(document.clone());
  }
}
