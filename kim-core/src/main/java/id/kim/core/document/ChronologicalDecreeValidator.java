package id.kim.core.document;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Checks {@link ChronologicalDecree}; each out-of-order date is reported on its own field
 * ({@code validUntil}, {@code revokedOn}).
 */
public final class ChronologicalDecreeValidator implements ConstraintValidator<ChronologicalDecree, VillageDecree> {
  @Override
  public boolean isValid(VillageDecree value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    boolean expiryOk = notBefore(value.validUntil(), value.issuedOn());
    boolean revocationOk = notBefore(value.revokedOn(), value.issuedOn());
    if (!expiryOk) {
      context.buildConstraintViolationWithTemplate("{kim.decree.expiryBeforeIssue}")
          .addPropertyNode("validUntil").addConstraintViolation();
    }
    if (!revocationOk) {
      context.buildConstraintViolationWithTemplate("{kim.decree.revocationBeforeIssue}")
          .addPropertyNode("revokedOn").addConstraintViolation();
    }
    return expiryOk && revocationOk;
  }

  private static boolean notBefore(Optional<LocalDate> date, LocalDate issuedOn) {
    return date.map(d -> !d.isBefore(issuedOn)).orElse(true);
  }
}
