package id.kim.core.time;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link ChronologicalPeriod}; the finding is reported on the {@code end} field. */
public final class ChronologicalPeriodValidator implements ConstraintValidator<ChronologicalPeriod, Period> {
  @Override
  public boolean isValid(Period value, ConstraintValidatorContext context) {
    if (value == null || !value.end().isBefore(value.start())) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
        .addPropertyNode("end").addConstraintViolation();
    return false;
  }
}
