package id.kim.core.validation;

import id.kim.core.privacy.Mask;
import id.kim.core.privacy.PersonalData;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.ValidationException;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.PredefinedScopeHibernateValidator;
import org.hibernate.validator.engine.HibernateConstraintViolation;

/**
 * The one way to check a KIM SDK value against its constraints: Jakarta Bean Validation (Hibernate
 * Validator) underneath, a Vavr {@link Validation} on top. All violations are collected, never just
 * the first, in a stable order (by path, then message key), each naming its field, its problem, the
 * rejected value (masked when personal) and the juknis rule.
 *
 * <pre>{@code
 * Validation<Seq<FieldViolation>, KimProfile> checked = KimValidator.standard().validate(profile);
 * checked.getError().forEach(v -> System.out.println(v.describe(Lang.ID)));
 * }</pre>
 *
 * <p>Thread-safe; {@link #standard()} builds the validator factory once and shares it.
 */
public final class KimValidator {
  private static final Set<String> ATTRIBUTES_FOR_MESSAGES = Set.of("min", "max", "value");
  private static final Comparator<FieldViolation> ORDER =
      Comparator.comparing(FieldViolation::path).thenComparing(FieldViolation::messageKey);

  /** A 16-digit number may be someone's population NIK: never echo it whole, with or without separators. */
  private static final Pattern POPULATION_NIK_SHAPE = Pattern.compile("[0-9]{16}");

  /** The finding of a community number in NIK shape: its value may be written with separators ("5101 0123 …"). */
  private static final String LOOKS_LIKE_NIK = "kim.communityNumber.looksLikePopulationNik";
  /**
   * A fact recorded as none while present: found on the whole profile or record, whose text may hold
   * personal data (a NIK-shaped number), so the rejected value is the marker, never the value.
   */
  private static final String CONTRADICTED = "kim.absence.contradicted";

  private static final Pattern NIK_SEPARATORS = Pattern.compile("[\\s./-]");

  private final Validator validator;
  /** The same configuration over a predefined scope: kim-core's own value classes, prepared once. */
  private final Validator kimCoreValidator;
  private final Set<Class<?>> kimCoreTypes;

  private KimValidator(Validator validator, ValidatorFactory kimCoreFactory, Set<Class<?>> kimCoreTypes) {
    this.validator = validator;
    this.kimCoreValidator = kimCoreFactory.getValidator();
    this.kimCoreTypes = kimCoreTypes;
  }

  /** @return the shared validator with the SDK's configuration */
  public static KimValidator standard() {
    return Holder.STANDARD;
  }

  /**
   * Checks a value and all values reachable from it.
   *
   * @param value the value, e.g. a {@code KimProfile} or a {@code KimRecord}
   * @param <T> its type
   * @return the value if it has no violation, else every violation
   * @throws MissingValueException if {@code value} is null
   */
  public <T> Validation<Seq<FieldViolation>, T> validate(T value) {
    if (value == null) {
      throw new MissingValueException("value");
    }
    Set<ConstraintViolation<T>> found = violations(value);
    if (found.isEmpty()) {
      return Validation.valid(value);
    }
    Seq<FieldViolation> violations = List.empty();
    for (ConstraintViolation<T> v : found) {
      violations = violations.prepend(toFieldViolation(v));
    }
    return Validation.invalid(violations.sorted(ORDER));
  }

  /** @return the Hibernate Validator engine, for tests */
  Validator engine() {
    return validator;
  }

  /**
   * @param value a value
   * @param <T> its type
   * @return what Hibernate Validator alone finds in it, for tests
   */
  <T> Set<ConstraintViolation<T>> engineViolations(T value) {
    return violations(value);
  }

  /**
   * Returns the value if valid, else throws with every violation listed.
   *
   * @param value the value
   * @param <T> its type
   * @return the value
   * @throws InvalidValueException if the value breaks a constraint
   */
  public <T> T require(T value) {
    Validation<Seq<FieldViolation>, T> checked = validate(value);
    if (checked.isInvalid()) {
      throw new InvalidValueException(value.getClass().getSimpleName().replaceFirst("^Immutable", ""),
          checked.getError());
    }
    return checked.get();
  }

  /**
   * A kim-core value goes to the predefined-scope validator; anything else — or, defensively, a
   * kim-core value holding a class outside the scope — to the general one. Both have the same
   * configuration and constraints, so they find the same violations.
   */
  private <T> Set<ConstraintViolation<T>> violations(T value) {
    if (kimCoreTypes.contains(value.getClass())) {
      try {
        return kimCoreValidator.validate(value);
      } catch (ValidationException outsideScope) {
        return validator.validate(value);
      }
    }
    return validator.validate(value);
  }

