package id.kim.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.kim.rules.lifecycle.EventKind;
import id.kim.rules.lifecycle.Status;
import id.kim.rules.lifecycle.Step;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A bounded fuzz of the HTTP surface: mutated bodies of a valid request (truncated, a byte replaced by
 * a structural character or an invalid UTF-8 byte, deep nesting, huge numbers) to every JSON endpoint, and
 * random paths, methods, {@code lang} values, Accept-Language and Content-Type headers; for
 * {@code /v1/lifecycle/apply}, states, trails and events mutated in their structure (a status, event type,
 * step or date swapped, a field removed, an entry duplicated, a value of the wrong type) and in their bytes;
 * for {@code /v1/impact}, a variant and three records mutated the same way (a policy's code swapped, a rule ID
 * of {@code removedRules} replaced, the question changed).
 * Every answer is a 2xx or a 4xx problem document, never a 5xx, and the server still answers after.
 */
class FuzzTest {
  private static final List<String> ENDPOINTS = List.of("/v1/eligibility", "/v1/validate",
      "/v1/termination/review", "/v1/impact");
  /** The vocabulary of a variant: policy codes, rule IDs, the questions. */
  private static final List<String> VARIANT_CODES = List.of("BOARD_AND_MEMBERS", "BOARD_ONLY", "KIM_ONLY",
      "ALL_BOARD", "REQUIRE_NO_FAILURE", "COMPLETE", "PARTNER-ADMIN-1", "QUAL-1", "MAP-ENTRY-2", "QUAL-99",
      "partnership", "mapping_entry", "juknis-2022", "2022.08.30", "2026-01-15");
  private static final byte[] NOISE = "{}[]\",:0-9eE.tfn\\ \u00ff".getBytes(StandardCharsets.ISO_8859_1);
  @RegisterExtension
  static final StartedServer SERVER = new StartedServer();
  private static byte[] valid;
  private static List<JsonNode> lifecycle;
  private static List<String> codes;
  private static ObjectNode impact;

  @BeforeAll
  static void start() {
    valid = Sample.single(1).toString().getBytes(StandardCharsets.UTF_8);
    ObjectNode withState = LifecycleEndpointTest.refusedRequest();
    withState.set("state", withState.path("trail").path("state").deepCopy());
    lifecycle = List.of(LifecycleEndpointTest.registerRequest(), LifecycleEndpointTest.refusedRequest(), withState);
    List<String> c = new ArrayList<>(List.of("2024-02-29", "2026-13-01", "1900-01-01", "9999-12-31", "-1"));
    Stream.of(Status.values(), EventKind.values(), Step.values()).flatMap(Arrays::stream)
        .forEach(e -> c.add(((Enum<?>) e).name()));
    codes = List.copyOf(c);
    impact = ImpactEndpointTest.small();
  }

  @Test
  void mutatedBodiesAreAnsweredWithoutA5xx() {
    qt().withExamples(400).forAll(integers().between(0, 5), integers().between(0, valid.length - 1),
        integers().between(0, NOISE.length - 1), integers().between(0, ENDPOINTS.size() - 1))
        .checkAssert((kind, at, noise, endpoint) -> assertAnswered(ENDPOINTS.get(endpoint),
            mutate(kind, at, NOISE[noise])));
    assertEquals(200, SERVER.http().get("/health").statusCode());
  }

  @Test
  void mutatedLifecycleStatesTrailsAndEventsAreAnsweredWithoutA5xx() {
    qt().withExamples(500).forAll(integers().between(0, lifecycle.size() - 1), integers().between(0, 9999),
        integers().between(0, 3), integers().between(0, 999))
        .checkAssert((seed, at, kind, pick) -> {
          JsonNode doc = lifecycle.get(seed);
          byte[] body = kind == 3
              ? bytes(doc, at, NOISE[pick % NOISE.length])
              : JsonMutations.mutate(doc, at % JsonMutations.size(doc), kind, codes, pick).toString()
                  .getBytes(StandardCharsets.UTF_8);
          assertAnswered("/v1/lifecycle/apply", body);
        });
    for (JsonNode seed : lifecycle) {
      assertEquals(200, SERVER.http().post("/v1/lifecycle/apply", seed.toString()).statusCode());
    }
    assertEquals(200, SERVER.http().get("/health").statusCode());
  }

