package id.kim.core.validation.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An optional text that, when present, is not blank: {@code Optional<@NotBlankWhenPresent String>}.
 *
 * <p>Jakarta's {@code @NotBlank} cannot be used inside an {@code Optional}: Hibernate Validator hands
 * an empty {@code Optional} to the constraint as {@code null}, and {@code @NotBlank} rejects
 * {@code null} — so an absent value would be reported as blank. This constraint accepts
 * {@code null} (absent) and rejects a present text without a non-whitespace character, with the
 * same message key as {@code @NotBlank} in the SDK ({@code kim.text.blank}).
 */
@Documented
@Constraint(validatedBy = NotBlankWhenPresentValidator.class)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.TYPE_USE, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface NotBlankWhenPresent {
  /** @return message key */
  String message() default "{kim.text.blank}";

  /** @return groups */
  Class<?>[] groups() default {};

  /** @return payload */
  Class<? extends Payload>[] payload() default {};
}
