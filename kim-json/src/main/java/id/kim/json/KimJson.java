package id.kim.json;

import static id.kim.core.validation.MissingValueException.requireNonNull;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import id.kim.core.i18n.Lang;
import io.vavr.Lazy;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

/**
 * The entry point of the KIM SDK's JSON contract, for callers in any language that speak JSON.
 *
 * <pre>{@code
 * Either<JsonProblem, KimRecord> record = KimJson.read(json, KimRecord.class);
 * record.peekLeft(p -> System.err.println(p.describe(Lang.EN)));   // $.profile.seat.district.name: required …
 * Either<Seq<JsonProblem>, KimRecord> valid = KimJson.readValid(json, KimRecord.class); // read and validate
 * String out = KimJson.write(decision);                              // pretty-printed, messages in Indonesian
 * }</pre>
 *
 * <p>The contract: field names are the SDK accessors' names; dates are ISO-8601 ({@code 2026-01-15});
 * enums are written by their stable code ({@code "REGENCY_CITY"}); absent optional fields and empty
 * arrays are omitted on output and may be absent or {@code null} on input; unknown fields, duplicate
 * fields, wrong JSON types and trailing content are rejected, never coerced, with a
 * {@link JsonProblem} naming the JSONPath. Personal data is written in full — the contract carries
 * the data — but never appears in a problem. See {@code docs/json.md}.
 *
 * <p>All methods are thread-safe; nothing here holds mutable state.
 */
public final class KimJson {
  private static final ObjectMapper SHARED_ID = build(Lang.ID);
  private static final ObjectMapper SHARED_EN = build(Lang.EN);

  private KimJson() {}

  /** @return a new mapper configured for the contract (messages rendered in Indonesian); create it once and share it */
  public static ObjectMapper mapper() {
    return mapper(Lang.ID);
  }

  /**
   * @param lang the language of rendered message texts on output
   * @return a new mapper configured for the contract, with Java time and {@code Optional} support and
   *     no scalar coercion, also for the caller's own types
   */
  public static ObjectMapper mapper(Lang lang) {
    requireNonNull(lang, "lang");
    return build(lang);
  }

  /**
   * @param lang the language of rendered message texts on output
   * @return the module alone, for a mapper the caller configures (the strictness settings of
   *     {@link #mapper()} are then the caller's choice; SDK values are read strictly either way)
   */
  public static Module module(Lang lang) {
    return new KimJsonModule(lang);
  }

  /** @return every type of the contract: the public values and enums of kim-core and the results of kim-rules */
  public static Set<Class<?>> types() {
    return Catalog.all().keySet();
  }

  /**
   * @param json a JSON document
   * @param type an SDK type, e.g. {@code KimRecord.class}
   * @param <T> the type
   * @return the value, or the first problem in document order
   * @throws IllegalArgumentException if {@code type} is not part of the contract (a programming error)
   */
  public static <T> Either<JsonProblem, T> read(String json, Class<T> type) {
    requireNonNull(json, "json");
    return read(JsonDocument.of(json), codec(type));
  }

  /**
   * @param json a JSON document in UTF-8; the stream is read to its end, not closed
   * @param type an SDK type
   * @param <T> the type
   * @return the value, or the first problem
   */
  public static <T> Either<JsonProblem, T> read(InputStream json, Class<T> type) {
    requireNonNull(json, "json");
    Codec<T> codec = codec(type);
    return read(JsonDocument.of(json), codec);
  }

  /**
   * Reads with a caller's own codec — e.g. one composed from {@link Field} and {@link ObjectCodec} for a
   * JSON shape of the caller's — with the same strictness and problems as the SDK types.
   *
   * @param json a JSON document in UTF-8; the stream is read to its end, not closed
   * @param codec the codec
   * @param <T> the type
   * @return the value, or the first problem
   */
  public static <T> Either<JsonProblem, T> read(InputStream json, Codec<T> codec) {
    requireNonNull(json, "json");
    requireNonNull(codec, "codec");
    return read(JsonDocument.of(json), codec);
  }

