package id.kim.rules.collaboration.trial;

import id.kim.core.agency.Officer;
import java.time.LocalDate;

/**
 * One recorded optional step of the model's trial and validation: what was observed or processed,
 * the day, and the officer. The kinds are all there are; the final designation is recorded
 * separately as a {@link DesignationStep}.
 */
public sealed interface ValidationEntry
    permits ParticipationMonitoring, ReadinessFeedback, CommitmentMonitoring, SupportFeedback, ProductionTrial {

  /** @return the step this entry records */
  ValidationStep step();

  /** @return the day the step was done */
  LocalDate on();

  /** @return the officer who recorded it */
  Officer by();
}
