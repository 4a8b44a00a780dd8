package id.kim.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.kim.core.i18n.Lang;
import java.io.IOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

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
  /** The fields in writing order; a field's index is its slot in {@link Decoded}. */
  private final Field<T, ?>[] fields;
  /** The slot of each field name, built once: reading looks a name up, never scans. */
  private final Map<String, Integer> slots = new HashMap<>();
  private final Function<Decoded, T> build;
  private final String fieldNames;

  private ObjectCodec(String typeName, List<Field<T, ?>> fields, Function<Decoded, T> build) {
    this.typeName = typeName;
    this.fields = array(fields);
    for (int i = 0; i < this.fields.length; i++) {
      if (slots.put(this.fields[i].name(), i) != null) {
        throw new IllegalArgumentException(typeName + " declares field '" + this.fields[i].name() + "' twice");
      }
    }
    this.build = build;
    this.fieldNames = fields.stream().map(Field::name).collect(Collectors.joining(", "));
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

  @SuppressWarnings({"unchecked", "rawtypes"}) // an array of a generic type can only be created raw
  private static <T> Field<T, ?>[] array(List<Field<T, ?>> fields) {
    return List.copyOf(fields).toArray(new Field[0]);
  }

  @Override
  public String expected() {
    return "object " + typeName;
  }

  /** The object's fields and no others; those that must be present are required. */
  @Override
  public JsonNode schema(JsonSchemas schemas) {
    return schemas.component(this, typeName, () -> {
      ObjectNode object = JsonSchemas.type("object");
      ObjectNode properties = object.putObject("properties");
      ArrayNode required = JsonSchemas.object().arrayNode();
      for (Field<T, ?> f : fields) {
        properties.set(f.name(), f.schema(schemas));
        if (f.required()) {
          required.add(f.name());
        }
      }
      if (!required.isEmpty()) {
        object.set("required", required);
      }
      return object.put("additionalProperties", false);
    });
  }

  @Override
  public void write(T value, JsonGenerator out, Lang lang) throws IOException {
    out.writeStartObject();
    for (Field<T, ?> f : fields) {
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
      if (!slots.containsKey(name)) {
        throw unknown(name, path);
      }
    }
    Decoded decoded = new Decoded(path, fields);
    for (int i = 0; i < fields.length; i++) {
      Field<T, ?> f = fields[i];
      decoded.put(i, f.read(node.get(f.name()), decoded.path(f)));
    }
    return finish(decoded, path);
  }

  /**
   * Reads the object's fields in document order, then decodes the absent ones as absent. A document
   * this refuses (an unknown or a repeated field included) is read again as a tree by the entry
   * point, whose problem — unknown fields first, then the fields in declaration order — is the one
   * reported.
   */
  @Override
  public T read(JsonParser parser, JsonPath path) throws IOException {
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      return read(Codec.tree(parser), path);
    }
    Decoded decoded = new Decoded(path, fields);
    int slot = -1;
    for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
      slot = slot(name, slot + 1);
      if (slot < 0) {
        throw unknown(name, path);
      }
      parser.nextToken();
      JsonPath at = path.field(name);
      if (!decoded.put(slot, fields[slot].read(parser, at))) {
        throw DecodeFailure.of(path, JsonProblem.Kind.MALFORMED, "json.duplicateField", name, "?", "?");
      }
    }
    for (int i = 0; i < fields.length; i++) {
      if (!decoded.has(i)) {
        Field<T, ?> f = fields[i];
        decoded.put(i, f.read((JsonNode) null, decoded.path(f)));
      }
    }
    return finish(decoded, path);
  }

  /**
   * @param name a field name as the parser gives it (interned by Jackson, like the fields' literal names)
   * @param expected the slot after the previous field's: documents written by the SDK keep the order
   * @return the field's slot, -1 if the type has no such field
   */
  @SuppressWarnings("ReferenceEquality") // both names are interned: identity is equality, and cheaper
  private int slot(String name, int expected) {
    if (expected < fields.length && fields[expected].name() == name) {
      return expected;
    }
    Integer slot = slots.get(name);
    return slot == null ? -1 : slot;
  }

  private DecodeFailure unknown(String name, JsonPath path) {
    return DecodeFailure.of(path.field(name), JsonProblem.Kind.UNKNOWN_FIELD, "json.unknownField", name, typeName,
        fieldNames);
  }

  /** @return the value built from the decoded fields, each derived field checked against it */
  private T finish(Decoded decoded, JsonPath path) {
    T value = buildValue(decoded, path);
    for (int i = 0; i < fields.length; i++) {
      if (fields[i].checks()) {
        check(fields[i], value, decoded, i);
      }
    }
    return value;
  }

  @SuppressWarnings("unchecked")
  private static <T, V> void check(Field<T, V> f, T value, Decoded decoded, int slot) {
    f.check(value, (V) decoded.get(slot), decoded.path(f));
  }

  private T buildValue(Decoded decoded, JsonPath path) {
    try {
      return build.apply(decoded);
    } catch (DecodeFailure e) {
      throw e;
    } catch (RuntimeException e) {
      throw DecodeFailure.of(path, JsonProblem.Kind.INVALID_VALUE, "json.rejected", typeName,
          e.getClass().getSimpleName());
    }
  }
}
