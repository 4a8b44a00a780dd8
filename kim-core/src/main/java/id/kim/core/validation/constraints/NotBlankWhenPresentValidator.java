package id.kim.core.validation.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link NotBlankWhenPresent}: {@code null} is valid (absent), blank text is not. */
public final class NotBlankWhenPresentValidator implements ConstraintValidator<NotBlankWhenPresent, CharSequence> {
  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    return value == null || !value.toString().isBlank();
  }
}
