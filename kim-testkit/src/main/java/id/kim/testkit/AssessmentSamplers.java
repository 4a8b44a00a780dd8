package id.kim.testkit;

import id.kim.core.agency.Officer;
import id.kim.core.assessment.AssessedCriterion;
import id.kim.core.assessment.Assessment;
import id.kim.core.assessment.AssessmentResult;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Recorded judgements of Dinas officers (QUAL-1..7, MAP-ENTRY-1, TERM-6; GAP-07), expiry never
 * before the day of assessment.
 */
public final class AssessmentSamplers {
  private AssessmentSamplers() {}

  /** @return an assessment of any criterion and result by some officer */
  public static Sampler<Assessment> assessment() {
    return d -> assessmentBy(AgencySamplers.officer().sample(d), d.pick(AssessedCriterion.class),
        d.pick(AssessmentResult.class), TimeSamplers.EARLIEST, TimeSamplers.LATEST).sample(d);
  }

  /**
   * @param officer who assesses
   * @param criterion what
   * @param result met or not
   * @param from earliest day of assessment
   * @param to latest day of assessment
   * @return an assessment made in {@code [from, to]}, sometimes limited in time, often with a note
   */
  static Sampler<Assessment> assessmentBy(Officer officer, AssessedCriterion criterion, AssessmentResult result,
      LocalDate from, LocalDate to) {
    return d -> {
      LocalDate on = d.date(from, to);
      return Assessment.builder()
          .criterion(criterion)
          .result(result)
          .assessedBy(officer)
          .assessedOn(on)
          .validUntil(Sampler.optional(dd -> on.plusDays(dd.between(0, 2 * 366)), 40).sample(d))
          .note(Sampler.optional(dd -> dd.pick(Vocabulary.ASSESSMENT_NOTES), 70).sample(d))
          .build();
    };
  }

  /**
   * @param officer who assesses
   * @param criterion what
   * @param asOf the as-of day
   * @return a MET assessment applicable on {@code asOf}: made within the year before, not expired
   */
  static Sampler<Assessment> metOn(Officer officer, AssessedCriterion criterion, LocalDate asOf) {
    return d -> {
      LocalDate on = d.date(asOf.minusYears(1), asOf);
      Optional<LocalDate> until = Sampler.optional(dd -> asOf.plusDays(dd.between(0, 366)), 40).sample(d);
      return Assessment.builder()
          .criterion(criterion)
          .result(AssessmentResult.MET)
          .assessedBy(officer)
          .assessedOn(on)
          .validUntil(until)
          .note(Sampler.optional(dd -> dd.pick(Vocabulary.ASSESSMENT_NOTES), 70).sample(d))
          .build();
    };
  }
}
