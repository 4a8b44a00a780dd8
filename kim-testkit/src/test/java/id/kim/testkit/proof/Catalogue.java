package id.kim.testkit.proof;

import id.kim.testkit.Defect;
import id.kim.testkit.Defects;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

/** Every list of {@link Defects}, found by reflection so that a new catalogue is never forgotten. */
final class Catalogue {
  private Catalogue() {}

  /** @return every defect of every catalogue, per-type lists first, then profile and record */
  static List<Defect<?>> all() {
    List<Defect<?>> out = new ArrayList<>();
    for (Method m : Defects.class.getMethods()) {
      if (Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0 && List.class.equals(m.getReturnType())) {
        try {
          for (Object d : (List<?>) m.invoke(null)) {
            out.add((Defect<?>) d);
          }
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(m.getName(), e);
        }
      }
    }
    return out;
  }
}
