package id.kim.server;

import id.kim.core.i18n.Lang;
import id.kim.core.region.RegionCode;
import id.kim.core.region.RegionDirectory;
import id.kim.json.KimJson;
import id.kim.server.api.EligibilityApi;
import id.kim.server.api.Request;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;
import org.slf4j.LoggerFactory;

/**
 * Makes the service ready sooner: while the HTTP server starts on one core, a daemon thread builds the
 * contract's codecs, loads the region register the server checks codes against, and decides one
 * sample KIM (both questions, every finding) exactly as {@code POST /v1/eligibility} would — loading
 * and initialising the JSON reading, Bean Validation, the rule sets and the message bundles on the other. Nothing is
 * answered or kept: the
 * decision is written to nowhere, and a failure only means the first real request does that work. A
 * request arriving meanwhile waits for the classes it shares with the warm-up, never for the warm-up.
 */
final class WarmUp {
  private static final String BODY = "warm-up.json";

  private WarmUp() {}

  /**
   * Starts the warm-up on its own daemon thread.
   *
   * @param regions the server's region register, or empty
   */
  static void start(Optional<RegionDirectory> regions) {
    Thread t = new Thread(() -> run(regions), "kim-server-warm-up");
    t.setDaemon(true);
    t.start();
  }

  private static void run(Optional<RegionDirectory> regions) {
    try (InputStream in = WarmUp.class.getResourceAsStream(BODY)) {
      KimJson.types();
      regions.ifPresent(r -> r.officialName(RegionCode.parse("51.01")));
      byte[] body = in.readAllBytes();
      new EligibilityApi(regions).handle(new Request(Lang.ID, body, name -> null, name -> null))
          .writeTo(OutputStream.nullOutputStream());
    } catch (IOException | RuntimeException e) {
      LoggerFactory.getLogger(WarmUp.class).debug("warm-up not done: {}", e.getClass().getName());
    }
  }
}
