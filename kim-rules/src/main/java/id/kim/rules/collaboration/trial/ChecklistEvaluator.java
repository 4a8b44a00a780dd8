package id.kim.rules.collaboration.trial;

import id.kim.rules.explain.Finding;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Comparator;

/**
 * Reads a checklist as of a date: for each step, in the juknis' order, the entry that counts (the
 * maximum by the step's precedence among entries dated on or before the date), its finding, and a
 * warning when that entry is dated before an earlier-numbered step was first recorded (a step done
 * again later, e.g. continued monitoring, is no warning). A pure function of the checklist's content,
 * the date and the policy.
 */
final class ChecklistEvaluator {
  private ChecklistEvaluator() {}

  static ValidationEvaluation evaluate(ValidationChecklist c, LocalDate asOf, ValidationPolicy policy) {
    Seq<Finding> findings = List.empty();
    Seq<Tuple2<ValidationStep, LocalDate>> done = List.empty();
    Option<DesignationStep> designation = Option.none();
    for (ValidationStep step : c.steps()) {
      Option<LocalDate> on;
      Option<LocalDate> first;
      if (step.isDesignation()) {
        Seq<DesignationStep> made = c.designations().filter(d -> !d.on().isAfter(asOf));
        designation = made.maxBy(DesignationStep.PRECEDENCE);
        findings = findings.appendAll(DesignationFindings.of(c.model(), step, designation, policy));
        on = designation.map(DesignationStep::on);
        first = made.map(DesignationStep::on).min();
      } else {
        Option<? extends ValidationEntry> entry = latest(c, step, asOf);
        findings = findings.append(StepFindings.of(step, entry, asOf, policy));
        on = entry.map(ValidationEntry::on);
        first = c.entries().filter(e -> e.step() == step && !e.on().isAfter(asOf)).map(ValidationEntry::on).min();
      }
      if (on.isDefined()) {
        findings = findings.appendAll(StepFindings.order(step, on.get(), done));
        done = done.append(Tuple.of(step, first.get()));
      }
    }
    return ValidationEvaluation.of(c, asOf, policy, findings,
        designation.map(d -> Designation.of(c.kim(), c.model(), d)));
  }

  private static Option<? extends ValidationEntry> latest(ValidationChecklist c, ValidationStep step, LocalDate asOf) {
    return switch (step) {
      case A_MONITOR_PARTICIPATION ->
          latest(c, ParticipationMonitoring.class, asOf, ParticipationMonitoring.PRECEDENCE);
      case A_PROCESS_FEEDBACK ->
          latest(c, ReadinessFeedback.class, asOf, ReadinessFeedback.PRECEDENCE);
      case B_MONITOR_COMMITMENT ->
          latest(c, CommitmentMonitoring.class, asOf, CommitmentMonitoring.PRECEDENCE);
      case B_PROCESS_FEEDBACK -> latest(c, SupportFeedback.class, asOf, SupportFeedback.PRECEDENCE);
      case B_MONITOR_PRODUCTION ->
          latest(c, ProductionTrial.class, asOf, ProductionTrial.PRECEDENCE);
      default ->
          throw new IllegalArgumentException(
              "step " + step + " is a designation, recorded as a DesignationStep");
    };
  }

  private static <T extends ValidationEntry> Option<T> latest(ValidationChecklist c, Class<T> type, LocalDate asOf,
      Comparator<T> precedence) {
    return c.entries().filter(type::isInstance).map(type::cast).filter(e -> !e.on().isAfter(asOf)).maxBy(precedence);
  }
}
