package id.kim.rules.collaboration.trial;

import id.kim.core.agency.Officer;
import id.kim.core.community.PartnershipPeriod;
import id.kim.rules.collaboration.CanonicalOrder;
import java.time.LocalDate;
import java.util.Comparator;
import org.immutables.value.Value;

/**
 * The final step, MODEL-A-VAL-3 or MODEL-B-VAL-4 — the designation (penetapan) of the KIM "untuk
 * periode tertentu": the day, the officer, and the partnership period with its programme or policy
 * (PROFILE-r). A designation cannot be built without a period.
 */
@Value.Immutable
public abstract class DesignationStep {

  /**
   * Precedence among designations: the later day counts (a later designation supersedes an earlier
   * one); on the same day, the earlier period start, then the earlier end, programme and officer.
   */
  static final Comparator<DesignationStep> PRECEDENCE = Comparator
      .comparing(DesignationStep::on)
      .thenComparing(d -> d.partnershipPeriod().period().start(), Comparator.reverseOrder())
      .thenComparing(d -> d.partnershipPeriod().period().end(), Comparator.reverseOrder())
      .thenComparing(d -> d.partnershipPeriod().programmeOrPolicy(), Comparator.reverseOrder())
      .thenComparing(DesignationStep::by, CanonicalOrder.OFFICER.reversed());

  /** @return the day of the designation */
  @Value.Parameter
  public abstract LocalDate on();

  /** @return the officer who recorded it */
  @Value.Parameter
  public abstract Officer by();

  /** @return the partnership period and the programme or policy it is for */
  @Value.Parameter
  public abstract PartnershipPeriod partnershipPeriod();

  /**
   * @param on the day of the designation
   * @param by the officer
   * @param partnershipPeriod the period and programme or policy
   * @return the step
   */
  public static DesignationStep of(LocalDate on, Officer by, PartnershipPeriod partnershipPeriod) {
    return ImmutableDesignationStep.of(on, by, partnershipPeriod);
  }

  @Override
  public String toString() {
    return "DesignationStep[" + on() + ", " + partnershipPeriod().period() + ", \""
        + partnershipPeriod().programmeOrPolicy() + "\"]";
  }
}
