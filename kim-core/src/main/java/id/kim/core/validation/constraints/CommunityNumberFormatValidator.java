package id.kim.core.validation.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.regex.Pattern;

/**
 * Checks {@link CommunityNumberFormat}; a 16-digit value gets the dedicated message
 * {@code kim.communityNumber.looksLikePopulationNik}.
 */
public final class CommunityNumberFormatValidator implements ConstraintValidator<CommunityNumberFormat, String> {
  private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9./ -]{0,39}");
  private static final Pattern POPULATION_NIK = Pattern.compile("[0-9]{16}");

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    String compact = value.replaceAll("[\\s./-]", "");
    if (POPULATION_NIK.matcher(compact).matches()) {
      context.disableDefaultConstraintViolation();
      context.buildConstraintViolationWithTemplate("{kim.communityNumber.looksLikePopulationNik}")
          .addConstraintViolation();
      return false;
    }
    return SHAPE.matcher(value).matches() && !value.isBlank() && value.equals(value.strip());
  }
}
