package id.kim.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.kim.core.i18n.Lang;
import java.io.IOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Codecs of single JSON values: text, integers, booleans, ISO-8601 dates, enum codes and the SDK's
 * one-text values (a person's name, a phone number). None coerces: {@code "3"} is not a number,
 * {@code 3.0} is not an integer, {@code 1} is not a boolean, an enum is written only by its code
 * ({@link Enum#name()}), never by its position.
 */
public final class Scalars {
  /** Any JSON string. */
  public static final Codec<String> TEXT = new Scalar<>("string", JsonNode::isTextual, JsonNode::textValue,
      p -> p.currentToken() == JsonToken.VALUE_STRING ? p.getText() : null) {
    @Override
    public void write(String value, JsonGenerator out, Lang lang) throws IOException {
      out.writeString(value);
    }
  };

  /** A JSON integer within the range of {@code int}. */
  public static final Codec<Integer> INT = new Scalar<>("integer", JsonNode::isIntegralNumber, JsonNode::intValue,
      p -> p.currentToken() == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT
          ? p.getIntValue() : null) {
    @Override
    public void write(Integer value, JsonGenerator out, Lang lang) throws IOException {
      out.writeNumber(value);
    }

    @Override
    public Integer read(JsonNode node, JsonPath path) {
      if (node.isIntegralNumber() && !node.canConvertToInt()) {
        throw DecodeFailure.of(path, JsonProblem.Kind.INVALID_VALUE, "json.outOfRange", "int");
      }
      return super.read(node, path);
    }
  };

  /** A JSON integer within the range of {@code long}. */
  public static final Codec<Long> LONG = new Scalar<>("integer", JsonNode::isIntegralNumber, JsonNode::longValue,
      p -> p.currentToken() == JsonToken.VALUE_NUMBER_INT && (p.getNumberType() == JsonParser.NumberType.INT
          || p.getNumberType() == JsonParser.NumberType.LONG) ? p.getLongValue() : null) {
    @Override
    public void write(Long value, JsonGenerator out, Lang lang) throws IOException {
      out.writeNumber(value);
    }

    @Override
    public Long read(JsonNode node, JsonPath path) {
      if (node.isIntegralNumber() && !node.canConvertToLong()) {
        throw DecodeFailure.of(path, JsonProblem.Kind.INVALID_VALUE, "json.outOfRange", "long");
      }
      return super.read(node, path);
    }
  };

  /** A JSON integer of any size (exact counts and the parts of an exact ratio); never a fraction. */
  public static final Codec<BigInteger> BIG_INTEGER =
      new Scalar<>(
          "integer",
          JsonNode::isIntegralNumber,
          JsonNode::bigIntegerValue,
          p -> p.currentToken() == JsonToken.VALUE_NUMBER_INT ? p.getBigIntegerValue() : null) {
        @Override
        public void write(BigInteger value, JsonGenerator out, Lang lang) throws IOException {
          out.writeNumber(value);
        }
      };

  /** {@code true} or {@code false}. */
  public static final Codec<Boolean> BOOLEAN = new Scalar<>("boolean", JsonNode::isBoolean, JsonNode::booleanValue,
      p -> p.currentToken() == JsonToken.VALUE_TRUE ? Boolean.TRUE
          : p.currentToken() == JsonToken.VALUE_FALSE ? Boolean.FALSE : null) {
    @Override
    public void write(Boolean value, JsonGenerator out, Lang lang) throws IOException {
      out.writeBoolean(value);
    }
  };

  /** A calendar date as ISO-8601 text, {@code "2026-03-31"}. */
  public static final Codec<LocalDate> DATE = text("string (date YYYY-MM-DD)", Scalars::parseDate, LocalDate::toString);

  private Scalars() {}

  /**
   * A value written as one JSON string.
   *
   * @param expected what the string must be, for messages
   * @param from builds the value from the text; may throw {@link DecodeFailure} or an unchecked
   *     exception, reported as an invalid value at the path without repeating the text
   * @param to the text of a value
   * @param <T> the type
   * @return the codec
   */
  public static <T> Codec<T> text(String expected, Function<String, T> from, Function<T, String> to) {
    return new Codec<>() {
      @Override
      public String expected() {
        return expected;
      }

      @Override
      public JsonNode schema(JsonSchemas schemas) {
        ObjectNode text = JsonSchemas.type("string");
        return expected.startsWith("string (date ") ? text.put("format", "date") : text.put("description", expected);
      }

      @Override
      public void write(T value, JsonGenerator out, Lang lang) throws IOException {
        out.writeString(to.apply(value));
      }

      @Override
      public T read(JsonNode node, JsonPath path) {
        if (!node.isTextual()) {
          throw Codec.wrongType(node, path, this);
        }
        return decode(node.textValue(), path);
      }

      @Override
      public T read(JsonParser parser, JsonPath path) throws IOException {
        return parser.currentToken() == JsonToken.VALUE_STRING ? decode(parser.getText(), path)
            : read(Codec.tree(parser), path);
      }

      private T decode(String text, JsonPath path) {
        try {
          return from.apply(text);
        } catch (DecodeFailure e) {
          throw e;
        } catch (RuntimeException e) {
          throw DecodeFailure.of(path, JsonProblem.Kind.INVALID_VALUE, "json.invalidText", expected);
        }
      }
    };
  }

  /**
   * An enum written by its stable code, {@link Enum#name()}, case-sensitive.
   *
   * @param type the enum class
   * @param <E> the enum
   * @return the codec
   */
  public static <E extends Enum<E>> Codec<E> code(Class<E> type) {
    String codes = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    String expected = "string (code of " + type.getSimpleName() + ")";
    E[] constants = type.getEnumConstants();
    Map<String, E> byCode = new HashMap<>();
    for (E constant : type.getEnumConstants()) {
      byCode.put(constant.name(), constant);
    }
    return new Codec<>() {
      @Override
      public String expected() {
        return expected;
      }

      @Override
      public JsonNode schema(JsonSchemas schemas) {
        ObjectNode code = JsonSchemas.type("string").put("description", "code of " + type.getSimpleName());
        ArrayNode names = code.putArray("enum");
        for (E constant : constants) {
          names.add(constant.name());
        }
        return code;
      }

      @Override
      public void write(E value, JsonGenerator out, Lang lang) throws IOException {
        out.writeString(value.name());
      }

      @Override
      public E read(JsonNode node, JsonPath path) {
        if (!node.isTextual()) {
          throw Codec.wrongType(node, path, this);
        }
        return decode(node.textValue(), path);
      }

      @Override
      public E read(JsonParser parser, JsonPath path) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
          return read(Codec.tree(parser), path);
        }
        E constant = constant(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
        return constant != null ? constant : decode(parser.getText(), path);
      }

      /** @return the constant whose code is these characters (compared in place, no string made), or null */
      private @Nullable E constant(char[] text, int offset, int length) {
        for (E constant : constants) {
          String code = constant.name();
          if (code.length() == length && sameChars(code, text, offset)) {
            return constant;
          }
        }
        return null;
      }

      private E decode(String text, JsonPath path) {
        E constant = byCode.get(text);
        if (constant == null) {
          throw DecodeFailure.of(path, JsonProblem.Kind.INVALID_VALUE, "json.unknownCode", type.getSimpleName(), codes);
        }
        return constant;
      }
    };
  }

  private static boolean sameChars(String code, char[] text, int offset) {
    for (int i = 0; i < code.length(); i++) {
      if (code.charAt(i) != text[offset + i]) {
        return false;
      }
    }
    return true;
  }

  /** @return the date of {@code YYYY-MM-DD} (four, two and two ASCII digits); a day that does not exist is refused */
  private static LocalDate parseDate(String text) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      throw new DateTimeParseException("not an ISO date", text, 0);
    }
    return LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
  }

  private static int digits(String text, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        throw new DateTimeParseException("not an ISO date", text, i);
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }

  /** A scalar read by a JSON-type test and an extractor. */
  private abstract static class Scalar<T> implements Codec<T> {
    private final String expected;
    private final Predicate<JsonNode> accepts;
    private final Function<JsonNode, T> extract;
    private final StreamExtract<T> stream;

    Scalar(
        String expected,
        Predicate<JsonNode> accepts,
        Function<JsonNode, T> extract,
        StreamExtract<T> stream) {
      this.expected = expected;
      this.accepts = accepts;
      this.extract = extract;
      this.stream = stream;
    }

    @Override
    public String expected() {
      return expected;
    }

    @Override
    public JsonNode schema(JsonSchemas schemas) {
      return JsonSchemas.type(expected);
    }

    @Override
    public T read(JsonNode node, JsonPath path) {
      if (!accepts.test(node)) {
        throw Codec.wrongType(node, path, this);
      }
      return extract.apply(node);
    }

    @Override
    public T read(JsonParser parser, JsonPath path) throws IOException {
      T value = stream.extract(parser);
      return value != null ? value : read(Codec.tree(parser), path);
    }
  }

  /**
   * The value of the parser's current token when it is one this scalar accepts, else {@code null}.
   *
   * @param <T> the type
   */
  @FunctionalInterface
  private interface StreamExtract<T> {
    @Nullable T extract(JsonParser parser) throws IOException;
  }
}