  /**
   * Reads and validates in one call — the entrance for every caller that acts on the value: a
   * document that reads but breaks a kim-core constraint (a follower count of 2<sup>31</sup>, a phone
   * {@code "0812-0000-0000 ext"}, a malformed e-mail) is refused like a document that does not read.
   *
   * @param json a JSON document
   * @param type an SDK type, e.g. {@code KimRecord.class}
   * @param <T> the type
   * @return the valid value; or the one problem of reading (as {@link #read(String, Class)} gives it);
   *     or every constraint the value breaks, each a {@link JsonProblem} of kind
   *     {@code INVALID_VALUE} at the JSON path of the refused value, with the constraint's message key
   *     and the field's rule ID ({@code $.profile.reach[0].value: … (PROFILE-s)}), never its value
   * @throws IllegalArgumentException if {@code type} is not part of the contract (a programming error)
   */
  public static <T> Either<Seq<JsonProblem>, T> readValid(String json, Class<T> type) {
    requireNonNull(json, "json");
    Codec<T> codec = codec(type);
    return valid(JsonDocument.of(json), codec);
  }

  /**
   * {@link #readValid(String, Class)} from a stream.
   *
   * @param json a JSON document in UTF-8; the stream is read to its end, not closed
   * @param type an SDK type
   * @param <T> the type
   * @return the valid value, or the problem of reading, or every constraint it breaks
   */
  public static <T> Either<Seq<JsonProblem>, T> readValid(InputStream json, Class<T> type) {
    requireNonNull(json, "json");
    Codec<T> codec = codec(type);
    return valid(JsonDocument.of(json), codec);
  }

  /**
   * {@link #readValid(String, Class)} with a caller's own codec; a {@code java.util.List} read from a
   * JSON array (e.g. {@code Field.listOf(KimJson.codec(MonitoringRecord.class))}) is validated element
   * by element, its problems at {@code $[i]…}.
   *
   * @param json a JSON document in UTF-8; the stream is read to its end, not closed
   * @param codec the codec
   * @param <T> the type
   * @return the valid value, or the problem of reading, or every constraint it breaks
   */
  public static <T> Either<Seq<JsonProblem>, T> readValid(InputStream json, Codec<T> codec) {
    requireNonNull(json, "json");
    requireNonNull(codec, "codec");
    return valid(JsonDocument.of(json), codec);
  }

  /**
   * @param json a JSON array of values of one SDK type
   * @param elementType the type of its elements
   * @param <T> the type
   * @return the values in document order, or the first problem (its path starts {@code $[i]})
   */
  public static <T> Either<JsonProblem, Seq<T>> readList(String json, Class<T> elementType) {
    requireNonNull(json, "json");
    Codec<java.util.List<T>> codec = Field.listOf(codec(elementType));
    return read(JsonDocument.of(json), codec).map(io.vavr.collection.List::ofAll);
  }

  /**
   * @param node a parsed JSON value
   * @param type an SDK type
   * @param <T> the type
   * @return the value, or the first problem
   */
  public static <T> Either<JsonProblem, T> fromTree(JsonNode node, Class<T> type) {
    requireNonNull(node, "node");
    return decode(codec(type), node);
  }

  /**
   * @param value an SDK value, or a list or map of them
   * @return pretty-printed JSON, message texts in Indonesian
   */
  public static String write(Object value) {
    return write(value, Lang.ID);
  }

  /**
   * @param value an SDK value, or a list or map of them
   * @param lang the language of rendered message texts
   * @return pretty-printed JSON (two-space indent, {@code \n} line ends)
   */
  public static String write(Object value, Lang lang) {
    requireNonNull(value, "value");
    requireNonNull(lang, "lang");
    try {
      return shared(lang).writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("value of type " + value.getClass().getSimpleName()
          + " cannot be written as JSON", e);
    }
  }

  /**
   * @param value an SDK value
   * @param lang the language of rendered message texts
   * @return the value as a JSON tree
   */
  public static JsonNode tree(Object value, Lang lang) {
    requireNonNull(value, "value");
    requireNonNull(lang, "lang");
    return shared(lang).valueToTree(value);
  }

  /**
   * @param type a type of the contract
   * @param <T> the type
   * @return its codec, to compose into a caller's own shapes (e.g. {@code Field.listOf(codec(KimRecord.class))})
   * @throws IllegalArgumentException if {@code type} is not part of the contract
   */
  public static <T> Codec<T> codec(Class<T> type) {
    requireNonNull(type, "type");
    return Catalog.find(type).orElseThrow(() -> new IllegalArgumentException(
        "type " + type.getName() + " is not part of the KIM JSON contract; see KimJson.types()"));
  }

