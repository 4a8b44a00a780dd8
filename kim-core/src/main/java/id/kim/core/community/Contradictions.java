package id.kim.core.community;

import jakarta.validation.ConstraintValidatorContext;

/** Reports a fact recorded as none while its value is present, on the field holding the value. */
final class Contradictions {
  static final String TEMPLATE = "{kim.absence.contradicted}";

  private Contradictions() {}

  static void report(ConstraintValidatorContext context, String field) {
    context.buildConstraintViolationWithTemplate(TEMPLATE).addPropertyNode(field).addConstraintViolation();
  }
}
