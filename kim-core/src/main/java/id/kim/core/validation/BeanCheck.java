package id.kim.core.validation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.function.Function;

/**
 * The {@link QuickCheck} plan of one kim-core class: its class-level constraints, then each
 * constrained property — the property's own constraints, the constraints on its
 * {@code Optional}/collection elements and the {@code @Valid} cascades.
 */
final class BeanCheck {
  private final ConstraintCheck[] classChecks;
  private final Property[] properties;

  BeanCheck(ConstraintCheck[] classChecks, Property[] properties) {
    this.classChecks = classChecks.clone();
    this.properties = properties.clone();
  }

  /** Links each cascade to the plan of the class its values have in practice (the one planned class of its declared type). */
  void link(Map<Class<?>, BeanCheck> beans) {
    for (Property p : properties) {
      p.link(beans);
    }
  }

  boolean holds(Object bean, QuickCheck all) {
    for (ConstraintCheck c : classChecks) {
      if (!c.holds(bean)) {
        return false;
      }
    }
    for (Property p : properties) {
      if (!p.holds(bean, all)) {
        return false;
      }
    }
    return true;
  }

  /** How a property's elements are reached. */
  enum Container { NONE, OPTIONAL, ITERABLE }

  /** One constrained property. */
  static final class Property {
    /** The list classes Immutables builds for kim-core values: empty, one element, more. */
    private static final Class<?> EMPTY_LIST = java.util.Collections.emptyList().getClass();
    private static final Class<?> SINGLETON_LIST = java.util.Collections.singletonList(0).getClass();
    private static final Class<?> UNMODIFIABLE_LIST =
        java.util.Collections.unmodifiableList(new java.util.ArrayList<>()).getClass();
    private final Function<Object, Object> getter;
    private final ConstraintCheck[] checks;
    private final boolean cascaded;
    private final Container container;
    private final ConstraintCheck[] elementChecks;
    private final boolean elementsCascaded;
    /** The one planned class of the cascaded values' declared type, if there is exactly one. */
    private final Class<?> expectedType;
    /** Its plan, linked once every class is planned (before the plan is published). */
    private BeanCheck expectedCheck;

    Property(Function<Object, Object> getter, ConstraintCheck[] checks, boolean cascaded, Container container,
        ConstraintCheck[] elementChecks, boolean elementsCascaded, Class<?> expectedType) {
      this.getter = getter;
      this.checks = checks.clone();
      this.cascaded = cascaded;
      this.container = container;
      this.elementChecks = elementChecks.clone();
      this.elementsCascaded = elementsCascaded;
      this.expectedType = expectedType;
    }

    void link(Map<Class<?>, BeanCheck> beans) {
      expectedCheck = expectedType == null ? null : beans.get(expectedType);
    }

    private boolean cascade(Object value, QuickCheck all) {
      BeanCheck known = expectedCheck;
      return known != null && value.getClass() == expectedType ? known.holds(value, all) : all.holds(value);
    }

    boolean holds(Object bean, QuickCheck all) {
      Object value = getter.apply(bean);
      for (ConstraintCheck c : checks) {
        if (!c.holds(value)) {
          return false;
        }
      }
      if (cascaded && value != null && !cascade(value, all)) {
        return false;
      }
      switch (container) {
        case OPTIONAL:
          // Hibernate Validator hands an empty Optional's element to its constraints as null
          return value == null || element(((Optional<?>) value).orElse(null), all);
        case ITERABLE:
          if (value != null && isRandomAccessList(value.getClass())) {
            List<?> list = (List<?>) value;
            for (int i = 0; i < list.size(); i++) {
              if (!element(list.get(i), all)) {
                return false;
              }
            }
          } else if (value != null) {
            for (Object e : (Iterable<?>) value) {
              if (!element(e, all)) {
                return false;
              }
            }
          }
          return true;
        default:
          return true;
      }
    }

    /**
     * The lists of kim-core values (Immutables' unmodifiable copies) are walked by index. Their
     * classes are recognised by identity first: a pair of {@code instanceof List} and
     * {@code instanceof RandomAccess} tests on one class thrashes its one-entry supertype cache,
     * which costs far more than the walk itself, and more again on several threads.
     */
    private static boolean isRandomAccessList(Class<?> type) {
      return type == UNMODIFIABLE_LIST || type == EMPTY_LIST || type == SINGLETON_LIST
          || (List.class.isAssignableFrom(type) && RandomAccess.class.isAssignableFrom(type));
    }

    private boolean element(Object e, QuickCheck all) {
      for (ConstraintCheck c : elementChecks) {
        if (!c.holds(e)) {
          return false;
        }
      }
      return !elementsCascaded || e == null || cascade(e, all);
    }
  }
}
