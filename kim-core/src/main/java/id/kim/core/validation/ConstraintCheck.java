package id.kim.core.validation;

import jakarta.validation.ConstraintValidator;

/**
 * One constraint of a {@link QuickCheck} plan: the same validator class Hibernate Validator picks
 * for the constraint and the declared type, initialised with the same annotation — tried after a
 * regex-free {@link Shortcut} where kim-core's expression has one.
 */
final class ConstraintCheck {
  private final Shortcut shortcut;
  private final ConstraintValidator<?, Object> validator;

  ConstraintCheck(Shortcut shortcut, ConstraintValidator<?, Object> validator) {
    this.shortcut = shortcut;
    this.validator = validator;
  }

  /**
   * @param value the value (null for an absent {@code Optional} element, as Hibernate Validator passes it)
   * @return true if the constraint holds
   * @throws QuickCheck.Undecided if the validator wants to report anything
   */
  boolean holds(Object value) {
    return shortcut.accepts(value) || validator.isValid(value, PassingContext.INSTANCE);
  }
}
