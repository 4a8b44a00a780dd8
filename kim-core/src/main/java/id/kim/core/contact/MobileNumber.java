package id.kim.core.contact;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The {@link PhoneNumber} is an Indonesian mobile number (national number {@code 8…}, 9–12 digits), so it can be
 * reached via WhatsApp as PROFILE-i asks ("nomor narahubung yang dapat diakses melalui whatsapp").
 */
@Documented
@Constraint(validatedBy = MobileNumberValidator.class)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.TYPE_USE, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface MobileNumber {
  /** @return message key */
  String message() default "{kim.phone.notMobile}";

  /** @return groups */
  Class<?>[] groups() default {};

  /** @return payload */
  Class<? extends Payload>[] payload() default {};
}
