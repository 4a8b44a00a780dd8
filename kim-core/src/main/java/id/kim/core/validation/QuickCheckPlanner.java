package id.kim.core.validation;

import jakarta.validation.ConstraintValidatorFactory;
import jakarta.validation.Validator;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Builds the {@link QuickCheck} plan of kim-core's value classes from the predefined-scope
 * validator's metadata ({@link BeanDescriptor}s). A class whose metadata holds anything the plan
 * does not reproduce exactly — group sequences or conversions, composed constraints, nested
 * containers, maps, cascades on a container itself, an accessor it cannot find — gets no plan, so
 * every value reaching it is left to Hibernate Validator.
 */
final class QuickCheckPlanner {
  private final Validator validator;
  private final ValidatorChoice choice;
  private final Set<Class<?>> types;

  private QuickCheckPlanner(Validator validator, ValidatorChoice choice, Set<Class<?>> types) {
    this.validator = validator;
    this.choice = choice;
    this.types = types;
  }

  /**
   * @param validator the predefined-scope validator whose metadata is read
   * @param factory its constraint validator factory
   * @param types the classes to plan
   * @return the plan
   */
  static QuickCheck plan(Validator validator, ConstraintValidatorFactory factory, Set<Class<?>> types) {
    QuickCheckPlanner planner = new QuickCheckPlanner(validator, new ValidatorChoice(factory), types);
    Map<Class<?>, BeanCheck> beans = new HashMap<>();
    for (Class<?> type : types) {
      try {
        beans.put(type, planner.bean(type));
      } catch (ReflectiveOperationException | RuntimeException notPlanned) {
        // left to Hibernate Validator
      }
    }
    return new QuickCheck(beans);
  }

  private BeanCheck bean(Class<?> type) throws ReflectiveOperationException {
    if (hasGroupSequence(type)) {
      throw new NotPlanned();
    }
    BeanDescriptor descriptor = validator.getConstraintsForClass(type);
    ConstraintCheck[] classChecks = checks(descriptor.getConstraintDescriptors(), type);
    List<BeanCheck.Property> properties = new ArrayList<>();
    for (PropertyDescriptor p : descriptor.getConstrainedProperties()) {
      properties.add(property(type, p));
    }
    return new BeanCheck(classChecks, properties.toArray(new BeanCheck.Property[0]));
  }

  private BeanCheck.Property property(Class<?> type, PropertyDescriptor p) throws ReflectiveOperationException {
    if (!p.getGroupConversions().isEmpty()) {
      throw new NotPlanned();
    }
    Method accessor = accessor(type, p.getPropertyName());
    Class<?> declared = accessor.getReturnType();
    if (p.isCascaded() && isContainer(declared)) {
      throw new NotPlanned();
    }
    ConstraintCheck[] checks = checks(p.getConstraintDescriptors(), declared);
    Set<ContainerElementTypeDescriptor> elements = p.getConstrainedContainerElementTypes();
    BeanCheck.Container container = BeanCheck.Container.NONE;
    ConstraintCheck[] elementChecks = new ConstraintCheck[0];
    boolean elementsCascaded = false;
    Class<?> cascadedType = declared;
    if (!elements.isEmpty()) {
      if (elements.size() != 1) {
        throw new NotPlanned();
      }
      ContainerElementTypeDescriptor element = elements.iterator().next();
      if (!element.getConstrainedContainerElementTypes().isEmpty() || !element.getGroupConversions().isEmpty()
          || element.getTypeArgumentIndex() == null || element.getTypeArgumentIndex() != 0) {
        throw new NotPlanned();
      }
      container = container(element.getContainerClass(), declared);
      elementChecks = checks(element.getConstraintDescriptors(), element.getElementClass());
      elementsCascaded = element.isCascaded();
      cascadedType = element.getElementClass();
    }
    return new BeanCheck.Property(getter(accessor), checks, p.isCascaded(), container, elementChecks, elementsCascaded,
        p.isCascaded() || elementsCascaded ? onlyPlannedSubtype(cascadedType) : null);
  }

