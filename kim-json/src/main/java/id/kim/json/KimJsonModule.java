package id.kim.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import id.kim.core.i18n.Lang;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;

/**
 * The Jackson module of the KIM JSON contract: one serializer and one deserializer per SDK type,
 * both delegating to the type's {@link Codec}. kim-core itself knows nothing of Jackson.
 */
final class KimJsonModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  KimJsonModule(Lang lang) {
    super("kim-json-" + lang.name().toLowerCase(Locale.ROOT));
    for (Map.Entry<Class<?>, Codec<?>> e : Catalog.all().entrySet()) {
      register(e.getKey(), e.getValue(), lang);
    }
  }

  @SuppressWarnings("unchecked")
  private <T> void register(Class<T> type, Codec<?> codec, Lang lang) {
    Codec<T> typed = (Codec<T>) codec;
    addSerializer(type, new CodecSerializer<>(type, typed, lang));
    addDeserializer(type, new CodecDeserializer<>(type, typed));
  }

  /** Writes through a codec. */
  private static final class CodecSerializer<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Codec<T> codec;
    private final Lang lang;

    CodecSerializer(Class<T> type, Codec<T> codec, Lang lang) {
      super(type);
      this.codec = codec;
      this.lang = lang;
    }

    @Override
    public void serialize(T value, JsonGenerator out, SerializerProvider provider) throws IOException {
      codec.write(value, out, lang);
    }
  }

  /** Reads through a codec. */
  private static final class CodecDeserializer<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Codec<T> codec;

    CodecDeserializer(Class<T> type, Codec<T> codec) {
      super(type);
      this.codec = codec;
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      JsonNode node = context.readTree(parser);
      try {
        return codec.read(node, JsonPath.root());
      } catch (DecodeFailure e) {
        throw new JsonProblemException(parser, handledType(), e.problem());
      }
    }

  }
}
