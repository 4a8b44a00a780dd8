package id.kim.core.community;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * No fact is both recorded as none ({@link KnownAbsence}, "tercatat tidak ada") and present: a
 * Nomor Induk Komunitas with {@code COMMUNITY_NUMBER}, a medium with {@code MEDIA}, a decree with
 * {@code DECREE}, and so on. Each contradiction is reported on the field that holds the value, so
 * the violation cites that field's rule (e.g. PROFILE-c, MAP-ENTRY-3).
 */
@Documented
@Constraint(validatedBy = {ProfileAbsenceValidator.class, RecordAbsenceValidator.class})
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ConsistentAbsence {
  /** @return message key */
  String message() default "{kim.absence.contradicted}";

  /** @return groups */
  Class<?>[] groups() default {};

  /** @return payload */
  Class<? extends Payload>[] payload() default {};
}
