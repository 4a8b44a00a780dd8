package id.kim.core.validation.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The text is an Indonesian telephone number: optional {@code +62}, {@code 62} or trunk {@code 0}, then 7–12 digits not
 * starting with 0; spaces, dots, dashes and parentheses are allowed as separators (PROFILE-i).
 */
@Documented
@Constraint(validatedBy = IndonesianPhoneNumberValidator.class)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.TYPE_USE, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface IndonesianPhoneNumber {
  /** @return message key */
  String message() default "{kim.phone.invalid}";

  /** @return groups */
  Class<?>[] groups() default {};

  /** @return payload */
  Class<? extends Payload>[] payload() default {};
}
