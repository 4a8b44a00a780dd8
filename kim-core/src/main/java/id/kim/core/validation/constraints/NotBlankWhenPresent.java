package id.kim.core.validation.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Optional text, when given, is not blank. For {@code Optional<@NotBlankWhenPresent String>}:
 * Hibernate Validator hands an <em>empty</em> {@code Optional} to a container-element constraint as
 * {@code null}, and {@code @NotBlank} rejects {@code null} — so {@code Optional<@NotBlank String>}
 * would report every absent note or title as "blank". This constraint accepts {@code null} (absent)
 * and rejects only text that is present and blank.
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
