package id.kim.core.region;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Optional;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Checks {@link NestedCodes} on a {@link Village}, {@link District} or {@link RegencyCity}: the
 * region's code lies within the code of the region recorded directly above it, when both have a code
 * of their own level. A violation is reported on {@code code}, with the region's code as the rejected
 * value (the region's text holds no code) and a message naming the parent's level.
 */
public final class NestedCodesValidator implements ConstraintValidator<NestedCodes, Object> {

  @Override
  public boolean isValid(Object region, ConstraintValidatorContext context) {
    if (region == null) {
      return true;
    }
    Optional<RegionCode> own;
    Optional<RegionCode> parent;
    String parentKey;
    if (region instanceof Village v) {
      own = v.code().filter(c -> c.level() == RegionLevel.VILLAGE);
      parent = v.district().code().filter(c -> c.level() == RegionLevel.DISTRICT);
      parentKey = "{kim.region.code.notWithinDistrict}";
    } else if (region instanceof District d) {
      own = d.code().filter(c -> c.level() == RegionLevel.DISTRICT);
      parent = d.regencyCity().flatMap(RegencyCity::code).filter(c -> c.level() == RegionLevel.REGENCY_CITY);
      parentKey = "{kim.region.code.notWithinRegencyCity}";
    } else if (region instanceof RegencyCity r) {
      own = r.code().filter(c -> c.level() == RegionLevel.REGENCY_CITY);
      parent = r.province().code().filter(c -> c.level() == RegionLevel.PROVINCE);
      parentKey = "{kim.region.code.notWithinProvince}";
    } else {
      return true;
    }
    // a code of the wrong level is REGION-CODE-1's finding (CodeOfLevel), so no finding is doubled
    if (own.isEmpty() || parent.isEmpty() || own.get().isWithin(parent.get())) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    context.unwrap(HibernateConstraintValidatorContext.class)
        .withDynamicPayload(own.get())
        .buildConstraintViolationWithTemplate(parentKey)
        .addPropertyNode("code")
        .addConstraintViolation();
    return false;
  }

}
