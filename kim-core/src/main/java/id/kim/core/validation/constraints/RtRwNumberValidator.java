package id.kim.core.validation.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link RtRwNumber}: one to three ASCII digits, not all zero (the former pattern
 * {@code 0{0,2}[1-9][0-9]{0,2}} within three characters), read without a regular expression.
 */
public final class RtRwNumberValidator implements ConstraintValidator<RtRwNumber, String> {
  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    if (value.isEmpty() || value.length() > 3) {
      return false;
    }
    boolean nonZero = false;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
      nonZero |= c != '0';
    }
    return nonZero;
  }
}