  /** @return the one class in scope assignable to {@code declared} (e.g. {@code ImmutableBoard} for {@code Board}), or null */
  private Class<?> onlyPlannedSubtype(Class<?> declared) {
    Class<?> only = null;
    for (Class<?> t : types) {
      if (declared.isAssignableFrom(t)) {
        if (only != null) {
          return null;
        }
        only = t;
      }
    }
    return only;
  }

  /** @return the accessor as a function, called directly rather than through reflection */
  @SuppressWarnings("unchecked")
  private static Function<Object, Object> getter(Method accessor) {
    try {
      MethodHandles.Lookup lookup = MethodHandles.lookup();
      MethodHandle target = lookup.unreflect(accessor);
      CallSite site = LambdaMetafactory.metafactory(lookup, "apply", MethodType.methodType(Function.class),
          MethodType.methodType(Object.class, Object.class), target, target.type());
      return (Function<Object, Object>) site.getTarget().invokeExact();
    } catch (Throwable e) {
      throw new NotPlanned();
    }
  }

  private ConstraintCheck[] checks(Set<ConstraintDescriptor<?>> descriptors, Class<?> declared) {
    List<ConstraintCheck> out = new ArrayList<>();
    for (ConstraintDescriptor<?> d : descriptors) {
      out.add(new ConstraintCheck(Shortcut.of(d), choice.validatorFor(d, declared)));
    }
    return out.toArray(new ConstraintCheck[0]);
  }

  private static BeanCheck.Container container(Class<?> containerClass, Class<?> declared) {
    if (containerClass == Optional.class && declared == Optional.class) {
      return BeanCheck.Container.OPTIONAL;
    }
    if ((containerClass == List.class || containerClass == Set.class || containerClass == Collection.class
        || containerClass == Iterable.class) && containerClass.isAssignableFrom(declared)) {
      return BeanCheck.Container.ITERABLE;
    }
    throw new NotPlanned();
  }

  private static boolean isContainer(Class<?> declared) {
    return Optional.class.isAssignableFrom(declared) || Iterable.class.isAssignableFrom(declared)
        || Map.class.isAssignableFrom(declared) || declared.isArray();
  }

  /**
   * The public accessor Hibernate Validator reads for a property ({@code x()}, {@code getX()} or
   * {@code isX()}, see {@link AccessorSelection}), as declared by a public type so that it can be
   * called on the generated, package-private {@code ImmutableX} class.
   */
  private static Method accessor(Class<?> type, String property) throws NoSuchMethodException {
    Method found = null;
    for (String name : new AccessorSelection().getGetterMethodNameCandidates(property)) {
      try {
        Method m = type.getMethod(name);
        if (found != null || m.getParameterCount() != 0 || m.getReturnType() == void.class) {
          throw new NotPlanned();
        }
        found = m;
      } catch (NoSuchMethodException e) {
        // try the next name
      }
    }
    if (found == null) {
      throw new NoSuchMethodException(property);
    }
    return publicDeclaration(type, found);
  }

  private static Method publicDeclaration(Class<?> type, Method m) throws NoSuchMethodException {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      if (Modifier.isPublic(c.getModifiers())) {
        Method declared = c.getMethod(m.getName());
        if (Modifier.isPublic(declared.getDeclaringClass().getModifiers())) {
          return declared;
        }
      }
    }
    throw new NoSuchMethodException(m.getName());
  }

  private static boolean hasGroupSequence(Class<?> type) {
    if (type == null) {
      return false;
    }
    if (type.isAnnotationPresent(jakarta.validation.GroupSequence.class)
        || type.isAnnotationPresent(org.hibernate.validator.group.GroupSequenceProvider.class)
        || hasGroupSequence(type.getSuperclass())) {
      return true;
    }
    for (Class<?> i : type.getInterfaces()) {
      if (hasGroupSequence(i)) {
        return true;
      }
    }
    return false;
  }

  /** A class the plan does not cover. */
  static final class NotPlanned extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotPlanned() {
      super(null, null, false, false);
    }
  }
}
