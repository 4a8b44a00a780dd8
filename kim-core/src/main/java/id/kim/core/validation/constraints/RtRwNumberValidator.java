package id.kim.core.validation.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.regex.Pattern;

/** Checks {@link RtRwNumber}. */
public final class RtRwNumberValidator implements ConstraintValidator<RtRwNumber, String> {
  private static final Pattern NUMBER = Pattern.compile("0{0,2}[1-9][0-9]{0,2}");

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    return value == null || (value.length() <= 3 && NUMBER.matcher(value).matches());
  }
}
