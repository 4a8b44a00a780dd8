package id.kim.server;

import id.kim.server.problem.ProblemException;
import id.kim.server.problem.Problems;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;
import java.util.UUID;

/**
 * Runs before every request: gives it an id ({@code X-Request-Id}, the {@code instance} of its
 * problems and of its access-log line), answers CORS for the configured origins only, and — when an
 * API key is configured — refuses every {@code /v1} call without it (401). The key is compared in
 * constant time, as SHA-256 digests, so neither its content nor its length leaks through timing.
 */
final class Access {
  /** The request attribute holding the request id. */
  static final String REQUEST_ID = "kim.requestId";

  private final ServerConfig config;
  private final Optional<byte[]> keyDigest;

  Access(ServerConfig config) {
    this.config = config;
    this.keyDigest = config.apiKey().map(Access::digest);
  }

  /** Tags the request, answers CORS, checks the API key of {@code /v1} calls. */
  void before(Context ctx) {
    String id = UUID.randomUUID().toString();
    ctx.attribute(REQUEST_ID, id);
    ctx.header("X-Request-Id", id);
    String origin = ctx.header("Origin");
    boolean cors = origin != null && config.corsOrigins().contains(origin);
    if (cors) {
      ctx.header("Access-Control-Allow-Origin", origin);
      ctx.header("Vary", "Origin");
      ctx.header("Access-Control-Allow-Headers", "Content-Type, Accept-Language, X-API-Key, Authorization");
      ctx.header("Access-Control-Allow-Methods", "GET, POST");
    }
    boolean preflight = cors && ctx.method().name().equals("OPTIONS"); // a browser sends no key in a preflight
    if (keyDigest.isPresent() && ctx.path().startsWith("/v1") && !preflight && !authorised(ctx)) {
      throw new ProblemException(Problems.unauthorized(Language.lenient(ctx)));
    }
  }

  /** @return the request's id */
  static String requestId(Context ctx) {
    String id = ctx.attribute(REQUEST_ID);
    return id == null ? "-" : id;
  }

  private boolean authorised(Context ctx) {
    String given = ctx.header("X-API-Key");
    String auth = ctx.header("Authorization");
    if (given == null && auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
      given = auth.substring(7).trim();
    }
    return given != null && MessageDigest.isEqual(keyDigest.get(), digest(given));
  }

  private static byte[] digest(String key) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }
}
