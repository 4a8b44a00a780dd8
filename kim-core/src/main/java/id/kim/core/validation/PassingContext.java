package id.kim.core.validation;

import jakarta.validation.ClockProvider;
import jakarta.validation.ConstraintValidatorContext;

/**
 * The context a {@link QuickCheck} hands to constraint validators. A validator may switch off its
 * default message (some do so before deciding); anything else — building a message, reading the
 * template, the clock or Hibernate Validator's own context — means it is about to report a
 * violation or needs the full engine, so the quick check gives the decision back to Hibernate
 * Validator by throwing {@link QuickCheck.Undecided}.
 */
final class PassingContext implements ConstraintValidatorContext {
  static final PassingContext INSTANCE = new PassingContext();

  private PassingContext() {}

  @Override
  public void disableDefaultConstraintViolation() {
    // nothing is reported unless a violation is found, which the full engine then reports
  }

  @Override
  public String getDefaultConstraintMessageTemplate() {
    throw QuickCheck.Undecided.INSTANCE;
  }

  @Override
  public ClockProvider getClockProvider() {
    throw QuickCheck.Undecided.INSTANCE;
  }

  @Override
  public ConstraintViolationBuilder buildConstraintViolationWithTemplate(String messageTemplate) {
    throw QuickCheck.Undecided.INSTANCE;
  }

  @Override
  public <T> T unwrap(Class<T> type) {
    throw QuickCheck.Undecided.INSTANCE;
  }
}
