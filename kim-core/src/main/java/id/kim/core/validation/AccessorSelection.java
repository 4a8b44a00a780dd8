package id.kim.core.validation;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;

/**
 * Lets Hibernate Validator see the SDK's record-style accessors ({@code name()}) as properties.
 * Without it, constraints on such accessors are silently ignored (STACK.md pitfall 1). JavaBeans
 * names still work: {@code isX()} and {@code getX()} become property {@code x}.
 */
final class AccessorSelection implements GetterPropertySelectionStrategy {
  private static final Set<String> NOT_PROPERTIES =
      Set.of("toString", "hashCode", "getClass", "clone", "notify", "notifyAll", "wait", "finalize", "masked");

  @Override
  public Optional<String> getProperty(ConstrainableExecutable executable) {
    String name = executable.getName();
    if (executable.getParameterTypes().length != 0 || executable.getReturnType() == void.class
        || NOT_PROPERTIES.contains(name)) {
      return Optional.empty();
    }
    return Optional.of(propertyName(name));
  }

  @Override
  public List<String> getGetterMethodNameCandidates(String propertyName) {
    String cap = propertyName.substring(0, 1).toUpperCase(Locale.ROOT) + propertyName.substring(1);
    return List.of(propertyName, "get" + cap, "is" + cap);
  }

  static String propertyName(String methodName) {
    for (String prefix : new String[] {"get", "is"}) {
      if (methodName.length() > prefix.length() && methodName.startsWith(prefix)
          && Character.isUpperCase(methodName.charAt(prefix.length()))) {
        String rest = methodName.substring(prefix.length());
        return rest.substring(0, 1).toLowerCase(Locale.ROOT) + rest.substring(1);
      }
    }
    return methodName;
  }
}
