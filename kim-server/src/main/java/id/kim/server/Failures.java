package id.kim.server;

import id.kim.core.i18n.Lang;
import id.kim.server.problem.Problem;
import id.kim.server.problem.ProblemException;
import id.kim.server.problem.ProblemJson;
import id.kim.server.problem.Problems;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
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

  static void write(Context ctx, Problem p) {
    ctx.status(p.status()).contentType(Problem.MEDIA_TYPE);
    p.headers().forEach(ctx::header);
    ctx.result(ProblemJson.write(p, Access.requestId(ctx)));
  }
}
