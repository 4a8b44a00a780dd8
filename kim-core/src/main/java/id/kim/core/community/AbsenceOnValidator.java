package id.kim.core.community;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link AbsenceOn}: the fact is a profile fact exactly when the constraint asks for one. */
public final class AbsenceOnValidator implements ConstraintValidator<AbsenceOn, KnownAbsence> {
  private boolean profile;

  @Override
  public void initialize(AbsenceOn constraint) {
    profile = constraint.profile();
  }

  @Override
  public boolean isValid(KnownAbsence value, ConstraintValidatorContext context) {
    return value == null || value.isProfileFact() == profile;
  }
}
