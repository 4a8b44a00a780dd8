package id.kim.core.validation.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The text is a plausible Nomor Induk Komunitas (PARTNER-LEGAL-2, PROFILE-c; format policy in RULES.md GAP-12): 1–40
 * characters of letters, digits, {@code . / -} and spaces, starting with a letter or digit — and <b>not</b> a 16-digit
 * number, which is the shape of a Nomor Induk Kependudukan (the population number on a KTP) and is rejected with its
 * own message, so a person's NIK can never be stored as a community number.
 */
@Documented
@Constraint(validatedBy = CommunityNumberFormatValidator.class)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.TYPE_USE, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface CommunityNumberFormat {
  /** @return message key */
  String message() default "{kim.communityNumber.invalid}";

  /** @return groups */
  Class<?>[] groups() default {};

  /** @return payload */
  Class<? extends Payload>[] payload() default {};
}
