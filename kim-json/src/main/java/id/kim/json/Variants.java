package id.kim.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.kim.core.i18n.Lang;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The codec of a closed family of SDK types written as JSON objects told apart by one member, the
 * discriminator — e.g. every {@code LifecycleEvent} by {@code "type": "REGISTER"}, every
 * {@code SocialMetrics} by {@code "platform": "INSTAGRAM"}. The discriminator's values are stable
 * codes; a missing, mistyped or unknown code is a problem at the discriminator's path. Each variant's
 * {@link ObjectCodec} declares the discriminator with {@link ComputedFields#tag}.
 *
 * @param <T> the family's common type
 */
public final class Variants<T> implements Codec<T> {
  private final String typeName;
  private final String discriminator;
  private final Function<T, String> codeOf;
  private final Map<String, Codec<? extends T>> byCode;
  private final String codes;

  private Variants(String typeName, String discriminator, Function<T, String> codeOf,
      Map<String, Codec<? extends T>> byCode) {
    this.typeName = typeName;
    this.discriminator = discriminator;
    this.codeOf = codeOf;
    this.byCode = byCode;
    this.codes = String.join(", ", byCode.keySet());
  }

  /**
   * @param typeName the family's name, for messages, e.g. {@code "LifecycleEvent"}
   * @param discriminator the member that tells the variants apart, e.g. {@code "type"}
   * @param codeOf the code of a value
   * @param <T> the family's type
   * @return a builder of the codec
   */
  public static <T> Builder<T> of(String typeName, String discriminator, Function<T, String> codeOf) {
    return new Builder<>(typeName, discriminator, codeOf);
  }

  @Override
  public String expected() {
    return "object " + typeName;
  }

  /** A {@code oneOf} of the variants, each required to carry its code in the discriminator. */
  @Override
  public JsonNode schema(JsonSchemas schemas) {
    return schemas.component(this, typeName, () -> {
      ObjectNode union = JsonSchemas.object().put("description", "a " + typeName + ", told apart by '"
          + discriminator + "': " + codes);
      ArrayNode oneOf = union.putArray("oneOf");
      ObjectNode mapping = JsonSchemas.object();
      byCode.forEach((code, codec) -> {
        JsonNode variant = codec.schema(schemas);
        ObjectNode tagged = variant.deepCopy();
        tagged.putArray("required").add(discriminator);
        oneOf.add(tagged);
        if (variant.has("$ref")) {
          mapping.put(code, variant.get("$ref").asText());
        }
      });
      union.putObject("discriminator").put("propertyName", discriminator).set("mapping", mapping);
      return union;
    });
  }

  @Override
  @SuppressWarnings("unchecked")
  public void write(T value, JsonGenerator out, Lang lang) throws IOException {
    Codec<T> codec = (Codec<T>) byCode.get(codeOf.apply(value));
    if (codec == null) {
      throw new IllegalArgumentException(typeName + " of code " + codeOf.apply(value) + " has no codec");
    }
    codec.write(value, out, lang);
  }

  @Override
  public T read(JsonNode node, JsonPath path) {
    if (!node.isObject()) {
      throw Codec.wrongType(node, path, this);
    }
    JsonNode code = node.get(discriminator);
    JsonPath at = path.field(discriminator);
    String expected = "string (code of " + typeName + " " + discriminator + ")";
    if (Field.absent(code)) {
      throw DecodeFailure.of(at, JsonProblem.Kind.MISSING_FIELD, "json.missing", expected);
    }
    if (!code.isTextual()) {
      throw DecodeFailure.of(at, JsonProblem.Kind.WRONG_TYPE, "json.wrongType", expected, Codec.jsonType(code));
    }
    Codec<? extends T> codec = byCode.get(code.textValue());
    if (codec == null) {
      throw DecodeFailure.of(at, JsonProblem.Kind.INVALID_VALUE, "json.unknownCode", typeName + " " + discriminator,
          codes);
    }
    return codec.read(node, path);
  }

  /** Collects the variants, in the order their codes are listed in messages. */
  public static final class Builder<T> {
    private final String typeName;
    private final String discriminator;
    private final Function<T, String> codeOf;
    private final Map<String, Codec<? extends T>> byCode = new LinkedHashMap<>();

    private Builder(String typeName, String discriminator, Function<T, String> codeOf) {
      this.typeName = typeName;
      this.discriminator = discriminator;
      this.codeOf = codeOf;
    }

    /**
     * @param code the variant's code
     * @param codec its codec, which writes the discriminator ({@link ComputedFields#tag})
     * @return this builder
     */
    public Builder<T> with(String code, Codec<? extends T> codec) {
      if (byCode.put(code, codec) != null) {
        throw new IllegalArgumentException(typeName + " declares variant '" + code + "' twice");
      }
      return this;
    }

    /** @return the codec */
    public Variants<T> build() {
      return new Variants<>(
          typeName,
          discriminator,
          codeOf,
          Collections.unmodifiableMap(new LinkedHashMap<>(byCode)));
    }
  }
}
