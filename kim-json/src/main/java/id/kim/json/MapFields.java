package id.kim.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Fields that are JSON objects keyed by text or codes (an enum constant, a rule ID): written in the
 * map's iteration order when not empty; absent or {@code null} means empty; read into an
 * insertion-ordered, unmodifiable map, each member's problem at its own path.
 */
public final class MapFields {
  private MapFields() {}

  /**
   * @param name JSON name
   * @param get the accessor
   * @param <T> owner type
   * @return a JSON object of text values, in the map's iteration order; written when not empty
   */
  public static <T> Field<T, Map<String, String>> textMap(String name, Function<T, Map<String, String>> get) {
    return new Field<>(name, (v, out, lang) -> {
      Map<String, String> map = get.apply(v);
      if (!map.isEmpty()) {
        out.writeObjectFieldStart(name);
        for (Map.Entry<String, String> e : map.entrySet()) {
          out.writeStringField(e.getKey(), e.getValue());
        }
        out.writeEndObject();
      }
    }, (node, path) -> members(node, path, (member, at) -> member, Scalars.TEXT), Field.noCheck(),
        Field.Shape.optional(s -> {
      ObjectNode texts = JsonSchemas.type("object");
      texts.set("additionalProperties", JsonSchemas.type("string"));
      return texts;
    }));
  }

  /**
   * A JSON object whose member names are codes (an enum constant, a rule ID) and whose values share a
   * codec, e.g. {@code "statuses": {"PROFILE_A": "FILLED"}}; written in the map's iteration order when
   * not empty, absent or {@code null} meaning empty.
   *
   * @param name JSON name
   * @param get the accessor, as a {@code java.util} map
   * @param keyText the member name of a key, e.g. {@code Enum::name}
   * @param key reads a member name back, as a JSON string ({@link Scalars#text} or {@link Scalars#code})
   * @param value the value codec
   * @param <T> owner type
   * @param <K> key type
   * @param <E> value type
   * @return the field; decoded as an insertion-ordered map
   */
  public static <T, K,
      E> Field<T, Map<K, E>> objectMap(String name, Function<T, Map<K, E>> get, Function<K, String> keyText,
      Codec<K> key, Codec<E> value) {
    return new Field<>(name, (v, out, lang) -> {
      Map<K, E> map = get.apply(v);
      if (!map.isEmpty()) {
        out.writeObjectFieldStart(name);
        for (Map.Entry<K, E> e : map.entrySet()) {
          out.writeFieldName(keyText.apply(e.getKey()));
          value.write(e.getValue(), out, lang);
        }
        out.writeEndObject();
      }
    }, (node, path) -> members(node, path, (member, at) -> key.read(TextNode.valueOf(member), at), value),
        Field.noCheck(), Field.Shape.optional(s -> {
      ObjectNode members = JsonSchemas.type("object");
      members.set("propertyNames", key.schema(s));
      members.set("additionalProperties", value.schema(s));
      return members;
    }));
  }

  /**
   * Reads the members of a JSON object, in their order: absent or {@code null} is empty, anything but
   * an object WRONG_TYPE at {@code path}; each name read by {@code key} and each value by {@code value},
   * at the member's own path.
   */
  private static <K, E> Map<K, E> members(JsonNode node, JsonPath path, BiFunction<String, JsonPath, K> key,
      Codec<E> value) {
    if (Field.absent(node)) {
      return Map.of();
    }
    if (!node.isObject()) {
      throw DecodeFailure.of(path, JsonProblem.Kind.WRONG_TYPE, "json.wrongType", "object", Codec.jsonType(node));
    }
    Map<K, E> map = new LinkedHashMap<>();
    node.properties().forEach(e -> map.put(key.apply(e.getKey(), path.field(e.getKey())),
        value.read(e.getValue(), path.field(e.getKey()))));
    return Collections.unmodifiableMap(map);
  }
}
