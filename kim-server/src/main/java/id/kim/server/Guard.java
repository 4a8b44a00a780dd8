package id.kim.server;

import id.kim.core.i18n.Lang;
import id.kim.server.api.Answer;
import id.kim.server.api.Endpoint;
import id.kim.server.api.Request;
import id.kim.server.problem.ProblemException;
import id.kim.server.problem.Problems;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Admits a request to an endpoint: at most {@link ServerConfig#maxConcurrent()} at once (beyond: 503
 * with Retry-After; also while the server drains for shutdown), the body of the endpoint's media type
 * (415) and within the limit (413), the language resolved. Thread-safe.
 */
final class Guard {
  private final ServerConfig config;
  private final Semaphore permits;
  private final Consumer<String> admitted;
  private volatile boolean draining;

  /**
   * @param config the configuration
   * @param admitted called with the path of each admitted request before its endpoint runs (a hook
   *     for tests that hold a request in flight); does nothing in production
   */
  Guard(ServerConfig config, Consumer<String> admitted) {
    this.config = config;
    this.permits = new Semaphore(config.maxConcurrent(), true);
    this.admitted = admitted;
  }

  /** @return a GET handler for the endpoint */
  Handler get(Endpoint endpoint) {
    return ctx -> run(ctx, (c, lang) -> new byte[0], endpoint);
  }

  /** @return a POST handler for an endpoint reading a body of the media type, e.g. {@code application/json} */
  Handler post(String mediaType, Endpoint endpoint) {
    return ctx -> run(ctx, (c, lang) -> body(c, lang, mediaType), endpoint);
  }

  /**
   * Stops admitting requests and waits for those in flight, at most the timeout.
   *
   * @return true if every request in flight finished
   */
  boolean drain() throws InterruptedException {
    draining = true;
    long ms = config.shutdownTimeout().toMillis();
    boolean all = permits.tryAcquire(config.maxConcurrent(), ms, TimeUnit.MILLISECONDS);
    if (all) {
      permits.release(config.maxConcurrent());
    }
    return all;
  }

  private void run(Context ctx, BodyReader reader, Endpoint endpoint) throws Exception {
    Lang lang = Language.of(ctx);
    if (draining || !permits.tryAcquire()) {
      throw new ProblemException(Problems.overloaded(lang, config.retryAfterSeconds()));
    }
    try {
      admitted.accept(ctx.path());
      byte[] body = reader.read(ctx, lang);
      Answer a = endpoint.handle(new Request(lang, body, ctx::pathParam, ctx::queryParam, ctx::header));
      // written and flushed before the permit is released, so a graceful stop waits for the bytes too
      ctx.status(a.status()).contentType(a.mediaType());
      if (a.length() >= 0) {
        ctx.res().setContentLength(a.length());
      }
      a.writeTo(ctx.res().getOutputStream());
      ctx.res().flushBuffer();
    } finally {
      permits.release();
    }
  }

  private byte[] body(Context ctx, Lang lang, String mediaType) throws IOException {
    String type = ctx.contentType();
    if (type == null || !accepts(type, mediaType)) {
      throw new ProblemException(Problems.unsupportedMediaType(lang, mediaType));
    }
    long max = config.maxBodyBytes();
    if (ctx.req().getContentLengthLong() > max) {
      throw new ProblemException(Problems.tooLarge(lang, max));
    }
    try (InputStream in = ctx.req().getInputStream()) {
      byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
      if (body.length > max) {
        throw new ProblemException(Problems.tooLarge(lang, max));
      }
      return body;
    }
  }

  /** @return true if the Content-Type is the media type, in UTF-8 if a charset is named */
  static boolean accepts(String contentType, String mediaType) {
    String[] parts = contentType.split(";", -1);
    if (!parts[0].trim().equalsIgnoreCase(mediaType)) {
      return false;
    }
    for (int i = 1; i < parts.length; i++) {
      String p = parts[i].trim().toLowerCase(Locale.ROOT);
      if (p.startsWith("charset=") && !p.substring(8).replace("\"", "").equals("utf-8")) {
        return false;
      }
    }
    return true;
  }

  /** Reads the body of an admitted request: none for a GET, else of the endpoint's media type. */
  @FunctionalInterface
  private interface BodyReader {
    byte[] read(Context ctx, Lang lang) throws IOException;
  }
}
