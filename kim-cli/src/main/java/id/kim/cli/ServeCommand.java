package id.kim.cli;

import id.kim.server.Main;
import picocli.CommandLine;

/**
 * {@code kim serve}: the KIM SDK as an HTTP service (docs/server.md), started from {@code kim.jar}. It is
 * kim-server's own command ({@link Main}) under the name {@code serve}, so the flags, the
 * environment variables (KIM_PORT, KIM_HOST, KIM_API_KEY, KIM_MAX_BODY, KIM_CORS_ORIGINS, KIM_REGIONS,
 * KIM_MAX_CONCURRENT), the defaults (127.0.0.1, 64m) and the graceful stop on SIGTERM are those of
 * {@code java -jar kim-server.jar}, never a copy that could drift.
 */
final class ServeCommand {
  private ServeCommand() {}

  /** @return kim-server's command, named {@code serve}, with the usage of kim's other commands */
  static CommandLine create() {
    CommandLine serve = new CommandLine(new Main());
    serve.getCommandSpec().name("serve");
    serve.getCommandSpec().usageMessage()
        .footerHeading("%nExamples:%n")
        .footer("  kim serve --port 8080",
            "  KIM_API_KEY=$(openssl rand -hex 32) kim serve --host 0.0.0.0 --cors-origin https://app.example.go.id",
            "Documentation: docs/server.md.");
    return serve;
  }
}
