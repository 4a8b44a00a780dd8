package id.kim.testkit.proof;

import id.kim.core.i18n.Lang;
import id.kim.testkit.KimSamples;
import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/** Non-null arguments of any type a kim-core method takes: generated values, or a plain default. */
final class Arguments {
  private static final Map<Class<?>, Object> SAMPLES = samples();

  private Arguments() {}

  /**
   * @param type a parameter type
   * @return a non-null argument of that type, or empty if the tests do not know how to make one
   */
  static Optional<Object> of(Class<?> type) {
    if (SAMPLES.containsKey(type)) {
      return Optional.of(SAMPLES.get(type));
    }
    if (type.isEnum()) {
      return Optional.of(type.getEnumConstants()[0]);
    }
    if (type.isArray()) {
      return Optional.of(Array.newInstance(type.getComponentType(), 0));
    }
    return Optional.empty();
  }

  /** @return a generated instance of {@code type}, if KimSamples makes one */
  static Optional<Object> instanceOf(Class<?> type) {
    return Optional.ofNullable(SAMPLES.get(type));
  }

  private static Map<Class<?>, Object> samples() {
    Map<Class<?>, Object> out = new HashMap<>();
    RandomGenerator random = new SplittableRandom(7);
    for (Method m : KimSamples.class.getMethods()) {
      if (Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 1
          && m.getParameterTypes()[0].equals(RandomGenerator.class) && !out.containsKey(m.getReturnType())
          && !m.getName().startsWith("invalid") && !m.getName().equals("minimalProfile")) {
        try {
          out.put(m.getReturnType(), m.invoke(null, random));
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(m.getName(), e);
        }
      }
    }
    out.put(String.class, "x");
    out.put(CharSequence.class, "x");
    out.put(Object.class, "x");
    out.put(LocalDate.class, LocalDate.of(2025, 1, 1));
    out.put(Optional.class, Optional.empty());
    out.put(Iterable.class, List.of());
    out.put(Collection.class, List.of());
    out.put(List.class, List.of());
    out.put(Set.class, Set.of());
    out.put(Map.class, Map.of());
    out.put(Lang.class, Lang.ID);
    out.put(int.class, 0);
    out.put(long.class, 0L);
    out.put(boolean.class, false);
    return Map.copyOf(out);
  }
}
