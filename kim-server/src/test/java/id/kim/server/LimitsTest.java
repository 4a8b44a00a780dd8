package id.kim.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The API key, the limit of requests in flight (503 with Retry-After) and the graceful stop. */
class LimitsTest {

  @Test
  void everyV1CallNeedsTheApiKeyWhenOneIsConfigured() {
    try (KimServer server = KimServer.start(ServerConfig.defaults().withPort(0).withApiKey("s3cret-key"))) {
      Http http = new Http(server);
      ErrorsTest.problem(http.get("/v1/rule-sets"), 401, "unauthorized");
      ErrorsTest.problem(Http.send(http.request("/v1/rule-sets").header("X-API-Key", "s3cret-kez").GET().build()),
          401, "unauthorized");
      ErrorsTest.problem(http.get("/v1/no-such-thing"), 401, "unauthorized");
      assertEquals(200, Http.send(http.request("/v1/rule-sets").header("X-API-Key", "s3cret-key").GET().build())
          .statusCode());
      assertEquals(200, Http.send(http.request("/v1/rule-sets").header("Authorization", "Bearer s3cret-key")
          .GET().build()).statusCode());
      assertEquals(200, http.get("/health").statusCode());
    }
  }

  @Test
  void beyondTheLimitOfRequestsInFlightTheAnswerIs503WithRetryAfter() throws Exception {
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ServerConfig config = ServerConfig.defaults().withPort(0).withMaxConcurrent(1);
    try (KimServer server = KimServer.start(config, path -> hold(path, entered, release))) {
      Http http = new Http(server);
      CompletableFuture<HttpResponse<String>> held = CompletableFuture.supplyAsync(() -> http.get("/v1/rule-sets"));
      assertTrue(entered.await(30, TimeUnit.SECONDS));
      HttpResponse<String> refused = http.get("/health");
      ErrorsTest.problem(refused, 503, "overloaded");
      assertEquals("1", refused.headers().firstValue("Retry-After").orElse(""));
      release.countDown();
      assertEquals(200, held.get(30, TimeUnit.SECONDS).statusCode());
      // the permit is released just after the answer is flushed: a client that retries is served
      HttpResponse<String> again = http.get("/health");
      for (int i = 0; i < 100 && again.statusCode() == 503; i++) {
        again = http.get("/health");
      }
      assertEquals(200, again.statusCode());
    }
  }

  @Test
  void stopLetsTheRequestInFlightFinish() throws Exception {
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    KimServer server = KimServer.start(ServerConfig.defaults().withPort(0), path -> hold(path, entered, release));
    Http http = new Http(server);
    CompletableFuture<HttpResponse<String>> held = CompletableFuture.supplyAsync(() -> http.get("/v1/rule-sets"));
    assertTrue(entered.await(30, TimeUnit.SECONDS));
    CompletableFuture<Void> stopping = CompletableFuture.runAsync(server::stop);
    release.countDown();
    assertEquals(200, held.get(30, TimeUnit.SECONDS).statusCode());
    stopping.get(60, TimeUnit.SECONDS);
  }

  private static void hold(String path, CountDownLatch entered, CountDownLatch release) {
    if (path.equals("/v1/rule-sets")) {
      entered.countDown();
      try {
        release.await(60, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Test
  void anUnexpectedFailureIsA500WithoutDetails() {
    try (KimServer server = KimServer.start(ServerConfig.defaults().withPort(0), path -> {
      throw new IllegalStateException("failure mentioning 0812-5555-0000");
    })) {
      HttpResponse<String> r = new Http(server).get("/v1/rule-sets");
      ErrorsTest.problem(r, 500, "internal");
      assertTrue(!r.body().contains("0812") && !r.body().contains("IllegalState") && !r.body().contains("at id."),
          r.body());
    }
  }

  @Test
  void corsAnswersOnlyTheConfiguredOrigins() {
    ServerConfig config = ServerConfig.defaults().withPort(0).withApiKey("k-123")
        .withCorsOrigins(List.of("https://app.example"));
    try (KimServer server = KimServer.start(config)) {
      Http http = new Http(server);
      HttpResponse<String> allowed = Http.send(http.request("/health").header("Origin", "https://app.example")
          .GET().build());
      assertEquals("https://app.example", allowed.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
      HttpResponse<String> other = Http.send(http.request("/health").header("Origin", "https://evil.example")
          .GET().build());
      assertTrue(other.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
      HttpResponse<String> preflight = Http.send(http.request("/v1/eligibility").header("Origin", "https://app.example")
          .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());
      assertEquals(204, preflight.statusCode());
      assertTrue(preflight.headers().firstValue("Access-Control-Allow-Headers").orElse("").contains("X-API-Key"));
      ErrorsTest.problem(Http.send(http.request("/v1/eligibility").header("Origin", "https://evil.example")
          .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build()), 401, "unauthorized");
    }
  }

  @Test
  void withCorsAnUnknownV1PathIsStillA404() {
    ServerConfig config = ServerConfig.defaults().withPort(0).withCorsOrigins(List.of("https://app.example"));
    try (KimServer server = KimServer.start(config)) {
      Http http = new Http(server);
      ErrorsTest.problem(http.post("/v1/no-such-endpoint", "{}"), 404, "not-found");
      ErrorsTest.problem(http.get("/v1/rules/MAP-ENTRY-1/extra"), 404, "not-found");
      ErrorsTest.problem(Http.send(http.request("/v1/no-such-endpoint").header("Origin", "https://app.example")
          .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build()), 404, "not-found");
      ErrorsTest.problem(http.get("/v1/eligibility"), 405, "method-not-allowed");
      assertEquals(204, Http.send(http.request("/v1/rules/MAP-ENTRY-1").header("Origin", "https://app.example")
          .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build()).statusCode());
    }
  }
}
