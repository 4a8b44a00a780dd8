package id.kim.core.community;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@link KnownAbsence} recorded where it belongs: a Tabel 3.1 fact on the {@link KimProfile}
 * ({@code profile = true}), a document or check of juknis II.B.3/II.B.4 on the {@link KimRecord}.
 */
@Documented
@Constraint(validatedBy = AbsenceOnValidator.class)
@Target({ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface AbsenceOn {
  /** @return true if the fact must be a profile fact, false if a record fact */
  boolean profile();

  /** @return message key */
  String message();

  /** @return groups */
  Class<?>[] groups() default {};

  /** @return payload */
  Class<? extends Payload>[] payload() default {};
}
