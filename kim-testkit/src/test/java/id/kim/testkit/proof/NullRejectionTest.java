package id.kim.testkit.proof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.community.KimProfile;
import id.kim.core.validation.MissingValueException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Proof: the SDK takes no nulls. Every public method of every kim-core type — builders' setters,
 * {@code with…} copies, {@code of}/{@code parse} factories, queries like {@code isInForceOn} — is
 * called with {@code null} in each reference parameter in turn (other arguments valid).
 *
 * <p>One limit is Immutables', not the SDK's: its generated methods that take a whole container —
 * {@code type(Optional)}, {@code addAllMedia(Iterable)}, {@code addMedia(KimMedium...)},
 * {@code withMedia(Iterable)} — are {@code final} and dereference the container without a check,
 * so {@code null} there fails with the JDK's {@code NullPointerException} (whose message names the
 * parameter). They are proven never to accept null; all other methods throw
 * {@link MissingValueException} naming the parameter or attribute.
 */
class NullRejectionTest {
  /** Enum methods of the JDK. */
  private static final Set<String> JDK = Set.of("valueOf", "compareTo", "equals");
  /**
   * Deliberate: {@code KimType.parse} and {@code Lang.parse} read user text and document an
   * {@code IllegalArgumentException} for anything unparseable, {@code null} included;
   * {@code requireNonNull} and {@code requireNonNullElements} are the check itself.
   */
  private static final Set<String> EXEMPT = Set.of("KimType.parse", "Lang.parse",
      "MissingValueException.requireNonNull",
      "MissingValueException.requireNonNullElements");

  @Test
  @DisplayName(
      "builders, with-copies, factories and queries reject null with MissingValueException naming the parameter")
  void everyMethodRejectsNullByName() {
    List<String> problems = sweep((m, i) -> !(generated(m) && container(m.getParameterTypes()[i])),
        NullRejectionTest::namedMissingValue);
    assertTrue(problems.get(0).startsWith("checked "), problems.get(0));
    assertEquals(List.of(), problems.subList(1, problems.size()), problems.get(0));
  }

  @Test
  @DisplayName("Immutables' container setters (Optional, Iterable, varargs, Map) never accept null either")
  void generatedContainerSettersNeverAcceptNull() {
    List<String> problems = sweep((m, i) -> generated(m) && container(m.getParameterTypes()[i]),
        (m, t) -> t instanceof NullPointerException ? null : "threw " + t);
    assertTrue(Integer.parseInt(problems.get(0).replaceAll("\\D", "")) > 100, problems.get(0));
    assertEquals(List.of(), problems.subList(1, problems.size()), problems.get(0));
  }

  @Test
  @DisplayName("the message of MissingValueException names the attribute in English and Indonesian")
  void messageNamesTheAttribute() {
    MissingValueException e =
        Assertions.assertThrows(MissingValueException.class, () -> KimProfile.builder().name(null));
    assertEquals("'name' must not be null: the KIM SDK takes no nulls (use Optional.empty() or an empty collection "
        + "for an absent value) / 'name' tidak boleh null", e.getMessage());
  }

  /**
   * @param which which (method, parameter index) pairs to check
   * @param judge the verdict on the throwable ({@code null} = fine)
   * @return "checked N" followed by every problem
   */
  private static List<String> sweep(BiFunction<Method, Integer, Boolean> which,
      BiFunction<Method, Throwable, String> judge) {
    List<String> problems = new ArrayList<>();
    int checked = 0;
    for (Class<?> type : KimCoreClasses.all()) {
      for (Class<?> owner : withBuilder(type)) {
        for (Method m : owner.getMethods()) {
          if (m.getDeclaringClass() == Object.class || JDK.contains(m.getName())
              || EXEMPT.contains(type.getSimpleName() + "." + m.getName())) {
            continue;
          }
          boolean isStatic = Modifier.isStatic(m.getModifiers());
          Optional<Object> target = isStatic ? Optional.empty() : target(owner, type);
          Object[] args = arguments(m);
          if (args == null || (!isStatic && target.isEmpty())) {
            continue;
          }
          for (int i = 0; i < args.length; i++) {
            if (m.getParameterTypes()[i].isPrimitive() || !which.apply(m, i)) {
              continue;
            }
            Object[] withNull = args.clone();
            withNull[i] = null;
            checked++;
            String problem = call(m, target.orElse(null), withNull, judge);
            if (problem != null) {
              problems.add(owner.getName().replace("id.kim.core.", "") + "." + m.getName() + "("
                  + m.getParameters()[i].getName() + "): " + problem);
            }
          }
        }
      }
    }
    problems.sort(null);
    problems.add(0, "checked " + checked + " null arguments");
    return problems;
  }

  private static String namedMissingValue(Method m, Throwable t) {
    if (!(t instanceof MissingValueException)) {
      return "threw " + t;
    }
    String message = t.getMessage().toLowerCase(Locale.ROOT);
    for (Parameter p : m.getParameters()) {
      if (message.startsWith("'" + p.getName().toLowerCase(Locale.ROOT) + "'")) {
        return null;
      }
    }
    String attribute = m.getName().replaceFirst("^(with|addAll|add|putAll|put)(?=[A-Z])", "").toLowerCase(Locale.ROOT);
    String stem = attribute.length() > 3 ? attribute.substring(0, attribute.length() - 1) : attribute;
    return message.startsWith("'" + stem) ? null : "message names neither parameter nor attribute: " + t.getMessage();
  }

  private static String call(Method m, Object target, Object[] args, BiFunction<Method, Throwable, String> judge) {
    m.setAccessible(true);
    try {
      m.invoke(target, args);
      return "accepted null";
    } catch (InvocationTargetException e) {
      return judge.apply(m, e.getCause());
    } catch (IllegalAccessException e) {
      return "not accessible: " + e;
    }
  }

  /** @return true for methods Immutables generated: builders' setters and {@code with…} copies */
  private static boolean generated(Method m) {
    String declaring = m.getDeclaringClass().getSimpleName();
    return declaring.equals("Builder") || declaring.startsWith("Immutable") || declaring.startsWith("With");
  }

  private static boolean container(Class<?> type) {
    return type.isArray()
        || Optional.class.equals(type)
        || Iterable.class.isAssignableFrom(type)
        || Map.class.isAssignableFrom(type);
  }

  private static List<Class<?>> withBuilder(Class<?> type) {
    List<Class<?>> out = new ArrayList<>(List.of(type));
    for (Class<?> nested : type.getClasses()) {
      if (nested.getSimpleName().equals("Builder")) {
        out.add(nested);
      }
    }
    return out;
  }

  /** @return a generated value of the type, or a fresh builder */
  private static Optional<Object> target(Class<?> owner, Class<?> type) {
    if (owner == type) {
      return Arguments.instanceOf(type);
    }
    try {
      return Optional.of(owner.getDeclaredConstructor().newInstance());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(owner.getName(), e);
    }
  }

  private static Object[] arguments(Method m) {
    Object[] args = new Object[m.getParameterCount()];
    for (int i = 0; i < args.length; i++) {
      Optional<Object> arg = Arguments.of(m.getParameterTypes()[i]);
      if (arg.isEmpty()) {
        return null;
      }
      args[i] = arg.get();
    }
    return args;
  }
}
