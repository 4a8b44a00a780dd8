package id.kim.core.validation;

import jakarta.validation.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Finds the {@link JuknisField} rule of a violation's path by walking the accessors from the root
 * type; the outermost annotated accessor wins. Results are cached per root type and path.
 */
final class RuleLookup {
  private static final Map<String, Optional<String>> CACHE = new ConcurrentHashMap<>();

  private RuleLookup() {}

  /**
   * @param root the validated value's class
   * @param path the violation's path
   * @param constraint the constraint that failed
   * @return the rule the constraint itself cites ({@link JuknisField} on its annotation type), else the
   *     rule of the outermost annotated attribute on the path
   */
  static Optional<String> ruleFor(Class<?> root, Path path, Class<? extends Annotation> constraint) {
    JuknisField own = constraint.getAnnotation(JuknisField.class);
    return own != null ? Optional.of(own.value()) : ruleFor(root, path);
  }

  static Optional<String> ruleFor(Class<?> root, Path path) {
    String key = root.getName() + '#' + withoutIndexes(KimValidator.pathOf(path));
    return CACHE.computeIfAbsent(key, k -> walk(root, path));
  }

  /** @return the dotted path without its {@code [index]} parts, e.g. {@code media.url} for {@code media[0].url} */
  static String withoutIndexes(String path) {
    if (path.indexOf('[') < 0) {
      return path;
    }
    StringBuilder out = new StringBuilder(path.length());
    int i = 0;
    while (i < path.length()) {
      char c = path.charAt(i);
      int close = c == '[' ? path.indexOf(']', i + 1) : -1;
      if (close >= 0) {
        i = close + 1;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  /**
   * The lookup itself, uncached: {@link #ruleFor(Class, Path)} caches its answers for the life of the
   * class, so tests of the walk call it directly.
   */
  static Optional<String> walk(Class<?> root, Path path) {
    Class<?> current = root;
    for (Path.Node node : path) {
      String name = node.getName();
      if (name == null || name.startsWith("<") || current == null) {
        continue;
      }
      Method accessor = find(current, name);
      if (accessor == null) {
        return Optional.empty();
      }
      JuknisField field = accessor.getAnnotation(JuknisField.class);
      if (field != null) {
        return Optional.of(field.value());
      }
      current = elementType(accessor.getGenericReturnType());
    }
    return Optional.empty();
  }

  private static @Nullable Method find(Class<?> type, String property) {
    String cap = property.substring(0, 1).toUpperCase(Locale.ROOT) + property.substring(1);
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (String name : new String[] {property, "is" + cap, "get" + cap}) {
        try {
          Method m = c.getDeclaredMethod(name);
          if (m.isAnnotationPresent(JuknisField.class) || c.getSuperclass() == Object.class
              || !c.getSimpleName().startsWith("Immutable")) {
            return m;
          }
        } catch (NoSuchMethodException e) {
          // try the next name or the superclass
        }
      }
    }
    return null;
  }

  private static @Nullable Class<?> elementType(Type type) {
    if (type instanceof ParameterizedType p) {
      Class<?> raw = (Class<?>) p.getRawType();
      if (Optional.class.equals(raw) || Collection.class.isAssignableFrom(raw)) {
        Type arg = p.getActualTypeArguments()[0];
        return arg instanceof Class<?>
            ? (Class<?>) arg
            : arg instanceof ParameterizedType parameterizedType
                ? (Class<?>) parameterizedType.getRawType()
                : null;
      }
      return raw;
    }
    return type instanceof Class<?> ? (Class<?>) type : null;
  }
}
