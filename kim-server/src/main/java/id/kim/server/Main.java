package id.kim.server;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code java -jar kim-server.jar --port 8080}: starts the service and runs until SIGTERM or Ctrl-C,
 * which stop it gracefully. Flags override environment variables (KIM_PORT, KIM_HOST, KIM_API_KEY,
 * KIM_MAX_BODY, KIM_CORS_ORIGINS, KIM_MAX_CONCURRENT, KIM_REGIONS); the API key is taken from the environment only,
 * so it never shows in a process list.
 */
@Command(name = "kim-server", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = {"The KIM SDK as an HTTP service (docs/server.md).",
        "The API key comes from the environment variable KIM_API_KEY only."})
public final class Main implements Callable<Integer> {
  @Option(names = "--port", description = "Port (0: a free one; default 8080 or KIM_PORT).")
  Integer port;

  @Option(names = "--host", description = "Address to bind (default 127.0.0.1 or KIM_HOST).")
  String host;

  @Option(names = "--max-body", description = "Largest request body: bytes, or with k/m (default 64m or KIM_MAX_BODY).")
  String maxBody;

  @Option(names = "--cors-origin", description = "An origin allowed by CORS (repeatable; default none: CORS off).")
  List<String> corsOrigins;

  @Option(names = "--max-concurrent", description = "Requests handled at once; beyond: 503 (default 64).")
  Integer maxConcurrent;

  @Option(names = "--shutdown-timeout", description = "Seconds a stop waits for requests in flight (default 30).")
  Integer shutdownSeconds;

  @Option(names = "--regions", paramLabel = "bundled|none", description = "Check region codes in /v1/validate and "
      + "/v1/import/tabel-3-1 against the bundled Kemendagri register (REGION-CODE-2, -4) or none "
      + "(default bundled or KIM_REGIONS).")
  String regions;

  /** @param args the command line */
  public static void main(String[] args) {
    int code = new CommandLine(new Main()).execute(args);
    if (code != 0) {
      System.exit(code);
    }
  }

  @Override
  public Integer call() throws InterruptedException {
    ServerConfig config = config(ServerConfig.fromEnvironment(System.getenv()));
    KimServer server = KimServer.start(config);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.stop();
      LoggerFactory.getLogger(Main.class).info("kim-server stopped: requests in flight finished");
      stopped.countDown();
    }, "kim-server-shutdown"));
    LoggerFactory.getLogger(Main.class).info("kim-server listening on http://{}:{}/ ({})", config.host(),
        server.port(), config);
    stopped.await();
    return 0;
  }

  /** @return the environment's configuration with the flags given */
  ServerConfig config(ServerConfig env) {
    ServerConfig c = env;
    if (port != null) {
      c = c.withPort(port);
    }
    if (host != null) {
      c = c.withHost(host);
    }
    if (maxBody != null) {
      c = c.withMaxBodyBytes(ServerConfig.size("--max-body", maxBody));
    }
    if (corsOrigins != null) {
      c = c.withCorsOrigins(corsOrigins);
    }
    if (maxConcurrent != null) {
      c = c.withMaxConcurrent(maxConcurrent);
    }
    if (shutdownSeconds != null) {
      c = c.withShutdownTimeout(Duration.ofSeconds(shutdownSeconds));
    }
    if (regions != null) {
      c = c.withRegions(ServerConfig.regions("--regions", regions));
    }
    return c;
  }

  /** The version of this build, from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"kim-server " + (v == null ? "(development build)" : v)};
    }
  }
}
