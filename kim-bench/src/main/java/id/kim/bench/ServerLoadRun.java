package id.kim.bench;

import id.kim.server.KimServer;
import id.kim.server.ServerConfig;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map.Entry;
import java.util.concurrent.TimeUnit;

/**
 * A bounded loopback load test of {@code POST /v1/eligibility} (kim-server), beside the same work in
 * process. The server runs in this JVM ({@link KimServer#start}, 127.0.0.1, a free port), so clients
 * and server share the machine's cores, as a Dinas application on the same host would. In order:
 * <ol>
 *   <li>ready: from the start call to the first 200 of {@code POST /v1/eligibility} (a real decision, one
 *       record of the bundled sample, both questions; not only {@code /health});</li>
 *   <li>the national register's size ({@code national} KIM, default 7,365) in one batch request with
 *       every finding, cold (the first large request of the JVM);</li>
 *   <li>single decision: {@code clients} (16) concurrent clients × {@code perClient} (500) one-record
 *       requests, after a warm-up: requests/s, p50/p99/max latency, answers other than 200;</li>
 *   <li>batch: 4 clients sending batches of {@code batch} (100) records: decisions/s;</li>
 *   <li>the national batch again, warm;</li>
 *   <li>in process: the same batches read from the same JSON text, validated, decided and written
 *       without HTTP, on 1 and 2 threads ({@link InProcessEligibility});</li>
 *   <li>overload: a second server admitting 8 requests at once, hit by 32 clients: only 200 and 503
 *       may come back; it must still answer {@code /health} after; heap before, after and at peak;</li>
 *   <li>ready in its own JVM, five starts: from starting the process to the first 200 of
 *       {@code POST /v1/eligibility}.</li>
 * </ol>
 * Every phase has a request count and a deadline, so the run stops by itself (about a minute on 2
 * cores). It measures and prints; it never fails on a figure. Run with
 * {@code java -Xmx1g -XX:+UseParallelGC -cp benchmarks.jar id.kim.bench.ServerLoadRun [clients] [perClient]
 * [batch] [national] [text-file]}.
 */
public final class ServerLoadRun {
  private static final int OVERLOAD_PERMITS = 8;
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();
  private final StringBuilder table = new StringBuilder();

  private ServerLoadRun() {}

  /**
   * @param args {@code [clients (16)] [perClient (500)] [batch (100)] [national (7365)] [text-file]}
   * @throws Exception if the server cannot be started or called
   */
  public static void main(String[] args) throws Exception {
    int clients = args.length > 0 ? Integer.parseInt(args[0]) : 16;
    int perClient = args.length > 1 ? Integer.parseInt(args[1]) : 500;
    int batch = args.length > 2 ? Integer.parseInt(args[2]) : 100;
    int national = args.length > 3 ? Integer.parseInt(args[3]) : 7365;
    ServerLoadRun run = new ServerLoadRun();
    run.run(clients, perClient, batch, national);
    System.out.print(run.table);
    if (args.length > 4) {
      Files.writeString(Path.of(args[4]), run.table);
    }
    System.exit(0);
  }

