package id.kim.core.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the juknis rule (an ID of RULES.md, e.g. {@code "PROFILE-i"}) that an attribute records, so
 * that a {@link FieldViolation} on it can cite the rule. The outermost annotated attribute on a
 * violation's path is cited.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface JuknisField {
  /** @return the rule ID */
  String value();
}