  /**
   * @return the value streamed from the document; or, when the stream refuses it, the problem of
   *     reading it as a tree — the same documents are refused either way
   */
  private static <T> Either<JsonProblem, T> read(JsonDocument document, Codec<T> codec) {
    ObjectMapper mapper = SHARED_ID;
    Option<T> value = document.streamed(mapper, codec);
    return value.isDefined() ? Either.right(value.get())
        : parse(() -> document.tree(mapper)).flatMap(node -> decode(codec, node));
  }

  /**
   * @return the value read and validated, problems of violations at their place in the document
   *     (parsed as a tree only then)
   */
  static <T> Either<Seq<JsonProblem>, T> valid(JsonDocument document, Codec<T> codec) {
    ObjectMapper mapper = SHARED_ID;
    Lazy<JsonNode> tree = Lazy.of(() -> {
      try {
        return document.tree(mapper);
      } catch (IOException e) {
        throw new UncheckedIOException("a JSON document read once could not be read again", e);
      }
    });
    return read(document, codec).<Seq<JsonProblem>>mapLeft(io.vavr.collection.List::of)
        .flatMap(value -> ValidatedRead.check(new ValidatedRead.Read<>(tree, value)));
  }

  private static <T> Either<JsonProblem, T> decode(Codec<T> codec, JsonNode node) {
    try {
      return Either.right(codec.read(node, JsonPath.root()));
    } catch (DecodeFailure e) {
      return Either.left(e.problem());
    }
  }

  private static Either<JsonProblem, JsonNode> parse(TreeSource source) {
    try {
      JsonNode node = source.read();
      if (node == null || node.isMissingNode()) {
        return Either.left(JsonProblem.of(JsonPath.root(), JsonProblem.Kind.MALFORMED, "json.empty"));
      }
      return Either.right(node);
    } catch (StreamReadException e) {
      return Either.left(SyntaxProblems.of(e));
    } catch (JsonProcessingException e) {
      return Either.left(SyntaxProblems.of(e));
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the JSON input", e);
    }
  }

  /** @return the contract's mapper shared by the reading and writing methods, texts in {@code lang} */
  private static ObjectMapper shared(Lang lang) {
    return switch (lang) {
      case ID -> SHARED_ID;
      case EN -> SHARED_EN;
    };
  }

  private static ObjectMapper build(Lang lang) {
    DefaultPrettyPrinter pretty = new DefaultPrettyPrinter(Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"))
        .withObjectIndenter(new DefaultIndenter("  ", "\n"));
    JsonMapper mapper = JsonMapper.builder()
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
            DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
            DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .defaultPrettyPrinter(pretty)
        .addModule(new JavaTimeModule())
        .addModule(new Jdk8Module())
        .addModule(new KimJsonModule(lang))
        .build();
    for (CoercionInputShape shape : new CoercionInputShape[] {CoercionInputShape.String, CoercionInputShape.Integer,
        CoercionInputShape.Float, CoercionInputShape.Boolean, CoercionInputShape.EmptyString}) {
      mapper.coercionConfigDefaults().setCoercion(shape, CoercionAction.Fail);
    }
    return mapper;
  }

  /** Reads a JSON tree. */
  @FunctionalInterface
  private interface TreeSource {
    JsonNode read() throws IOException;
  }

  /** Turns Jackson's syntax errors into problems that never quote the document. */
  private static final class SyntaxProblems {
    private SyntaxProblems() {}

    static JsonProblem of(JsonProcessingException e) {
      JsonPath path = JsonPath.root();
      String duplicate = null;
      if (e instanceof StreamReadException streamReadException && streamReadException.getProcessor() != null) {
        JsonParser parser = streamReadException.getProcessor();
        path = JsonPath.fromPointer(parser.getParsingContext().pathAsPointer().toString());
        String original = e.getOriginalMessage();
        if (original != null && original.startsWith("Duplicate field")) {
          duplicate = parser.getParsingContext().getCurrentName();
        }
      }
      JsonProblem.Builder b = JsonProblem.builder().path(path.toString()).kind(JsonProblem.Kind.MALFORMED);
      if (duplicate != null) {
        b.messageKey("json.duplicateField").addArgs(duplicate);
      } else {
        b.messageKey("json.malformed");
      }
      if (e.getLocation() != null && e.getLocation().getLineNr() > 0) {
        b.line(e.getLocation().getLineNr()).column(e.getLocation().getColumnNr());
        b.addArgs(String.valueOf(e.getLocation().getLineNr()), String.valueOf(e.getLocation().getColumnNr()));
      } else {
        b.addArgs("?", "?");
      }
      return b.build();
    }
  }
}
