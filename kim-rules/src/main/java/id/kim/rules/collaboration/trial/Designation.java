package id.kim.rules.collaboration.trial;

import id.kim.core.agency.Dinas;
import id.kim.core.agency.Officer;
import id.kim.core.community.KimProfile;
import id.kim.core.community.PartnershipPeriod;
import id.kim.core.time.Period;
import id.kim.rules.collaboration.CollaborationModel;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The outcome of the model's trial and validation: the KIM designated (ditetapkan) by the Dinas to
 * coordinate, participate and collaborate in dissemination "untuk periode tertentu" (MODEL-A-VAL-3,
 * MODEL-B-VAL-4) — who, for which period, for which programme or policy, under which model, when and
 * by whom. This is what a lifecycle's "designate" event (RULES.md §3, T4) needs; the lifecycle still
 * checks its own guards (legality, qualifications, selection).
 */
@Value.Immutable
public abstract class Designation {

  /** @return the KIM designated */
  public abstract KimProfile kim();

  /** @return the model it was designated under */
  public abstract CollaborationModel model();

  /** @return the partnership period and its programme or policy (PROFILE-r) */
  public abstract PartnershipPeriod partnershipPeriod();

  /** @return the day of the designation */
  public abstract LocalDate designatedOn();

  /** @return the officer who recorded it */
  public abstract Officer designatedBy();

  static Designation of(KimProfile kim, CollaborationModel model, DesignationStep step) {
    return ImmutableDesignation.builder().kim(kim).model(model).partnershipPeriod(step.partnershipPeriod())
        .designatedOn(step.on()).designatedBy(step.by()).build();
  }

  /** @return the Dinas that designated the KIM (the officer's) */
  public Dinas dinas() {
    return designatedBy().dinas();
  }

  /** @return the period, both days inclusive */
  public Period period() {
    return partnershipPeriod().period();
  }

  /** @return the programme or policy */
  public String programmeOrPolicy() {
    return partnershipPeriod().programmeOrPolicy();
  }

  /** @return the step that records it, MODEL-A-VAL-3 or MODEL-B-VAL-4 */
  public ValidationStep step() {
    return ValidationStep.designationOf(model());
  }

  @Override
  public String toString() {
    return "Designation[" + kim().name() + kim().communityNumber().map(n -> " (" + n.printable() + ")").orElse("")
        + ", " + period() + ", \"" + programmeOrPolicy() + "\", " + step().ruleId() + ", on " + designatedOn() + "]";
  }
}
