package id.kim.server.api;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import id.kim.core.i18n.Lang;
import id.kim.json.Codec;
import id.kim.json.Field;
import id.kim.json.JsonMember;
import id.kim.json.JsonProblem;
import id.kim.json.KimJson;
import id.kim.server.problem.ProblemError;
import id.kim.server.problem.ProblemException;
import id.kim.server.problem.Problems;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The JSON body of a request, read strictly (no duplicate fields, no trailing content) and taken apart
 * into SDK values through kim-json's {@link JsonMember#readValid}: the envelope is streamed once, each
 * member's tokens kept for its codec (no tree, no second parse); every problem, of shape or of a kim-core
 * constraint, is collected with its JSON Pointer, and {@link #done()} answers them all as one 422.
 * Not thread-safe: one per request.
 */
public final class JsonRequest {
  private static final ObjectMapper STRICT = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .build();

  private final Lang lang;
  /** The members of the body's object in document order, each as its tokens. */
  private final Map<String, TokenBuffer> members;
  private final List<ProblemError> errors = new ArrayList<>();

  private JsonRequest(Lang lang, Map<String, TokenBuffer> members) {
    this.lang = lang;
    this.members = members;
  }

  /**
   * @param request the request
   * @param fields the fields the body's object may have
   * @return the body as an object
   * @throws ProblemException 400 if the body is not well-formed JSON, 422 if it is not an object or
   *     has other fields
   */
  public static JsonRequest of(Request request, String... fields) {
    Optional<Map<String, TokenBuffer>> members =
        streamed(request.body()).or(() -> fromTree(parse(request.lang(), request.body())));
    JsonRequest r = new JsonRequest(request.lang(), members.orElse(Map.of()));
    if (members.isEmpty()) {
      r.errors.add(Problems.error(request.lang(), "", "server.error.notObject"));
      r.done();
    }
    Set<String> allowed = new TreeSet<>(Arrays.asList(fields));
    for (String name : r.members.keySet()) {
      if (!allowed.contains(name)) {
        r.errors.add(Problems.error(request.lang(), "/" + name.replace("~", "~0").replace("/", "~1"),
            "server.error.unknownField", String.join(", ", allowed)));
      }
    }
    return r;
  }

  /** @return the language of the request */
  public Lang lang() {
    return lang;
  }

  /** @return the tree of a field of JSON not read here, a missing node when absent */
  JsonNode node(String field) {
    TokenBuffer tokens = members.get(field);
    if (tokens == null) {
      return MissingNode.getInstance();
    }
    try (JsonParser p = tokens.asParser(STRICT)) {
      return STRICT.readTree(p);
    } catch (IOException e) {
      throw new UncheckedIOException("tokens read once could not be read again", e);
    }
  }

  /** @return true if the field is present and not {@code null} */
  public boolean has(String field) {
    TokenBuffer tokens = members.get(field);
    return tokens != null && tokens.firstToken() != JsonToken.VALUE_NULL;
  }

  /**
   * @param field a field of the body
   * @param type its SDK type
   * @param <T> the type
   * @return the valid value, or empty (and the problems noted) if it is missing or refused
   */
  public <T> Optional<T> value(String field, Class<T> type) {
    if (!has(field)) {
      errors.add(Problems.error(lang, "/" + field, "server.error.missing"));
      return Optional.empty();
    }
    return read(field, readValid(field, type));
  }

  /**
   * @param field a field of the body, present
   * @param type its SDK type
   * @param <T> the type
   * @return kim-json's answer for the field's value, problems at paths relative to it
   */
  <T> Either<Seq<JsonProblem>, T> readValid(String field, Class<T> type) {
    return JsonMember.readValid(present(field), KimJson.codec(type));
  }

  /** @return the tokens of a field the caller knows {@link #has} a value */
  private TokenBuffer present(String field) {
    TokenBuffer tokens = members.get(field);
    if (tokens == null) {
      throw new IllegalStateException("the body has no field '" + field + "' to read");
    }
    return tokens;
  }

  /**
   * @param field an array field of the body
   * @param type the SDK type of its elements
   * @param <T> the type
   * @return the valid values, or empty (and the problems noted, each at {@code /field/i/…}) if refused
   */
  public <T> Optional<List<T>> list(String field, Class<T> type) {
    if (!has(field)) {
      errors.add(Problems.error(lang, "/" + field, "server.error.missing"));
      return Optional.empty();
    }
    Codec<List<T>> codec = Field.listOf(KimJson.codec(type));
    return read(field, JsonMember.readValid(present(field), codec));
  }

  /**
   * @param field a date field of the body
   * @return the date, or empty (and the problem noted) if missing or not an ISO-8601 date
   */
  public Optional<LocalDate> date(String field) {
    JsonNode n = node(field);
    if (!n.isTextual()) {
      errors.add(Problems.error(lang, "/" + field, n.isMissingNode() || n.isNull() ? "server.error.missing"
          : "server.error.date"));
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(n.textValue()));
    } catch (DateTimeParseException e) {
      errors.add(Problems.error(lang, "/" + field, "server.error.date"));
      return Optional.empty();
    }
  }

  /**
   * @param field a text field holding a code
   * @param codes the allowed codes
   * @param fallback the value when the field is absent
   * @return the code, or the fallback when absent; empty (and the problem noted) if not allowed
   */
  public Optional<String> code(String field, List<String> codes, String fallback) {
    JsonNode n = node(field);
    if (n.isMissingNode() || n.isNull()) {
      return Optional.of(fallback);
    }
    if (n.isTextual() && codes.contains(n.textValue())) {
      return Optional.of(n.textValue());
    }
    errors.add(Problems.error(lang, "/" + field, "server.error.code", String.join(", ", codes)));
    return Optional.empty();
  }

  /** Notes a problem of the request's own checks. */
  public void refuse(ProblemError error) {
    errors.add(error);
  }

  /** @throws ProblemException 422 with every problem noted, if any */
  public void done() {
    if (!errors.isEmpty()) {
      throw new ProblemException(Problems.invalid(lang, List.copyOf(errors)));
    }
  }

  private <T> Optional<T> read(String field, Either<Seq<JsonProblem>, T> read) {
    read.peekLeft(ps -> ps.forEach(p -> errors.add(Problems.error(lang, p, "/" + field))));
    return read.toJavaOptional();
  }

  /**
   * @return the members of a body that is one well-formed JSON object, streamed once; empty for any
   *     other body, which {@link #parse} then reads as a tree to name its problem exactly as before
   */
  private static Optional<Map<String, TokenBuffer>> streamed(InputStream body) {
    Map<String, TokenBuffer> members = new LinkedHashMap<>();
    try (JsonParser p = STRICT.createParser(body)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return Optional.empty();
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        p.nextToken();
        members.put(name, JsonMember.buffer(p));
      }
      return p.currentToken() == JsonToken.END_OBJECT && p.nextToken() == null
          ? Optional.of(members) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** @return the members of a tree that is an object, empty for any other */
  private static Optional<Map<String, TokenBuffer>> fromTree(JsonNode root) {
    if (!root.isObject()) {
      return Optional.empty();
    }
    Map<String, TokenBuffer> members = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : root.properties()) {
      try (JsonParser p = STRICT.treeAsTokens(e.getValue())) {
        p.nextToken();
        members.put(e.getKey(), JsonMember.buffer(p));
      } catch (IOException x) {
        throw new UncheckedIOException(x);
      }
    }
    return Optional.of(members);
  }

  private static JsonNode parse(Lang lang, InputStream body) {
    try (JsonParser p = STRICT.createParser(body)) {
      JsonNode node = STRICT.readTree(p);
      if (node == null || node.isMissingNode()) {
        throw new ProblemException(Problems.malformedJson(lang, 1, 1));
      }
      return node;
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new ProblemException(Problems.malformedJson(lang, at == null ? 0 : at.getLineNr(),
          at == null ? 0 : at.getColumnNr()));
    } catch (IOException e) {
      throw new ProblemException(Problems.malformedJson(lang, 0, 0));
    }
  }
}