  private void run(int clients, int perClient, int batch, int national) throws Exception {
    long end = System.nanoTime() + Duration.ofSeconds(110).toNanos();
    line("kim-server load run: %d cores, %s %s, max heap %d MiB, load average at start %s",
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
        System.getProperty("java.version"), new HeapWatch().maxHeapBytes() >> 20, load());
    line("server in this JVM (KimServer.start, 127.0.0.1, free port), java.net.http clients, HTTP/1.1 keep-alive");
    byte[] first = firstBody();
    long t0 = System.nanoTime();
    KimServer server = KimServer.start(ServerConfig.defaults().withPort(0));
    long started = System.nanoTime();
    awaitDecision(server.port(), first, t0 + Duration.ofSeconds(20).toNanos());
    long ready = System.nanoTime();
    line("%-44s %10.0f ms (start() returned after %.0f ms)   goal < 2000 ms", "ready (start → first decision 200)",
        (ready - t0) / 1e6, (started - t0) / 1e6);
    try {
      LoadClients load = new LoadClients(http, URI.create("http://127.0.0.1:" + server.port() + "/v1/eligibility"));
      List<LoadBodies.Case> cases = LoadBodies.cases(2000);
      List<String> singles = LoadBodies.singles(cases);
      List<LoadBodies.Case> registerCases = LoadBodies.register(national);
      String nationalBody = LoadBodies.batches(registerCases, national).get(0).body();
      List<LoadBodies.Case> batchCases = registerCases.subList(0, Math.min(registerCases.size(), 20 * batch));
      List<String> batches = LoadBodies.batches(batchCases, batch).stream().map(LoadBodies.Batch::body).toList();
      line("bodies: %d one-record (40 sample + %d generated, seeds from 1); %d batches of %d; "
          + "national %d records, %.1f MB", singles.size(), singles.size() - 40, batches.size(), batch, national,
          nationalBody.length() / 1e6);

      nationalBatch(load, nationalBody, national, "cold");

      load.run(singles, clients, 200, Math.min(end, System.nanoTime() + Duration.ofSeconds(20).toNanos()));
      LoadClients.Result single = load.run(singles, clients, perClient,
          Math.min(end, System.nanoTime() + Duration.ofSeconds(30).toNanos()));
      line("single decision, %d clients × %d requests (after %d × 200 warm-up):", clients, perClient, clients);
      line("  %-42s %10.0f /s   statuses %s", "requests", single.perSecond(), single.statuses());
      line("  %-42s p50 %.2f ms, p99 %.2f ms, max %.2f ms   goal p99 < 20 ms", "latency",
          single.millis(0.50), single.millis(0.99), single.millis(1.0));
      line("  %-42s %10d   goal 0", "errors (any answer but 200)", single.errors());

      load.run(batches, 4, 5, Math.min(end, System.nanoTime() + Duration.ofSeconds(20).toNanos()));
      LoadClients.Result batched = load.run(batches, 4, 25,
          Math.min(end, System.nanoTime() + Duration.ofSeconds(30).toNanos()));
      double httpRate = batched.perSecond() * batch;
      line("batch, 4 clients × 25 batches of %d records (after 4 × 5 warm-up):", batch);
      line("  %-42s %10.0f /s   (%.1f requests/s, p50 %.1f ms, p99 %.1f ms, max %.1f ms)",
          "decisions (KIM, both questions)", httpRate, batched.perSecond(), batched.millis(0.5), batched.millis(0.99),
          batched.millis(1.0));
      line("  %-42s %10d   statuses %s", "errors (any answer but 200)", batched.errors(), batched.statuses());

      nationalBatch(load, nationalBody, national, "warm");
      nationalBatch(load, nationalBody, national, "warm");

      InProcessEligibility inProcess = new InProcessEligibility();
      List<InProcessEligibility.Texts> texts = InProcessEligibility.texts(batchCases, batch);
      inProcess.rate(texts, 2, Duration.ofSeconds(3).toNanos());
      double one = inProcess.rate(texts, 1, Duration.ofSeconds(5).toNanos());
      double two = inProcess.rate(texts, 2, Duration.ofSeconds(5).toNanos());
      line("in process, same batches, JSON read + validation + decision + JSON written, no HTTP:");
      line("  %-42s %10.0f /s", "decisions, 1 thread", one);
      line("  %-42s %10.0f /s", "decisions, 2 threads", two);
      line("  %-42s %10.2f   goal ≥ 0.5 (HTTP batch / the better in-process figure)", "ratio",
          httpRate / Math.max(one, two));
      InProcessEligibility.Texts whole = InProcessEligibility.texts(registerCases, national).get(0);
      long t = System.nanoTime();
      inProcess.decide(whole);
      line("  %-42s %10.0f ms", "national register in process, 1 thread, warm", (System.nanoTime() - t) / 1e6);
    } finally {
      server.stop();
    }
    overload(Math.min(end, System.nanoTime() + Duration.ofSeconds(30).toNanos()));
    ownJvm();
  }

