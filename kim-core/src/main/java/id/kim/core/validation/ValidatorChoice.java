package id.kim.core.validation;

import jakarta.validation.ClockProvider;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorFactory;
import jakarta.validation.constraintvalidation.SupportedValidationTarget;
import jakarta.validation.constraintvalidation.ValidationTarget;
import jakarta.validation.groups.Default;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ValidateUnwrappedValue;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidator;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorInitializationContext;
import org.hibernate.validator.spi.scripting.ScriptEvaluator;

/**
 * Picks, for a constraint on a declared type, the validator class Hibernate Validator picks (the
 * one whose validated type is assignable from the declared type and most specific among those),
 * and initialises an instance the way Hibernate Validator does. Anything ambiguous is not planned.
 */
final class ValidatorChoice {
  private static final Set<Class<?>> DEFAULT_GROUP = Set.of(Default.class);
  private final ConstraintValidatorFactory factory;

  ValidatorChoice(ConstraintValidatorFactory factory) {
    this.factory = factory;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  ConstraintValidator<?, Object> validatorFor(ConstraintDescriptor<?> d, Class<?> declared) {
    if (!DEFAULT_GROUP.equals(d.getGroups()) || !d.getComposingConstraints().isEmpty()
        || d.getValueUnwrapping() != ValidateUnwrappedValue.DEFAULT) {
      throw new QuickCheckPlanner.NotPlanned();
    }
    Class<?> type = boxed(declared);
    List<Class<?>> candidates = new ArrayList<>();
    for (Class<? extends ConstraintValidator<?, ?>> c : d.getConstraintValidatorClasses()) {
      if (validatesElements(c) && validatedType(c).isAssignableFrom(type)) {
        candidates.add(c);
      }
    }
    Class<?> chosen = null;
    for (Class<?> c : candidates) {
      boolean mostSpecific = true;
      for (Class<?> other : candidates) {
        mostSpecific &= validatedType(other).isAssignableFrom(validatedType(c));
      }
      if (mostSpecific) {
        if (chosen != null) {
          throw new QuickCheckPlanner.NotPlanned();
        }
        chosen = c;
      }
    }
    if (chosen == null) {
      throw new QuickCheckPlanner.NotPlanned();
    }
    ConstraintValidator validator = factory.getInstance((Class) chosen);
    if (validator instanceof HibernateConstraintValidator) {
      ((HibernateConstraintValidator) validator).initialize(d, Initialisation.INSTANCE);
    } else {
      validator.initialize(d.getAnnotation());
    }
    return validator;
  }

  private static boolean validatesElements(Class<?> c) {
    SupportedValidationTarget target = c.getAnnotation(SupportedValidationTarget.class);
    return target == null || Arrays.asList(target.value()).contains(ValidationTarget.ANNOTATED_ELEMENT);
  }

  /** @return {@code T} of {@code ConstraintValidator<A, T>} as the class implements it, type variables resolved */
  static Class<?> validatedType(Class<?> c) {
    Class<?> found = search(c, Map.of());
    if (found == null) {
      throw new QuickCheckPlanner.NotPlanned();
    }
    return found;
  }

  /**
   * @param c a class or interface
   * @param bindings its type variables as bound by the subclass that extends it
   * @return the validated type, or null if {@code c} does not implement {@code ConstraintValidator}
   */
  private static Class<?> search(Class<?> c, Map<TypeVariable<?>, Type> bindings) {
    if (c == null || c == Object.class) {
      return null;
    }
    List<Type> supertypes = new ArrayList<>(Arrays.asList(c.getGenericInterfaces()));
    supertypes.add(c.getGenericSuperclass());
    for (Type t : supertypes) {
      if (!(t instanceof ParameterizedType)) {
        Class<?> found = t instanceof Class ? search((Class<?>) t, Map.of()) : null;
        if (found != null) {
          return found;
        }
        continue;
      }
      ParameterizedType p = (ParameterizedType) t;
      Class<?> raw = (Class<?>) p.getRawType();
      Type[] args = p.getActualTypeArguments();
      if (raw == ConstraintValidator.class) {
        return rawClass(resolve(args[1], bindings));
      }
      Map<TypeVariable<?>, Type> next = new HashMap<>();
      TypeVariable<?>[] vars = raw.getTypeParameters();
      for (int i = 0; i < vars.length; i++) {
        next.put(vars[i], resolve(args[i], bindings));
      }
      Class<?> found = search(raw, next);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private static Type resolve(Type t, Map<TypeVariable<?>, Type> bindings) {
    return t instanceof TypeVariable && bindings.containsKey(t) ? bindings.get(t) : t;
  }

  private static Class<?> rawClass(Type t) {
    if (t instanceof Class) {
      return (Class<?>) t;
    }
    if (t instanceof ParameterizedType) {
      return (Class<?>) ((ParameterizedType) t).getRawType();
    }
    throw new QuickCheckPlanner.NotPlanned();
  }

  private static Class<?> boxed(Class<?> type) {
    if (!type.isPrimitive()) {
      return type;
    }
    return type == int.class ? Integer.class : type == long.class ? Long.class : type == boolean.class ? Boolean.class
        : type == double.class ? Double.class : type == float.class ? Float.class : type == short.class ? Short.class
        : type == byte.class ? Byte.class : Character.class;
  }

  /** What a Hibernate validator may ask for while initialised: no scripts, clock or tolerance. */
  private static final class Initialisation implements HibernateConstraintValidatorInitializationContext {
    static final Initialisation INSTANCE = new Initialisation();

    @Override
    public ScriptEvaluator getScriptEvaluatorForLanguage(String languageName) {
      throw new QuickCheckPlanner.NotPlanned();
    }

    @Override
    public ClockProvider getClockProvider() {
      throw new QuickCheckPlanner.NotPlanned();
    }

    @Override
    public Duration getTemporalValidationTolerance() {
      throw new QuickCheckPlanner.NotPlanned();
    }

    @Override
    public <C> C getSharedData(Class<C> type) {
      throw new QuickCheckPlanner.NotPlanned();
    }

    @Override
    public <C, V extends C> C getSharedData(Class<C> type, Supplier<V> createIfNotPresent) {
      return createIfNotPresent.get();
    }
  }
}
