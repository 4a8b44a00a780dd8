package id.kim.core.region;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link CodeOfLevel}: an absent code holds; a present one must be of the declared level. */
public final class CodeOfLevelValidator implements ConstraintValidator<CodeOfLevel, RegionCode> {
  private RegionLevel level;

  @Override
  public void initialize(CodeOfLevel annotation) {
    this.level = annotation.value();
  }

  @Override
  public boolean isValid(RegionCode code, ConstraintValidatorContext context) {
    return code == null || code.level() == level;
  }
}
