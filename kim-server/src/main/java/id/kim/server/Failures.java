package id.kim.server;

import id.kim.core.i18n.Lang;
import id.kim.server.problem.Problem;
import id.kim.server.problem.ProblemException;
import id.kim.server.problem.ProblemJson;
import id.kim.server.problem.Problems;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns everything that stops a request into a problem document: the server's own problems as they
 * are, Javalin's (no route, wrong method, body too large) by status, and any other exception into a
 * 500 without details — logged as its class and the request id only: never a message, a body or a
 * stack trace that could hold personal data.
 */
final class Failures {
  private static final Logger LOG = LoggerFactory.getLogger(Failures.class);

  private final ServerConfig config;

  Failures(ServerConfig config) {
    this.config = config;
  }

  void problem(ProblemException e, Context ctx) {
    write(ctx, e.problem());
  }

  void http(HttpResponseException e, Context ctx) {
    Lang lang = Language.lenient(ctx);
    Problem p = switch (e.getStatus()) {
      case 404 -> Problems.notFound(lang);
      case 405 -> Problems.methodNotAllowed(lang);
      case 413 -> Problems.tooLarge(lang, config.maxBodyBytes());
      case 415 -> Problems.unsupportedMediaType(lang, "application/json");
      default -> e.getStatus() < 500 ? Problems.badRequest(lang, "server.detail.bad-request")
          : Problems.internal(lang, Access.requestId(ctx));
    };
    write(ctx, p);
  }

  void unexpected(Exception e, Context ctx) {
    LOG.error("request {} failed: {}", Access.requestId(ctx), e.getClass().getName());
    write(ctx, Problems.internal(Language.lenient(ctx), Access.requestId(ctx)));
  }

  /** A {@link java.lang.Error} (out of memory, stack overflow): a 500 problem, its class and the request id logged. */
  void error(HttpServletResponse res, Error e) {
    String id = Objects.requireNonNullElse(res.getHeader("X-Request-Id"), "-");
    LOG.error("request {} failed: {}", id, e.getClass().getName());
    if (res.isCommitted()) {
      return;
    }
    try {
      res.resetBuffer();
      res.setStatus(500);
      res.setContentType(Problem.MEDIA_TYPE);
      res.getOutputStream().write(ProblemJson.write(Problems.internal(Lang.ID, id), id));
    } catch (IOException | IllegalStateException ignored) {
      // the connection is gone: nothing more to answer
    }
  }

  static void write(Context ctx, Problem p) {
    ctx.status(p.status()).contentType(Problem.MEDIA_TYPE);
    p.headers().forEach(ctx::header);
    ctx.result(ProblemJson.write(p, Access.requestId(ctx)));
  }
}
