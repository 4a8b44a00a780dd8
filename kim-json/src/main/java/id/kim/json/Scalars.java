package id.kim.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import id.kim.core.i18n.Lang;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Codecs of single JSON values: text, integers, booleans, ISO-8601 dates, enum codes and the SDK's
 * one-text values (a person's name, a phone number). None coerces: {@code "3"} is not a number,
 * {@code 3.0} is not an integer, {@code 1} is not a boolean, an enum is written only by its code
 * ({@link Enum#name()}), never by its position.
 */
public final class Scalars {
  private static final Pattern ISO_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  /** Any JSON string. */
  public static final Codec<String> TEXT = new Scalar<>("string", JsonNode::isTextual, JsonNode::textValue) {
    @Override
    public void write(String value, JsonGenerator out, Lang lang) throws IOException {
      out.writeString(value);
    }
  };

  /** A JSON integer within the range of {@code int}. */
  public static final Codec<Integer> INT = new Scalar<>("integer", JsonNode::isIntegralNumber, JsonNode::intValue) {
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
  public static final Codec<Long> LONG = new Scalar<>("integer", JsonNode::isIntegralNumber, JsonNode::longValue) {
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
  public static final Codec<java.math.BigInteger> BIG_INTEGER = new Scalar<>("integer", JsonNode::isIntegralNumber,
      JsonNode::bigIntegerValue) {
    @Override
    public void write(java.math.BigInteger value, JsonGenerator out, Lang lang) throws IOException {
      out.writeNumber(value);
    }
  };

  /** {@code true} or {@code false}. */
  public static final Codec<Boolean> BOOLEAN = new Scalar<>("boolean", JsonNode::isBoolean, JsonNode::booleanValue) {
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
      public void write(T value, JsonGenerator out, Lang lang) throws IOException {
        out.writeString(to.apply(value));
      }

      @Override
      public T read(JsonNode node, JsonPath path) {
        if (!node.isTextual()) {
          throw Codec.wrongType(node, path, this);
        }
        String text = node.textValue();
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
    return new Codec<>() {
      @Override
      public String expected() {
        return expected;
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
        String text = node.textValue();
        for (E constant : type.getEnumConstants()) {
          if (constant.name().equals(text)) {
            return constant;
          }
        }
        throw DecodeFailure.of(path, JsonProblem.Kind.INVALID_VALUE, "json.unknownCode", type.getSimpleName(), codes);
      }
    };
  }

  private static LocalDate parseDate(String text) {
    if (!ISO_DATE.matcher(text).matches()) {
      throw new DateTimeParseException("not an ISO date", text, 0);
    }
    return LocalDate.parse(text);
  }

  /** A scalar read by a JSON-type test and an extractor. */
  private abstract static class Scalar<T> implements Codec<T> {
    private final String expected;
    private final java.util.function.Predicate<JsonNode> accepts;
    private final Function<JsonNode, T> extract;

    Scalar(String expected, java.util.function.Predicate<JsonNode> accepts, Function<JsonNode, T> extract) {
      this.expected = expected;
      this.accepts = accepts;
      this.extract = extract;
    }

    @Override
    public String expected() {
      return expected;
    }

    @Override
    public T read(JsonNode node, JsonPath path) {
      if (!accepts.test(node)) {
        throw Codec.wrongType(node, path, this);
      }
      return extract.apply(node);
    }
  }
}
