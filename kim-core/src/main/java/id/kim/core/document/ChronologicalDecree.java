package id.kim.core.document;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@link VillageDecree} whose expiry ({@code validUntil}) and revocation ({@code revokedOn}) dates, when
 * present, are not before its issue date (RULES.md GAP-09).
 */
@Documented
@Constraint(validatedBy = ChronologicalDecreeValidator.class)
@Target({ElementType.TYPE, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ChronologicalDecree {
  /** @return message key */
  String message() default "{kim.decree.datesOutOfOrder}";

  /** @return groups */
  Class<?>[] groups() default {};

  /** @return payload */
  Class<? extends Payload>[] payload() default {};
}
