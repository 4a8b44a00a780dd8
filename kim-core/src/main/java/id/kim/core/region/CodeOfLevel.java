package id.kim.core.region;

import id.kim.core.validation.JuknisField;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The Kemendagri code recorded on a region is of that region's level (REGION-CODE-1): a provinsi's
 * code has 2 digits, a kabupaten/kota's 4, a kecamatan's 6 and a kelurahan/desa's 10 — a 4-digit
 * code on a village names a kabupaten, not the village. Well-formedness itself is guaranteed by
 * {@link RegionCode#parse}; this constraint checks the level. Cited as REGION-CODE-1 wherever used.
 */
@Documented
@JuknisField("REGION-CODE-1")
@Constraint(validatedBy = CodeOfLevelValidator.class)
@Target({ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface CodeOfLevel {
  /** @return the level the code must name */
  RegionLevel value();

  /** @return message key, one per level so that it can say how many digits are expected */
  String message();

  /** @return groups */
  Class<?>[] groups() default {};

  /** @return payload */
  Class<? extends Payload>[] payload() default {};
}
