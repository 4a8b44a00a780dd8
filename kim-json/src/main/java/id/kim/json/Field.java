package id.kim.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import id.kim.core.i18n.Lang;
import io.vavr.control.Option;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * One field of a JSON object, named like the SDK accessor it carries ({@code name},
 * {@code communityNumber}), with its rule for absence:
 * <ul>
 *   <li>{@link #required} — must be present and not {@code null};</li>
 *   <li>{@link #optional} / {@link #option} — absent or {@code null} means empty; written only when present;</li>
 *   <li>{@link #array} — absent or {@code null} means empty; written only when not empty;</li>
 *   <li>{@link #defaulted} — absent means the SDK default; always written;</li>
 *   <li>{@link #dependent} — a value whose codec depends on the owner's other fields.</li>
 * </ul>
 * Fields the SDK computes or fixes (derived values, tags, informative texts) are made by
 * {@link ComputedFields}; JSON objects keyed by codes by {@link MapFields}.
 *
 * @param <T> the type that has the field
 * @param <V> the decoded value of the field
 */
public final class Field<T, V> {
  /** The checker of a field with nothing to check against the built value. */
  private static final Checker<Object, Object> NO_CHECK = (built, decoded, path) -> { };
  private final String name;
  final Writer<T> writer;
  final BiFunction<JsonNode, JsonPath, V> reader;
  private final Checker<T, V> checker;
  final StreamReader<V> streamer;
  final Shape shape;

  Field(String name, Writer<T> writer, BiFunction<JsonNode, JsonPath, V> reader, Checker<T, V> checker,
      Shape shape) {
    this(name, writer, reader, checker, null, shape);
  }

  /** @param streamer reads a present value from a parser; {@code null}: read it as a tree with {@code reader} */
  Field(String name, Writer<T> writer, BiFunction<JsonNode, JsonPath, V> reader, Checker<T, V> checker,
      @Nullable StreamReader<V> streamer, Shape shape) {
    this.name = name;
    this.writer = writer;
    this.reader = reader;
    this.checker = checker;
    this.streamer = streamer != null ? streamer : (parser, path) -> reader.apply(Codec.tree(parser), path);
    this.shape = shape;
  }

  /** @return whether the field must be present (and not {@code null}) */
  boolean required() {
    return shape.required;
  }

  /** @return the JSON Schema of the field's value */
  JsonNode schema(JsonSchemas schemas) {
    return shape.schema.apply(schemas);
  }

  /** What a field's value looks like in JSON Schema, and whether it must be present. */
  static final class Shape {
    final boolean required;
    final Function<JsonSchemas, JsonNode> schema;

    private Shape(boolean required, Function<JsonSchemas, JsonNode> schema) {
      this.required = required;
      this.schema = schema;
    }

    static Shape of(boolean required, Codec<?> codec) {
      return new Shape(required, codec::schema);
    }

    static Shape optional(Function<JsonSchemas, JsonNode> schema) {
      return new Shape(false, schema);
    }
  }

  /** @return the JSON field name */
  public String name() {
    return name;
  }

  void write(T value, JsonGenerator out, Lang lang) throws IOException {
    writer.write(value, out, lang);
  }

  /** @param node the field's value, {@code null} when the object has no such field */
  V read(@Nullable JsonNode node, JsonPath path) {
    return reader.apply(node, path);
  }

  /**
   * @param parser the parser, on the field's value ({@code null} included); left on its last token
   * @param path where the value is
   * @return the decoded value, as {@link #read(JsonNode, JsonPath)} decodes it
   */
  V read(JsonParser parser, JsonPath path) throws IOException {
    return streamer.read(parser, path);
  }

  void check(T built, V decoded, JsonPath path) {
    checker.check(built, decoded, path);
  }

  /**
   * @param name JSON name
   * @param get the accessor
   * @param codec the value's codec
   * @param <T> owner type
   * @param <E> value type
   * @return a field that must be present
   */
  public static <T, E> Field<T, E> required(String name, Function<T, E> get, Codec<E> codec) {
    return new Field<>(name, (v, out, lang) -> {
      out.writeFieldName(name);
      codec.write(get.apply(v), out, lang);
    }, (node, path) -> {
      if (absent(node)) {
        throw DecodeFailure.of(path, JsonProblem.Kind.MISSING_FIELD, "json.missing", codec.expected());
      }
      return codec.read(node, path);
    }, noCheck(), (parser, path) -> {
      if (parser.currentToken() == JsonToken.VALUE_NULL) {
        throw DecodeFailure.of(path, JsonProblem.Kind.MISSING_FIELD, "json.missing", codec.expected());
      }
      return codec.read(parser, path);
    }, Shape.of(true, codec));
  }

  /**
   * @param name JSON name
   * @param get the accessor
   * @param codec the value's codec
   * @param <T> owner type
   * @param <E> value type
   * @return a field that may be absent ({@code java.util.Optional})
   */
  public static <T, E> Field<T, Optional<E>> optional(String name, Function<T, Optional<E>> get, Codec<E> codec) {
    return new Field<>(name, (v, out, lang) -> {
      Optional<E> value = get.apply(v);
      if (value.isPresent()) {
        out.writeFieldName(name);
        codec.write(value.get(), out, lang);
      }
    }, (node, path) -> absent(node) ? Optional.empty() : Optional.of(codec.read(node, path)), noCheck(),
        (parser, path) -> isNull(parser) ? Optional.empty() : Optional.of(codec.read(parser, path)),
        Shape.of(false, codec));
  }

  /**
   * @param name JSON name
   * @param get the accessor
   * @param codec the value's codec
   * @param <T> owner type
   * @param <E> value type
   * @return a field that may be absent ({@code io.vavr.control.Option})
   */
  public static <T, E> Field<T, Option<E>> option(
      String name, Function<T, Option<E>> get, Codec<E> codec) {
    Field<T, Optional<E>> inner = optional(name, v -> get.apply(v).toJavaOptional(), codec);
    return new Field<>(
        name,
        inner.writer,
        (node, path) -> Option.ofOptional(inner.read(node, path)),
        noCheck(),
        (parser, path) -> Option.ofOptional(inner.read(parser, path)),
        inner.shape);
  }

  /**
   * @param name JSON name
   * @param get the accessor (a list, a set, a Vavr {@code Seq} …)
   * @param codec the element codec
   * @param <T> owner type
   * @param <E> element type
   * @return a JSON array field, in the collection's iteration order
   */
  public static <T, E> Field<T, List<E>> array(String name, Function<T, ? extends Iterable<E>> get, Codec<E> codec) {
    Codec<List<E>> list = listOf(codec);
    return new Field<>(name, (v, out, lang) -> {
      List<E> elements = new ArrayList<>();
      get.apply(v).forEach(elements::add);
      if (!elements.isEmpty()) {
        out.writeFieldName(name);
        list.write(elements, out, lang);
      }
    }, (node, path) -> absent(node) ? List.of() : list.read(node, path), noCheck(),
        (parser, path) -> isNull(parser) ? List.of() : list.read(parser, path), Shape.of(false, list));
  }

  /**
   * @param name JSON name
   * @param get the accessor
   * @param codec the value's codec
   * @param fallback the SDK's default when the field is absent
   * @param <T> owner type
   * @param <E> value type
   * @return a field with a default
   */
  public static <T, E> Field<T, E> defaulted(String name, Function<T, E> get, Codec<E> codec, E fallback) {
    Field<T, E> req = required(name, get, codec);
    return new Field<>(name, req.writer, (node, path) -> absent(node) ? fallback : codec.read(node, path), noCheck(),
        (parser, path) -> isNull(parser) ? fallback : codec.read(parser, path), Shape.of(false, codec));
  }

  /**
   * A field whose codec depends on the owner's other fields — e.g. the figures of a level, whose
   * metrics are PROFILE-s or PROFILE-t by the variable. It is written by {@code value}; on input it is
   * kept as JSON, to be read by the owner's build function ({@code codec.read(node, decoded.path(field))}).
   *
   * @param name JSON name
   * @param present whether the owner has a value for the field
   * @param value writes the value of a present field
   * @param <T> owner type
   * @return the field; decoded as the JSON value, empty when absent or {@code null}
   */
  public static <T> Field<T, Optional<JsonNode>> dependent(
      String name, Predicate<T> present, ValueWriter<T> value) {
    return new Field<>(name, (v, out, lang) -> {
      if (present.test(v)) {
        out.writeFieldName(name);
        value.write(v, out, lang);
      }
    }, (node, path) -> absent(node) ? Optional.empty() : Optional.of(node), noCheck(),
        Shape.optional(s -> s.any("a value whose type depends on the object's other fields")));
  }

  /**
   * @param element the element codec
   * @param <E> element type
   * @return a codec of JSON arrays of such elements; a {@code null} element is a missing value
   */
  public static <E> Codec<List<E>> listOf(Codec<E> element) {
    return new ListCodec<>(element);
  }

  static boolean absent(@Nullable JsonNode node) {
    return node == null || node.isNull() || node.isMissingNode();
  }

  static boolean isNull(JsonParser parser) {
    return parser.currentToken() == JsonToken.VALUE_NULL;
  }

  /** @return whether the decoded value is checked against the built value (a derived or tag field) */
  boolean checks() {
    return checker != NO_CHECK;
  }

  @SuppressWarnings("unchecked")
  static <T, V> Checker<T, V> noCheck() {
    return (Checker<T, V>) NO_CHECK;
  }

  /**
   * Writes the value of a {@link #dependent} field.
   *
   * @param <T> owner type
   */
  @FunctionalInterface
  public interface ValueWriter<T> {
    /**
     * @param owner the value that has the field
     * @param out where to write the field's value
     * @param lang the language of informative texts
     * @throws IOException if the generator fails
     */
    void write(T owner, JsonGenerator out, Lang lang) throws IOException;
  }

  /** Writes one field of a value, or nothing. */
  @FunctionalInterface
  interface Writer<T> {
    void write(T value, JsonGenerator out, Lang lang) throws IOException;
  }

  /** Reads a field's value from a parser on it. */
  @FunctionalInterface
  interface StreamReader<V> {
    V read(JsonParser parser, JsonPath path) throws IOException;
  }

  /** Checks a decoded field against the built value. */
  @FunctionalInterface
  interface Checker<T, V> {
    void check(T built, V decoded, JsonPath path);
  }

}