  private static FieldViolation toFieldViolation(ConstraintViolation<?> v) {
    String template = v.getMessage();
    String key = template.startsWith("{") && template.endsWith("}") ? template.substring(1, template.length() - 1)
        : template;
    Map<String, String> attributes = new LinkedHashMap<>();
    v.getConstraintDescriptor().getAttributes().forEach((name, value) -> {
      if (ATTRIBUTES_FOR_MESSAGES.contains(name)) {
        attributes.put(name, String.valueOf(value));
      }
    });
    return FieldViolation.builder()
        .path(pathOf(v.getPropertyPath()))
        .constraint(v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName())
        .messageKey(key)
        .rejectedValue(LOOKS_LIKE_NIK.equals(key)
            ? maskedNik(NIK_SEPARATORS.matcher(String.valueOf(v.getInvalidValue())).replaceAll(""))
            : CONTRADICTED.equals(key) ? "recordedAsNone" : rejected(reported(v), v.getLeafBean()))
        .ruleId(RuleLookup.ruleFor(v.getRootBeanClass(), v.getPropertyPath(),
            v.getConstraintDescriptor().getAnnotation().annotationType()))
        .putAllAttributes(attributes)
        .build();
  }

  /**
   * @return the value a class-level constraint names as its rejected value (its dynamic payload, e.g. a
   *     region's code, which the region's text does not show), else the invalid value
   */
  private static Object reported(ConstraintViolation<?> v) {
    HibernateConstraintViolation<?> violation = v.unwrap(HibernateConstraintViolation.class);
    Object named = violation.getDynamicPayload(Object.class);
    return named != null ? named : v.getInvalidValue();
  }

  /**
   * Renders a Bean Validation path the way a reader expects: {@code media[0].url},
   * {@code partnershipPeriods[1].period.end}, {@code targetAudience.villages[].name} (a set element
   * has no index). Hibernate Validator puts an element's index on the node <em>inside</em> the
   * collection, so the index is written after the collection's name, before the element's property.
   * Container-element nodes ({@code <list element>}, {@code <optional element>}) have no name of
   * their own.
   *
   * @param path the path of a constraint violation
   * @return the dotted path, empty for the validated value itself
   */
  static String pathOf(Path path) {
    StringBuilder out = new StringBuilder();
    for (Path.Node node : path) {
      if (node.isInIterable() && out.length() > 0) {
        Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
        out.append('[').append(position == null ? "" : position).append(']');
      }
      if (node.getName() == null || node.getName().startsWith("<")) {
        continue;
      }
      if (out.length() > 0) {
        out.append('.');
      }
      out.append(node.getName());
    }
    return out.toString();
  }

  private static String rejected(Object value, Object leafBean) {
    if (value == null) {
      return "-";
    }
    if (value instanceof PersonalData personalData) {
      return personalData.masked();
    }
    if (leafBean instanceof PersonalData personalData) {
      return personalData.masked();
    }
    if (value instanceof Optional<?>) {
      return ((Optional<?>) value).map(o -> rejected(o, leafBean)).orElse("-");
    }
    String text = String.valueOf(value);
    if (POPULATION_NIK_SHAPE.matcher(text).matches()) {
      return maskedNik(text);
    }
    String shown = Mask.inText(text);
    return shown.length() > 80 ? shown.substring(0, 77) + "..." : shown;
  }

  /** @return the first four and last two digits of a 16-digit number, e.g. {@code 5101**********01} */
  private static String maskedNik(String digits) {
    return digits.length() < 6 ? "***" : digits.substring(0, 4) + "*".repeat(digits.length() - 6)
        + digits.substring(digits.length() - 2);
  }

  /** Lazily built, shared validator. */
  private static final class Holder {
    static final KimValidator STANDARD = new KimValidator(HibernateValidatorFactoryHolder.build(),
        HibernateValidatorFactoryHolder.buildForKimCore(ValidatedTypes.classes()), ValidatedTypes.classes());
  }

  /** Builds Hibernate Validator with record-style accessors and raw message templates, general and predefined-scope. */
  private static final class HibernateValidatorFactoryHolder {
    static Validator build() {
      return jakarta.validation.Validation.byProvider(HibernateValidator.class)
          .configure()
          .getterPropertySelectionStrategy(new AccessorSelection())
          .messageInterpolator(new TemplateOnly())
          .locales(Locale.forLanguageTag("id"), Locale.ENGLISH)
          .defaultLocale(Locale.forLanguageTag("id"))
          .buildValidatorFactory()
          .getValidator();
    }

    static ValidatorFactory buildForKimCore(Set<Class<?>> types) {
      return jakarta.validation.Validation.byProvider(PredefinedScopeHibernateValidator.class)
          .configure()
          .initializeBeanMetaData(types)
          .getterPropertySelectionStrategy(new AccessorSelection())
          .messageInterpolator(new TemplateOnly())
          .locales(Locale.forLanguageTag("id"), Locale.ENGLISH)
          .defaultLocale(Locale.forLanguageTag("id"))
          .buildValidatorFactory();
    }
  }

  /** Keeps message templates as keys; {@link FieldViolation#message} renders them per language. */
  private static final class TemplateOnly implements MessageInterpolator {
    @Override
    public String interpolate(String messageTemplate, Context context) {
      return messageTemplate;
    }

    @Override
    public String interpolate(String messageTemplate, Context context, Locale locale) {
      return messageTemplate;
    }
  }

}
