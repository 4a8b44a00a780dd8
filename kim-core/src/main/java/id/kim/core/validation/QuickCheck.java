package id.kim.core.validation;

import java.util.Map;

/**
 * The fast answer to "does this kim-core value break any constraint?" for the common case of a
 * valid value: the same constraints, read from Hibernate Validator's own metadata, checked by the
 * same validator classes, walked through the same {@code @Valid} cascades — without the engine's
 * bookkeeping per node (property paths, value contexts, constraint contexts, group iterators).
 * It only ever says "valid" when every constraint of the whole graph holds. When anything fails,
 * or anything is outside what the plan covers (a class outside kim-core, a validator that wants to
 * report or reads the clock), {@link #passes} says false and {@link KimValidator} asks Hibernate
 * Validator, which finds and describes every violation exactly as before.
 *
 * <p>Immutable after construction and thread-safe, as are the validator instances it shares
 * (Hibernate Validator shares them between threads the same way).
 */
final class QuickCheck {
  private final Map<Class<?>, BeanCheck> beans;

  QuickCheck(Map<Class<?>, BeanCheck> beans) {
    this.beans = Map.copyOf(beans);
    this.beans.values().forEach(b -> b.link(this.beans));
  }

  /**
   * @param value a value (not null)
   * @return true only if every constraint of the value and of every value it cascades to holds
   */
  boolean passes(Object value) {
    try {
      return holds(value);
    } catch (RuntimeException undecided) {
      return false;
    }
  }

  /** @return true if the plan covers this class completely */
  boolean covers(Class<?> type) {
    return beans.containsKey(type);
  }

  boolean holds(Object bean) {
    BeanCheck check = beans.get(bean.getClass());
    if (check == null) {
      throw Undecided.INSTANCE;
    }
    return check.holds(bean, this);
  }

  /** Thrown when the quick check cannot decide; Hibernate Validator then does. */
  static final class Undecided extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final Undecided INSTANCE = new Undecided();

    private Undecided() {
      super("left to Hibernate Validator", null, false, false);
    }
  }
}
