package id.kim.server;

import id.kim.core.validation.MissingValueException;
import id.kim.server.problem.ProblemException;
import io.javalin.Javalin;
import io.javalin.http.HttpResponseException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The KIM SDK as an HTTP service: the rule engine and the JSON contract of kim-json behind
 * {@code /v1} (docs/server.md). Started with {@link #start(ServerConfig)}, it listens on the
 * configured address (127.0.0.1 by default); {@link #stop()} stops admitting requests, lets those in
 * flight finish (at most the configured timeout), then closes. Thread-safe.
 */
public final class KimServer implements AutoCloseable {
  private static final Logger ACCESS = LoggerFactory.getLogger("id.kim.server.access");

  private final Javalin app;
  private final Guard guard;

  private KimServer(ServerConfig config, Consumer<String> admitted) {
    WarmUp.start(config.regions()); // codecs, register, validation, rules readied on another core meanwhile
    this.guard = new Guard(config, admitted);
    Access access = new Access(config);
    Failures failures = new Failures(config);
    this.app = Javalin.create(c -> {
      c.startup.showJavalinBanner = false;
      c.startup.showOldJavalinVersionWarning = false;
      c.http.maxRequestSize = config.maxBodyBytes();
      c.http.prefer405over404 = true;
      c.jetty.host = config.host();
      c.jetty.port = config.port();
      c.jetty.modifyServer(s -> s.setStopTimeout(config.shutdownTimeout().toMillis()));
      c.requestLogger.http((ctx, ms) -> ACCESS.info("{} {} {} {} ms {}", ctx.method(), ctx.path(),
          ctx.statusCode(), Math.round(ms), Access.requestId(ctx)));
      c.router.javaLangErrorHandler(failures::error);
      c.routes.before(access::before);
      c.routes.exception(ProblemException.class, failures::problem);
      c.routes.exception(HttpResponseException.class, failures::http);
      c.routes.exception(Exception.class, failures::unexpected);
      Routes.declare(c.routes, guard, config);
    });
  }

  /**
   * @param config where and how to run
   * @return the running server
   */
  public static KimServer start(ServerConfig config) {
    return start(config, path -> { });
  }

  /** Starts with a hook called for each admitted request (tests hold a request in flight with it). */
  static KimServer start(ServerConfig config, Consumer<String> admitted) {
    MissingValueException.requireNonNull(config, "config");
    MissingValueException.requireNonNull(admitted, "admitted");
    KimServer server = new KimServer(config, admitted);
    server.app.start();
    return server;
  }

  /** @return the port the server listens on (the free one picked for port 0) */
  public int port() {
    return app.port();
  }

  /**
   * Stops admitting requests (503 from now on), waits for those in flight up to the configured
   * timeout, then stops the HTTP server.
   */
  public void stop() {
    try {
      if (!guard.drain()) {
        LoggerFactory.getLogger(KimServer.class).warn("shutdown timeout: requests still in flight are cut off");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      app.stop();
    }
  }

  @Override
  public void close() {
    stop();
  }
}
