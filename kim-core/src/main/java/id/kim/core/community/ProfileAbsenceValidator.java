package id.kim.core.community;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Set;

/**
 * Checks {@link ConsistentAbsence} on a {@link KimProfile}: a Nomor Induk Komunitas recorded as none
 * and present (PROFILE-c), media recorded as none and listed (PROFILE-l).
 */
public final class ProfileAbsenceValidator implements ConstraintValidator<ConsistentAbsence, KimProfile> {
  @Override
  public boolean isValid(KimProfile value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    Set<KnownAbsence> none = value.recordedAsNone();
    if (none.isEmpty()) {
      return true;
    }
    boolean number = none.contains(KnownAbsence.COMMUNITY_NUMBER) && value.communityNumber().isPresent();
    boolean media = none.contains(KnownAbsence.MEDIA) && !value.media().isEmpty();
    if (!number && !media) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    if (number) {
      Contradictions.report(context, "communityNumber");
    }
    if (media) {
      Contradictions.report(context, "media");
    }
    return false;
  }
}
