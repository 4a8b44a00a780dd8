package id.kim.server.api;

import java.nio.charset.StandardCharsets;

/** {@code GET /health}: the service is up and answers; no state, no data. */
public final class HealthApi implements Endpoint {
  private static final byte[] UP = "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8);

  @Override
  public Answer handle(Request request) {
    return Answer.json(UP.clone());
  }
}
