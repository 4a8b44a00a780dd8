package id.kim.server;

import id.kim.core.i18n.Lang;
import id.kim.json.KimJson;
import id.kim.server.api.EligibilityApi;
import id.kim.server.api.Request;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.slf4j.LoggerFactory;

/**
 * Makes the service ready sooner: while the HTTP server starts on one core, a daemon thread builds the
 * contract's codecs and decides one KIM of the bundled Sukamaju sample (both questions, every finding)
 * exactly as {@code POST /v1/eligibility} would — loading and initialising the JSON reading, Bean
 * Validation, the rule sets and the message bundles on the other. Nothing is answered or kept: the
 * decision is written to nowhere, and a failure only means the first real request does that work. A
 * request arriving meanwhile waits for the classes it shares with the warm-up, never for the warm-up.
 */
final class WarmUp {
  private static final String BODY = "warm-up.json";

  private WarmUp() {}

  /** Starts the warm-up on its own daemon thread. */
  static void start() {
    Thread t = new Thread(WarmUp::run, "kim-server-warm-up");
    t.setDaemon(true);
    t.start();
  }

  private static void run() {
    try (InputStream in = WarmUp.class.getResourceAsStream(BODY)) {
      KimJson.types();
      byte[] body = in.readAllBytes();
      new EligibilityApi().handle(new Request(Lang.ID, body, name -> null, name -> null))
          .writeTo(OutputStream.nullOutputStream());
    } catch (IOException | RuntimeException e) {
      LoggerFactory.getLogger(WarmUp.class).debug("warm-up not done: {}", e.getClass().getName());
    }
  }
}
