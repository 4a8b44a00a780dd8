package id.kim.json;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which SDK type has which codec: every public value and enum of kim-core ({@link CoreTypes}) and the
 * results of kim-rules the contract names ({@link RulesTypes}). A type joins the contract by one
 * {@link #put} line there and a codec in {@code id.kim.json.core} or {@code id.kim.json.rules}.
 */
final class Catalog {
  private static final Map<Class<?>, Codec<?>> CODECS = build();

  private Catalog() {}

  /** @return every type of the contract with its codec, in a stable order */
  static Map<Class<?>, Codec<?>> all() {
    return CODECS;
  }

  /**
   * @param type an SDK type or one of its hidden implementation classes
   * @param <T> the type
   * @return its codec, if the type is part of the contract
   */
  @SuppressWarnings("unchecked")
  static <T> Optional<Codec<T>> find(Class<T> type) {
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      Codec<?> codec = CODECS.get(c);
      if (codec != null) {
        return Optional.of((Codec<T>) codec);
      }
    }
    return Optional.empty();
  }

  private static Map<Class<?>, Codec<?>> build() {
    Map<Class<?>, Codec<?>> m = new LinkedHashMap<>();
    CoreTypes.register(m);
    RulesTypes.register(m);
    return Collections.unmodifiableMap(m);
  }

  static <T> void put(Map<Class<?>, Codec<?>> m, Class<T> type, Codec<T> codec) {
    m.put(type, codec);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  static void putEnum(Map<Class<?>, Codec<?>> m, Class<? extends Enum<?>> type) {
    m.put(type, Scalars.code((Class) type));
  }
}
