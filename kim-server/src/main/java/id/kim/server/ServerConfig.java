package id.kim.server;

import id.kim.core.region.RegionDirectory;
import id.kim.core.validation.MissingValueException;
import id.kim.regions.RegionRegister;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How a {@link KimServer} runs: where it listens (127.0.0.1 unless told otherwise), the API key every
 * {@code /v1} call must carry (none: open), the body limit, the origins allowed by CORS (none: CORS
 * off), how many requests it handles at once (beyond: 503 with Retry-After) and how long a shutdown
 * waits for requests in flight, and the register region codes are checked against. Immutable;
 * {@link #toString()} never shows the key.
 *
 * @param host the address to bind, default {@code 127.0.0.1}
 * @param port the port; 0 picks a free one
 * @param apiKey the API key, empty for none
 * @param maxBodyBytes the largest request body accepted
 * @param corsOrigins the origins allowed to call from a browser; empty for CORS off
 * @param maxConcurrent the requests handled at once
 * @param retryAfterSeconds the Retry-After of a 503
 * @param shutdownTimeout how long a stop waits for requests in flight
 * @param regions the register region codes are checked against by {@code POST /v1/import/tabel-3-1} and
 *     {@code POST /v1/validate} (REGION-CODE-2, -4): by default kim-regions' published register; empty for none
 */
public record ServerConfig(String host, int port, Optional<String> apiKey, long maxBodyBytes,
    List<String> corsOrigins, int maxConcurrent, int retryAfterSeconds, Duration shutdownTimeout,
    Optional<RegionDirectory> regions) {
  /**
   * The default body limit: 64 MiB — the national register (7,365 KIM) as complete JSON records is about
   * 39 MB, so one batch request can carry it.
   */
  public static final long DEFAULT_MAX_BODY = 64L * 1024 * 1024;

  /** Checks every part. */
  public ServerConfig {
    MissingValueException.requireNonNull(host, "host");
    MissingValueException.requireNonNull(apiKey, "apiKey");
    MissingValueException.requireNonNull(shutdownTimeout, "shutdownTimeout");
    MissingValueException.requireNonNull(regions, "regions");
    corsOrigins = List.copyOf(MissingValueException.requireNonNull(corsOrigins, "corsOrigins"));
    require(port >= 0 && port <= 65535, "port must be 0..65535");
    require(maxBodyBytes > 0, "maxBodyBytes must be positive");
    require(maxConcurrent > 0, "maxConcurrent must be positive");
    require(retryAfterSeconds > 0, "retryAfterSeconds must be positive");
    require(!shutdownTimeout.isNegative(), "shutdownTimeout must not be negative");
    require(apiKey.map(k -> !k.isBlank()).orElse(true), "apiKey must not be blank");
  }

  /** The configuration checking region codes against kim-regions' published register, as {@link #defaults()}. */
  public ServerConfig(String host, int port, Optional<String> apiKey, long maxBodyBytes, List<String> corsOrigins,
      int maxConcurrent, int retryAfterSeconds, Duration shutdownTimeout) {
    this(host, port, apiKey, maxBodyBytes, corsOrigins, maxConcurrent, retryAfterSeconds, shutdownTimeout,
        Optional.of(RegionRegister.bundled()));
  }

  /**
   * @return 127.0.0.1:8080, no API key, 64 MiB, CORS off, 64 requests at once, 30 s to drain, region codes
   *     checked against kim-regions' published register
   */
  public static ServerConfig defaults() {
    return new ServerConfig("127.0.0.1", 8080, Optional.empty(), DEFAULT_MAX_BODY, List.of(), 64, 1,
        Duration.ofSeconds(30), Optional.of(RegionRegister.bundled()));
  }

  /**
   * @param env environment variables: {@code KIM_HOST}, {@code KIM_PORT}, {@code KIM_API_KEY},
   *     {@code KIM_MAX_BODY} (bytes, or with suffix {@code k}, {@code m}), {@code KIM_CORS_ORIGINS}
   *     (comma-separated), {@code KIM_MAX_CONCURRENT}, {@code KIM_REGIONS} ({@code bundled} or {@code none})
   * @return the defaults with what the environment sets
   * @throws IllegalArgumentException naming the variable if a value is unusable
   */
  public static ServerConfig fromEnvironment(Map<String, String> env) {
    ServerConfig c = defaults();
    String v;
    if ((v = env.get("KIM_HOST")) != null) {
      c = c.withHost(v);
    }
    if ((v = env.get("KIM_PORT")) != null) {
      c = c.withPort(number("KIM_PORT", v));
    }
    if ((v = env.get("KIM_API_KEY")) != null && !v.isBlank()) {
      c = c.withApiKey(v);
    }
    if ((v = env.get("KIM_MAX_BODY")) != null) {
      c = c.withMaxBodyBytes(size("KIM_MAX_BODY", v));
    }
    if ((v = env.get("KIM_CORS_ORIGINS")) != null) {
      c = c.withCorsOrigins(Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList());
    }
    if ((v = env.get("KIM_MAX_CONCURRENT")) != null) {
      c = c.withMaxConcurrent(number("KIM_MAX_CONCURRENT", v));
    }
    if ((v = env.get("KIM_REGIONS")) != null) {
      c = c.withRegions(regions("KIM_REGIONS", v));
    }
    return c;
  }

  /** @return this with another host */
  public ServerConfig withHost(String value) {
    return new ServerConfig(value, port, apiKey, maxBodyBytes, corsOrigins, maxConcurrent, retryAfterSeconds,
        shutdownTimeout, regions);
  }

  /** @return this with another port (0: a free one) */
  public ServerConfig withPort(int value) {
    return new ServerConfig(host, value, apiKey, maxBodyBytes, corsOrigins, maxConcurrent, retryAfterSeconds,
        shutdownTimeout, regions);
  }

  /** @return this with an API key */
  public ServerConfig withApiKey(String value) {
    Optional<String> key = Optional.of(MissingValueException.requireNonNull(value, "apiKey"));
    return new ServerConfig(host, port, key, maxBodyBytes, corsOrigins, maxConcurrent, retryAfterSeconds,
        shutdownTimeout, regions);
  }

  /** @return this with another body limit */
  public ServerConfig withMaxBodyBytes(long value) {
    return new ServerConfig(host, port, apiKey, value, corsOrigins, maxConcurrent, retryAfterSeconds,
        shutdownTimeout, regions);
  }

  /** @return this with these CORS origins */
  public ServerConfig withCorsOrigins(List<String> value) {
    return new ServerConfig(host, port, apiKey, maxBodyBytes, value, maxConcurrent, retryAfterSeconds,
        shutdownTimeout, regions);
  }

  /** @return this with another number of requests at once */
  public ServerConfig withMaxConcurrent(int value) {
    return new ServerConfig(host, port, apiKey, maxBodyBytes, corsOrigins, value, retryAfterSeconds,
        shutdownTimeout, regions);
  }

  /** @return this with another shutdown timeout */
  public ServerConfig withShutdownTimeout(Duration value) {
    return new ServerConfig(host, port, apiKey, maxBodyBytes, corsOrigins, maxConcurrent, retryAfterSeconds,
        value, regions);
  }

  /** @return this checking region codes against that register, or against none */
  public ServerConfig withRegions(Optional<RegionDirectory> value) {
    return new ServerConfig(host, port, apiKey, maxBodyBytes, corsOrigins, maxConcurrent, retryAfterSeconds,
        shutdownTimeout, MissingValueException.requireNonNull(value, "regions"));
  }

  /**
   * @param name the option or variable, for the message
   * @param text {@code bundled} (kim-regions' published register) or {@code none}
   * @return the register, or empty for none
   */
  static Optional<RegionDirectory> regions(String name, String text) {
    return switch (text.trim()) {
      case "bundled" -> Optional.of(RegionRegister.bundled());
      case "none" -> Optional.empty();
      default -> throw new IllegalArgumentException(name + " must be bundled or none");
    };
  }

  /**
   * @param name the option or variable, for the message
   * @param text a size in bytes, or with suffix k or m (KiB, MiB)
   * @return the bytes
   */
  static long size(String name, String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    long unit = t.endsWith("m") ? 1024L * 1024 : t.endsWith("k") ? 1024L : 1L;
    String digits = unit == 1 ? t : t.substring(0, t.length() - 1);
    try {
      return Math.multiplyExact(Long.parseLong(digits), unit);
    } catch (NumberFormatException | ArithmeticException e) {
      throw new IllegalArgumentException(name + " must be a size in bytes, e.g. 16m or 1048576");
    }
  }

  private static int number(String name, String text) {
    try {
      return Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a whole number");
    }
  }

  private static void require(boolean ok, String message) {
    if (!ok) {
      throw new IllegalArgumentException(message);
    }
  }

  @Override
  public String toString() {
    return "ServerConfig[" + host + ":" + port + ", apiKey=" + (apiKey.isPresent() ? "set" : "none")
        + ", maxBodyBytes=" + maxBodyBytes + ", corsOrigins=" + corsOrigins + ", maxConcurrent=" + maxConcurrent
        + ", shutdownTimeout=" + shutdownTimeout + ", regions="
        + regions.map(r -> r == RegionRegister.bundled() ? "bundled" : "own").orElse("none") + "]";
  }
}