  @Test
  void mutatedImpactRequestsAreAnsweredWithoutA5xx() {
    qt().withExamples(300).forAll(integers().between(0, JsonMutations.size(impact) - 1), integers().between(0, 3),
        integers().between(0, 999))
        .checkAssert((at, kind, pick) -> assertAnswered("/v1/impact", kind == 3
            ? bytes(impact, at, NOISE[pick % NOISE.length])
            : JsonMutations.mutate(impact, at, kind, VARIANT_CODES, pick).toString().getBytes(StandardCharsets.UTF_8)));
    assertEquals(200, SERVER.http().post("/v1/impact", impact.toString()).statusCode());
    assertEquals(200, SERVER.http().get("/health").statusCode());
  }

  @Test
  void randomPathsMethodsAndHeadersAreAnsweredWithoutA5xx() {
    qt().withExamples(300).forAll(strings().betweenCodePoints(0x20, 0x7e).ofLengthBetween(0, 60),
        strings().betweenCodePoints(0x20, 0x7e).ofLengthBetween(0, 40), integers().between(0, 3),
        integers().between(0, ENDPOINTS.size() - 1))
        .checkAssert((path, header, method, endpoint) -> {
          String target = method == 0 ? ENDPOINTS.get(endpoint) + "?lang=" + encode(header)
              : "/v1/" + encode(path);
          String value = header.trim().isEmpty() ? "x" : header.trim();
          HttpRequest.Builder b = SERVER.http().request(target).header("Accept-Language", value)
              .header("Content-Type", method == 1 ? value : "application/json");
          HttpRequest request = switch (method) {
            case 2 -> b.GET().build();
            case 3 -> b.DELETE().build();
            default -> b.POST(HttpRequest.BodyPublishers.ofString("{}")).build();
          };
          HttpResponse<String> r = Http.send(request);
          assertTrue(r.statusCode() < 500, () -> r.statusCode() + " " + target + " " + r.body());
        });
    assertEquals(200, SERVER.http().get("/health").statusCode());
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static byte[] bytes(JsonNode seed, int at, byte noise) {
    byte[] b = seed.toString().getBytes(StandardCharsets.UTF_8);
    int i = at % b.length;
    if (at % 2 == 0) {
      return Arrays.copyOf(b, i);
    }
    b[i] = noise;
    return b;
  }

  private static byte[] mutate(int kind, int at, byte noise) {
    return switch (kind) {
      case 0 -> Arrays.copyOf(valid, at);
      case 1 -> {
        byte[] b = valid.clone();
        b[at] = noise;
        yield b;
      }
      case 2 -> ("{\"record\":" + "[".repeat(at % 5000 + 1) + "]".repeat(at % 5000 + 1) + "}")
          .getBytes(StandardCharsets.UTF_8);
      case 3 -> ("{\"asOf\":" + "9".repeat(at % 3000 + 1) + ",\"dinas\":1e99999}").getBytes(StandardCharsets.UTF_8);
      case 4 -> {
        byte[] b = valid.clone();
        b[at] = (byte) 0xC3;
        yield b;
      }
      default -> new String(valid, StandardCharsets.UTF_8).replaceFirst("\"[A-Za-z]+\"", "\"" + at + "\"")
          .getBytes(StandardCharsets.UTF_8);
    };
  }

  private static void assertAnswered(String endpoint, byte[] body) {
    HttpResponse<String> r = Http.send(SERVER.http().request(endpoint).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    assertTrue(r.statusCode() < 500, () -> r.statusCode() + " " + r.body());
    if (r.statusCode() >= 400) {
      assertEquals("application/problem+json", r.headers().firstValue("Content-Type").orElse("").split(";", -1)[0]);
      assertTrue(Http.tree(r).path("type").asText().startsWith("urn:kim:problem:"));
    }
  }
}
