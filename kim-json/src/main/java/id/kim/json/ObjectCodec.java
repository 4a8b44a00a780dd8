package id.kim.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import id.kim.core.i18n.Lang;
import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The codec of an SDK value written as a JSON object: its fields in a fixed order, read back through
 * the value's public builder or factory. Reading rejects fields the type does not have and
 * reports, as an invalid value at the object's path, anything the SDK refuses to build — without
 * repeating the SDK's exception message, which could hold personal data.
 *
 * @param <T> the type
 */
public final class ObjectCodec<T> implements Codec<T> {
  private final String typeName;
  private final Map<String, Field<T, ?>> fields = new LinkedHashMap<>();
  private final Function<Decoded, T> build;
  private final String fieldNames;

  private ObjectCodec(String typeName, List<Field<T, ?>> fields, Function<Decoded, T> build) {
    this.typeName = typeName;
    for (Field<T, ?> f : fields) {
      if (this.fields.put(f.name(), f) != null) {
        throw new IllegalArgumentException(typeName + " declares field '" + f.name() + "' twice");
      }
    }
    this.build = build;
    this.fieldNames = String.join(", ", this.fields.keySet());
  }

  /**
   * @param typeName the SDK type's simple name, for messages
   * @param fields its fields, in writing order
   * @param build builds the value from the decoded fields
   * @param <T> the type
   * @return the codec
   */
  public static <T> ObjectCodec<T> of(String typeName, List<Field<T, ?>> fields, Function<Decoded, T> build) {
    return new ObjectCodec<>(typeName, fields, build);
  }

  @Override
  public String expected() {
    return "object " + typeName;
  }

  @Override
  public void write(T value, JsonGenerator out, Lang lang) throws IOException {
    out.writeStartObject();
    for (Field<T, ?> f : fields.values()) {
      f.write(value, out, lang);
    }
    out.writeEndObject();
  }

  @Override
  public T read(JsonNode node, JsonPath path) {
    if (!node.isObject()) {
      throw Codec.wrongType(node, path, this);
    }
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!fields.containsKey(name)) {
        throw DecodeFailure.of(path.field(name), JsonProblem.Kind.UNKNOWN_FIELD, "json.unknownField", name, typeName, fieldNames);
      }
    }
    Decoded decoded = new Decoded(path);
    for (Field<T, ?> f : fields.values()) {
      readInto(decoded, f, node);
    }
    T value = buildValue(decoded, path);
    for (Field<T, ?> f : fields.values()) {
      check(f, value, decoded);
    }
    return value;
  }

  private static <T, V> void readInto(Decoded decoded, Field<T, V> f, JsonNode node) {
    decoded.put(f, f.read(node.get(f.name()), decoded.path(f)));
  }

  private static <T, V> void check(Field<T, V> f, T value, Decoded decoded) {
    f.check(value, decoded.get(f), decoded.path(f));
  }

  private T buildValue(Decoded decoded, JsonPath path) {
    try {
      return build.apply(decoded);
    } catch (DecodeFailure e) {
      throw e;
    } catch (RuntimeException e) {
      throw DecodeFailure.of(path, JsonProblem.Kind.INVALID_VALUE, "json.rejected", typeName, e.getClass().getSimpleName());
    }
  }
}
