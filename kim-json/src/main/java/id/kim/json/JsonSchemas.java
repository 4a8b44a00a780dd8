package id.kim.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.kim.core.validation.MissingValueException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The JSON Schema (draft 2020-12, the dialect of OpenAPI 3.1) of the contract's types, derived from the
 * codecs that read them — so a schema says what reading accepts: the fields of each object and no others,
 * which are required, JSON types, the codes of each enum, dates as {@code format: date}, the variants of a
 * family by their discriminator. What only validation checks (a phone number's shape, a count's range) is
 * not in the schema: a document the schema accepts may still be refused by {@code KimJson.readValid}; one
 * it refuses is refused by reading. A {@code null} member, which reading takes as absent, is left out of
 * the schema: write such a member by omitting it. Objects and families become named components
 * ({@code #/components/schemas/KimRecord}). Not thread-safe: one per document being built.
 */
public final class JsonSchemas {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private final String prefix;
  private final Map<String, ObjectNode> components = new LinkedHashMap<>();
  private final IdentityHashMap<Object, String> names = new IdentityHashMap<>();

  private JsonSchemas(String prefix) {
    this.prefix = prefix;
  }

  /**
   * @param refPrefix where the components will live, e.g. {@code "#/components/schemas/"}
   * @return an empty collection of schemas
   */
  public static JsonSchemas at(String refPrefix) {
    return new JsonSchemas(MissingValueException.requireNonNull(refPrefix, "refPrefix"));
  }

  /**
   * @param type a type of the contract ({@link KimJson#types()})
   * @return its schema: a reference to its component, or an inline schema for a scalar
   * @throws IllegalArgumentException if the contract has no codec for the type
   */
  public JsonNode of(Class<?> type) {
    MissingValueException.requireNonNull(type, "type");
    return Catalog.find(type).orElseThrow(() -> new IllegalArgumentException("no codec for " + type.getName()))
        .schema(this);
  }

  /** @return the named components collected so far, in the order they were met */
  public Map<String, ObjectNode> components() {
    return Collections.unmodifiableMap(components);
  }

  /** @return a schema of any JSON value, described in words */
  JsonNode any(String description) {
    return F.objectNode().put("description", description);
  }

  /** @return a schema of a JSON type, e.g. {@code string} */
  static ObjectNode type(String jsonType) {
    return F.objectNode().put("type", jsonType);
  }

  /** @return a new empty schema object */
  static ObjectNode object() {
    return F.objectNode();
  }

  /**
   * The reference to a named component, built once per codec; a recursive type refers to itself.
   *
   * @param codec the codec (its identity names the component)
   * @param name the type's name; a second codec of the same name gets a suffix ({@code Decision2})
   * @param body builds the component's schema
   * @return {@code {"$ref": …}}
   */
  JsonNode component(Object codec, String name, Supplier<ObjectNode> body) {
    String known = names.get(codec);
    if (known == null) {
      known = name;
      for (int n = 2; components.containsKey(known); n++) {
        known = name + n;
      }
      names.put(codec, known);
      components.put(known, F.objectNode()); // a placeholder while the body refers to it
      components.put(known, body.get());
    }
    return F.objectNode().put("$ref", prefix + known);
  }
}
