package id.kim.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.LongAdder;

/**
 * Closed-loop load: {@code clients} threads, each sending its share of request bodies one after the
 * other (the next when the answer is in) over one shared {@link HttpClient} (HTTP/1.1, keep-alive),
 * until each has sent {@code perClient} requests or the deadline has passed. Every answer's status is
 * counted (a failure to connect or a timeout as status {@code -1}); the latency of each request is kept.
 */
final class LoadClients {
  private final HttpClient http;
  private final URI uri;

  LoadClients(HttpClient http, URI uri) {
    this.http = http;
    this.uri = uri;
  }

  /** What a load phase saw. */
  @SuppressWarnings("ArrayRecordComponent") // the latencies are sorted once when measured and only read after
  record Result(int requests, long wallNanos, long[] sortedLatencies, Map<Integer, Long> statuses) {
    /** @return requests answered per second */
    double perSecond() {
      return requests * 1e9 / wallNanos;
    }

    /** @return the latency at quantile {@code q} (0..1), in milliseconds */
    double millis(double q) {
      if (sortedLatencies.length == 0) {
        return Double.NaN;
      }
      int i = Math.max(0, (int) Math.ceil(q * sortedLatencies.length) - 1);
      return sortedLatencies[i] / 1e6;
    }

    /** @return answers that are not 200 (failures included) */
    long errors() {
      return statuses.entrySet().stream().filter(e -> e.getKey() != 200).mapToLong(Map.Entry::getValue).sum();
    }
  }

  /**
   * @param bodies the request bodies, taken in turn
   * @param clients how many clients at once
   * @param perClient how many requests each sends at most
   * @param deadline {@link System#nanoTime()} after which no client starts another request
   * @return what was seen
   */
  Result run(List<String> bodies, int clients, int perClient, long deadline) throws InterruptedException {
    Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
    long[][] latencies = new long[clients][];
    CountDownLatch go = new CountDownLatch(1);
    Thread[] threads = new Thread[clients];
    for (int c = 0; c < clients; c++) {
      int client = c;
      threads[c] = new Thread(() -> latencies[client] = client(bodies, client, perClient, deadline, go, statuses),
          "load-client-" + c);
      threads[c].start();
    }
    long start = System.nanoTime();
    go.countDown();
    for (Thread t : threads) {
      t.join();
    }
    long wall = System.nanoTime() - start;
    long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
    Map<Integer, Long> counted = new TreeMap<>();
    statuses.forEach((k, v) -> counted.put(k, v.sum()));
    return new Result(all.length, wall, all, counted);
  }

  private long[] client(List<String> bodies, int client, int perClient, long deadline, CountDownLatch go,
      Map<Integer, LongAdder> statuses) {
    long[] out = new long[perClient];
    int n = 0;
    try {
      go.await();
      for (; n < perClient && System.nanoTime() < deadline; n++) {
        String body = bodies.get((client * perClient + n) % bodies.size());
        long t0 = System.nanoTime();
        int status = send(body);
        out[n] = System.nanoTime() - t0;
        statuses.computeIfAbsent(status, k -> new LongAdder()).increment();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return Arrays.copyOf(out, n);
  }

  /** @return the status of one POST of {@code body}, or -1 if no answer came */
  int send(String body) throws InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
    try {
      return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      return -1;
    }
  }
}
