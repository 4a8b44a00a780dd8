package id.kim.core.validation;

import jakarta.validation.ConstraintValidator;

/**
 * One constraint of a {@link QuickCheck} plan: the same validator class Hibernate Validator picks
 * for the constraint and the declared type, initialised with the same annotation.
 */
final class ConstraintCheck {
  private final ConstraintValidator<?, Object> validator;

  ConstraintCheck(ConstraintValidator<?, Object> validator) {
    this.validator = validator;
  }

  /**
   * @param value the value (null for an absent {@code Optional} element, as Hibernate Validator passes it)
   * @return true if the constraint holds
   * @throws QuickCheck.Undecided if the validator wants to report anything
   */
  boolean holds(Object value) {
    return validator.isValid(value, PassingContext.INSTANCE);
  }
}
