package id.kim.testkit.proof;

import id.kim.core.contact.EmailAddress;
import id.kim.core.contact.PersonName;
import id.kim.core.contact.PhoneNumber;
import id.kim.core.privacy.PersonalData;
import id.kim.core.region.Address;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Walks a kim-core value through its public accessors and collects what must never be printed:
 * the raw text of every person's name, phone number, e-mail address and street found in it.
 */
final class Personal {
  private static final Set<String> NOT_ACCESSORS = Set.of("toString", "hashCode", "getClass", "masked", "builder",
      "notify",
      "notifyAll", "wait");

  private Personal() {}

  /**
   * @param value a kim-core value
   * @return every value reachable from it (itself included), depth first
   */
  static List<Object> reachable(Object value) {
    List<Object> out = new ArrayList<>();
    walk(value, out);
    return out;
  }

  /**
   * @param value a kim-core value
   * @return the raw texts of its personal data that are long enough to be recognised (blank or
   *     very short texts, e.g. a house number "5", are left out)
   */
  static Set<String> rawTexts(Object value) {
    Set<String> out = new LinkedHashSet<>();
    for (Object o : reachable(value)) {
      if (o instanceof PersonName n) {
        add(out, n.value());
      } else if (o instanceof PhoneNumber p) {
        add(out, p.value());
        add(out, p.value().replaceAll("[^0-9]", ""));
        p.e164().ifPresent(e -> add(out, e));
      } else if (o instanceof EmailAddress e) {
        add(out, e.value());
      } else if (o instanceof Address a) {
        add(out, a.street());
      }
    }
    return out;
  }

  private static void add(Set<String> out, String raw) {
    String t = raw.strip();
    if ((t.length() >= 5 && t.contains(" ")) || t.length() >= 7) {
      out.add(t);
    }
  }

  private static void walk(Object value, List<Object> out) {
    if (value instanceof Optional<?> o) {
      o.ifPresent(v -> walk(v, out));
      return;
    }
    if (value instanceof Collection<?> c) {
      c.forEach(v -> walk(v, out));
      return;
    }
    if (value == null || !value.getClass().getName().startsWith("id.kim.core.") || value.getClass().isEnum()) {
      return;
    }
    out.add(value);
    if (value instanceof PersonalData) {
      return;
    }
    for (Method m : value.getClass().getMethods()) {
      if (m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers()) && m.getReturnType() != void.class
          && !NOT_ACCESSORS.contains(m.getName()) && !m.getName().startsWith("without")
          && m.getDeclaringClass() != Object.class) {
        try {
          m.setAccessible(true);
          walk(m.invoke(value), out);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(m.toString(), e);
        }
      }
    }
  }
}
