package id.kim.rules.collaboration.trial;

import static id.kim.core.validation.MissingValueException.requireNonNull;

import id.kim.core.agency.Dinas;
import id.kim.core.agency.Officer;
import id.kim.core.community.KimProfile;
import id.kim.core.community.PartnershipPeriod;
import id.kim.rules.collaboration.CollaborationModel;
import id.kim.rules.collaboration.CollaborationRejection;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The checklist of the model's trial and validation with one KIM (uji coba dan validasi model,
 * juknis IV.B): the ordered {@linkplain #steps() steps} of its model — MODEL-A-VAL-1..3 for TYPE-A,
 * MODEL-B-VAL-1..4 for TYPE-B — and what the Dinas has recorded for them.
 *
 * <p>Steps may be recorded in any order and more than once; nothing recorded is ever removed. The
 * {@linkplain #evaluate(LocalDate, ValidationPolicy) evaluation} reads, for each step, the entry that
 * counts as of a date (the latest by the step's documented precedence), so it never depends on the
 * order of recording. Every step is optional except the designation with a period (GAP-28).
 */
@Value.Immutable
public abstract class ValidationChecklist {

  /** @return the KIM being trialled */
  public abstract KimProfile kim();

  /** @return the Dinas running the trial */
  public abstract Dinas dinas();

  /** @return the model, chosen by the KIM's type (MODEL-GEN-2) */
  public abstract CollaborationModel model();

  /** @return the optional steps recorded, in the order of recording */
  @Value.Default
  public Seq<ValidationEntry> entries() {
    return List.empty();
  }

  /** @return the designations recorded, in the order of recording */
  @Value.Default
  public Seq<DesignationStep> designations() {
    return List.empty();
  }

  /**
   * @param kim the KIM; its type (PROFILE-b) must be recorded
   * @param dinas the Dinas running the trial
   * @return an empty checklist for the KIM's model, or why there can be none
   */
  public static Either<CollaborationRejection, ValidationChecklist> start(KimProfile kim, Dinas dinas) {
    return ChecklistRules.start(kim, dinas);
  }

  /** @return the model's steps, in the juknis' order; only the last is required */
  public Seq<ValidationStep> steps() {
    return ValidationStep.of(model());
  }

  /**
   * @param entry an optional step done, of this checklist's model, recorded by an officer of its Dinas
   * @return the checklist with the entry, or why it was refused (this checklist is unchanged)
   */
  public Either<CollaborationRejection, ValidationChecklist> record(ValidationEntry entry) {
    return ChecklistRules.record(this, entry);
  }

  /**
   * @param step the designation, by an officer of this checklist's Dinas, with a valid period and a programme
   * @return the checklist with the designation, or why it was refused
   */
  public Either<CollaborationRejection, ValidationChecklist> designate(DesignationStep step) {
    return ChecklistRules.designate(this, step);
  }

  /**
   * @param on the day of the designation
   * @param by the officer
   * @param period the partnership period and its programme or policy
   * @return the checklist with the designation, or why it was refused
   */
  public Either<CollaborationRejection, ValidationChecklist> designate(LocalDate on, Officer by,
      PartnershipPeriod period) {
    return designate(DesignationStep.of(on, by, period));
  }

  /**
   * @param asOf the day as of which to read the checklist; entries dated later are not yet done
   * @param policy the example durations and warnings to apply
   * @return one finding per step (plus advisory warnings) and the designation, if any
   */
  public ValidationEvaluation evaluate(LocalDate asOf, ValidationPolicy policy) {
    return ChecklistEvaluator.evaluate(this, requireNonNull(asOf, "asOf"), requireNonNull(policy, "policy"));
  }

  /**
   * @param asOf the day as of which to read the checklist
   * @return the evaluation under the juknis' example durations
   */
  public ValidationEvaluation evaluate(LocalDate asOf) {
    return evaluate(asOf, ValidationPolicy.juknisExamples());
  }

  @Override
  public String toString() {
    return "ValidationChecklist[" + kim().name() + ", " + model() + ", " + entries().size() + " entries, "
        + designations().size() + " designations]";
  }
}
