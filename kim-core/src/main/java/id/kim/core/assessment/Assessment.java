package id.kim.core.assessment;

import id.kim.core.validation.constraints.NotBlankWhenPresent;
import id.kim.core.agency.Officer;
import id.kim.core.validation.MissingValueException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A recorded judgement (penilaian) of a Dinas officer about one criterion of one KIM: who assessed,
 * when, what they concluded and why. Assessments settle the requirements that are not data —
 * recognition, reputation, understanding, resources (QUAL-1..7, MAP-ENTRY-1; RULES.md GAP-07).
 * An assessment counts from its day on, and only until its optional expiry.
 */
@Value.Immutable
public abstract class Assessment {

  /** @return the criterion judged */
  public abstract AssessedCriterion criterion();

  /** @return met or not met */
  public abstract AssessmentResult result();

  /** @return the officer who assessed */
  @Valid
  public abstract Officer assessedBy();

  /** @return the day of the assessment */
  public abstract LocalDate assessedOn();

  /** @return the last day the assessment may be relied on, if the Dinas limits it */
  public abstract Optional<LocalDate> validUntil();

  /** @return the officer's reasons or the evidence seen */
  public abstract Optional<@NotBlankWhenPresent @Size(max = 2000, message = "{kim.text.tooLong}") String> note();

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @param date the as-of day
   * @return true if the assessment had been made by that day and has not expired
   */
  public boolean isApplicableOn(LocalDate date) {
    MissingValueException.requireNonNull(date, "date");
    Optional<LocalDate> until = validUntil();
    return !assessedOn().isAfter(date) && (until.isEmpty() || !date.isAfter(until.get()));
  }

  /** Builds an {@link Assessment}. */
  public static final class Builder extends ImmutableAssessment.Builder {}
}
