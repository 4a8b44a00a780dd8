package id.kim.core.validation.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The text is an RT or RW number (Rukun Tetangga / Rukun Warga, PROFILE-e): one to three digits, not zero, leading
 * zeros allowed ({@code "3"}, {@code "003"}).
 */
@Documented
@Constraint(validatedBy = RtRwNumberValidator.class)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.TYPE_USE, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface RtRwNumber {
  /** @return message key */
  String message() default "{kim.rtrw.invalid}";

  /** @return groups */
  Class<?>[] groups() default {};

  /** @return payload */
  Class<? extends Payload>[] payload() default {};
}
