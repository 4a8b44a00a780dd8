package id.kim.testkit.proof;

import id.kim.testkit.KimGens;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.quicktheories.core.Gen;

/** Every no-argument generator of {@link KimGens}, found by reflection so that a new one is never forgotten. */
final class Generators {
  private Generators() {}

  /** @return generator name → generator, for the valid values of every kim-core type */
  static Map<String, Gen<?>> valid() {
    Map<String, Gen<?>> out = new TreeMap<>();
    for (Method m : KimGens.class.getMethods()) {
      if (Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0 && Gen.class.equals(m.getReturnType())
          && !m.getName().startsWith("invalid")) {
        out.put(m.getName(), invoke(m));
      }
    }
    return out;
  }

  /** @return the kim-core types KimGens covers, by simple name */
  static List<Class<?>> coveredTypes() {
    List<Class<?>> out = new ArrayList<>();
    for (Method m : KimGens.class.getMethods()) {
      if (Modifier.isStatic(m.getModifiers()) && Gen.class.equals(m.getReturnType())) {
        var arg = ((ParameterizedType) m.getGenericReturnType()).getActualTypeArguments()[0];
        if (arg instanceof Class<?> c && !out.contains(c)) {
          out.add(c);
        }
      }
    }
    out.sort(Comparator.comparing(Class::getName));
    return out;
  }

  private static Gen<?> invoke(Method m) {
    try {
      return (Gen<?>) m.invoke(null);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(m.getName(), e);
    }
  }
}
