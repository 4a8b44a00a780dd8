package id.kim.core.validation;

import java.lang.invoke.MethodHandle;
import java.util.Optional;

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
    private final MethodHandle getter;
    private final ConstraintCheck[] checks;
    private final boolean cascaded;
    private final Container container;
    private final ConstraintCheck[] elementChecks;
    private final boolean elementsCascaded;

    Property(MethodHandle getter, ConstraintCheck[] checks, boolean cascaded, Container container,
        ConstraintCheck[] elementChecks, boolean elementsCascaded) {
      this.getter = getter;
      this.checks = checks.clone();
      this.cascaded = cascaded;
      this.container = container;
      this.elementChecks = elementChecks.clone();
      this.elementsCascaded = elementsCascaded;
    }

    boolean holds(Object bean, QuickCheck all) {
      Object value;
      try {
        value = (Object) getter.invokeExact(bean);
      } catch (RuntimeException | Error e) {
        throw e;
      } catch (Throwable e) {
        throw QuickCheck.Undecided.INSTANCE;
      }
      for (ConstraintCheck c : checks) {
        if (!c.holds(value)) {
          return false;
        }
      }
      if (cascaded && value != null && !all.holds(value)) {
        return false;
      }
      switch (container) {
        case OPTIONAL:
          // Hibernate Validator hands an empty Optional's element to its constraints as null
          return value == null || element(((Optional<?>) value).orElse(null), all);
        case ITERABLE:
          if (value != null) {
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

    private boolean element(Object e, QuickCheck all) {
      for (ConstraintCheck c : elementChecks) {
        if (!c.holds(e)) {
          return false;
        }
      }
      return !elementsCascaded || e == null || all.holds(e);
    }
  }
}