  /**
   * The ready time of the service in its own JVM ({@code id.kim.server.Main --port N}, this run's class
   * path), five starts: from starting the process to the first 200 of {@code POST /v1/eligibility} (one
   * record, both questions), JVM start included; then the process is asked to stop (SIGTERM, the
   * graceful shutdown).
   */
  private void ownJvm() throws Exception {
    byte[] first = firstBody();
    List<Long> millis = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      int port;
      try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
        port = free.getLocalPort();
      }
      String launcher = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      long t0 = System.nanoTime();
      Process p = new ProcessBuilder(launcher, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
          "id.kim.server.Main", "--port", Integer.toString(port)).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      try {
        awaitDecision(port, first, t0 + Duration.ofSeconds(30).toNanos());
        millis.add((System.nanoTime() - t0) / 1_000_000);
      } finally {
        p.destroy();
        p.waitFor(30, TimeUnit.SECONDS);
      }
    }
    line("%-44s %s ms   goal < 2000 ms   (load average %s)", "ready, own JVM, 5 starts (→ first decision)",
        millis, load());
  }

  /** @return one record of the bundled Sukamaju sample in a request, as the server's warm-up sends it */
  private static byte[] firstBody() throws IOException {
    try (InputStream in = KimServer.class.getResourceAsStream("warm-up.json")) {
      return in.readAllBytes();
    }
  }

  /** Waits for the first 200 of {@code POST /v1/eligibility}: the service answers a real decision. */
  private void awaitDecision(int port, byte[] body, long deadline) throws InterruptedException {
    HttpRequest post = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/eligibility"))
        .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    while (true) {
      try {
        if (http.send(post, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("the server did not answer a decision in time");
      }
      Thread.sleep(2);
    }
  }

  private void nationalBatch(LoadClients load, String body, int national, String label) throws InterruptedException {
    long t = System.nanoTime();
    int status = load.send(body);
    line("%-44s %10.0f ms (status %d)   goal < 1000 ms", "national register, " + national + " KIM, one request, "
        + label, (System.nanoTime() - t) / 1e6, status);
  }

  private void overload(long deadline) throws Exception {
    KimServer server = KimServer.start(ServerConfig.defaults().withPort(0).withMaxConcurrent(OVERLOAD_PERMITS));
    try {
      LoadClients load = new LoadClients(http, URI.create("http://127.0.0.1:" + server.port() + "/v1/eligibility"));
      List<String> singles = LoadBodies.singles(LoadBodies.cases(400));
      System.gc();
      long before = heapUsed();
      HeapWatch heap = new HeapWatch();
      heap.start();
      LoadClients.Result r = load.run(singles, 4 * OVERLOAD_PERMITS, 300, deadline);
      heap.stop();
      long after = heapUsed();
      int health = health(server.port());
      long other =
          r.statuses().entrySet().stream()
              .filter(e -> e.getKey() != 200 && e.getKey() != 503)
              .mapToLong(Entry::getValue)
              .sum();
      line("overload: server admitting %d at once, %d clients × 300 one-record requests:", OVERLOAD_PERMITS,
          4 * OVERLOAD_PERMITS);
      line("  %-42s %s (%.0f answers/s)", "statuses", r.statuses(), r.perSecond());
      line("  %-42s %10d   goal 0 (only 200 and 503)", "other answers or failures", other);
      line("  %-42s %10d   goal 200", "GET /health after", health);
      line("  %-42s before %d MiB, after %d MiB, peak %d MiB (max heap %d MiB, %d collections)", "heap used (JVM)",
          before >> 20, after >> 20, heap.peakUsedBytes() >> 20, heap.maxHeapBytes() >> 20,
          heap.collections());
    } finally {
      server.stop();
    }
    line("load average at end %s", load());
  }

  private int health(int port) throws InterruptedException {
    HttpRequest get = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
        .timeout(Duration.ofSeconds(5)).build();
    try {
      return http.send(get, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      return -1;
    }
  }

  private static long heapUsed() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static String load() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).trim();
    } catch (IOException e) {
      return "unknown";
    }
  }

  private void line(String format, Object... args) {
    String s = String.format(Locale.ROOT, format, args);
    System.out.println(s);
    table.append(s).append('\n');
  }
}
