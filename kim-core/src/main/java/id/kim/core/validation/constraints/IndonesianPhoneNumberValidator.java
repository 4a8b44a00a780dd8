package id.kim.core.validation.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.regex.Pattern;

/** Checks {@link IndonesianPhoneNumber}. */
public final class IndonesianPhoneNumberValidator implements ConstraintValidator<IndonesianPhoneNumber, String> {
  static final Pattern SEPARATORS = Pattern.compile("[\\s().-]");
  static final Pattern NUMBER = Pattern.compile("(?:\\+62|62|0)[1-9][0-9]{6,11}");

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    return value == null || NUMBER.matcher(SEPARATORS.matcher(value).replaceAll("")).matches();
  }
}
