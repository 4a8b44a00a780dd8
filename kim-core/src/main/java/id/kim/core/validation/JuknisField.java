package id.kim.core.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the juknis rule (an ID of RULES.md, e.g. {@code "PROFILE-i"}) that an attribute records, so
 * that a {@link FieldViolation} on it can cite the rule. The outermost annotated attribute on a
 * violation's path is cited. On a constraint annotation it names the rule the constraint itself
 * checks (e.g. REGION-CODE-1 on {@code CodeOfLevel}), cited wherever the constraint is used, before
 * any attribute's rule.
 */
@Documented
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface JuknisField {
  /** @return the rule ID */
  String value();
}
