package id.kim.core.validation.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link NotBlankWhenPresent}: absent ({@code null}) is fine, present must not be blank. */
public final class NotBlankWhenPresentValidator implements ConstraintValidator<NotBlankWhenPresent, CharSequence> {
  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    return value == null || !value.toString().isBlank();
  }
}
