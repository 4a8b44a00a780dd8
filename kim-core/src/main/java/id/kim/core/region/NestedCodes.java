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
 * The codes of a region and of the region recorded above it nest (REGION-CODE-3, the part that needs
 * no register): a kelurahan/desa's code lies within its kecamatan's, a kecamatan's within its
 * kabupaten/kota's, a kabupaten/kota's within its provinsi's — {@code 51.01.03.2006} within
 * {@code 51.01.03} within {@code 51.01} within {@code 51}. Checked only where both have a code (a
 * parent without one is checked against the register by name, REGION-CODE-4); a code of the wrong
 * level is REGION-CODE-1's finding, not this one's. Reported on the lower region's {@code code}, cited
 * as REGION-CODE-3 wherever used.
 */
@Documented
@JuknisField("REGION-CODE-3")
@Constraint(validatedBy = NestedCodesValidator.class)
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface NestedCodes {
  /**
   * @return no default text: the validator always reports with the key that names the parent's level
   *     ({@code kim.region.code.notWithinDistrict}, {@code …notWithinRegencyCity}, {@code …notWithinProvince})
   */
  String message() default "";

  /** @return groups */
  Class<?>[] groups() default {};

  /** @return payload */
  Class<? extends Payload>[] payload() default {};
}
