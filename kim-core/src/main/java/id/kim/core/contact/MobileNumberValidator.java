package id.kim.core.contact;

import id.kim.core.validation.constraints.IndonesianPhoneNumber;
import id.kim.core.validation.constraints.IndonesianPhoneNumberValidator;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link MobileNumber}. A number that is not a well-formed Indonesian number at all is left
 * to {@link IndonesianPhoneNumber}, so one defect gives one finding. Decided on the text as written,
 * without building the national number.
 */
public final class MobileNumberValidator implements ConstraintValidator<MobileNumber, PhoneNumber> {
  @Override
  public boolean isValid(PhoneNumber value, ConstraintValidatorContext context) {
    return value == null || IndonesianPhoneNumberValidator.isMobileOrMalformed(value.value());
  }
}
