package id.kim.rules.collaboration.trial;

import static id.kim.core.validation.MissingValueException.requireNonNull;

import id.kim.core.agency.Dinas;
import id.kim.core.agency.Officer;
import id.kim.core.community.KimProfile;
import id.kim.core.time.Period;
import id.kim.rules.collaboration.CollaborationModel;
import id.kim.rules.collaboration.CollaborationRejection;
import id.kim.rules.collaboration.RejectionReason;
import id.kim.rules.explain.Citation;
import id.kim.rules.explain.RuleId;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * What a checklist accepts: entries of its own model, recorded by officers of its Dinas, with valid
 * content. Acceptance depends only on the entry and the checklist's KIM, Dinas and model — never on
 * what was recorded before — so the same entries are accepted in any order.
 */
final class ChecklistRules {
  private ChecklistRules() {}

  static Either<CollaborationRejection, ValidationChecklist> start(KimProfile kim, Dinas dinas) {
    requireNonNull(kim, "kim");
    requireNonNull(dinas, "dinas");
    return CollaborationModel.forProfile(kim)
        .<Either<CollaborationRejection, ValidationChecklist>>map(model -> Either.right(
            ImmutableValidationChecklist.builder().kim(kim).dinas(dinas).model(model).build()))
        .getOrElse(() -> Either.left(CollaborationRejection.of(RejectionReason.TYPE_UNKNOWN,
            CollaborationModel.MODEL_GEN_2, CollaborationModel.modelChoiceCitation(), kim.name())));
  }

  static Either<CollaborationRejection, ValidationChecklist> record(ValidationChecklist c, ValidationEntry e) {
    requireNonNull(e, "entry");
    ValidationStep step = e.step();
    if (step.model() != c.model()) {
      return Either.left(CollaborationRejection.of(RejectionReason.STEP_OF_OTHER_MODEL, step.ruleId(),
          step.citation(), c.model().kimType().label(), step.model().kimType().label()));
    }
    Option<CollaborationRejection> problem = officer(c, e.by(), step).orElse(() -> content(e));
    return problem.isDefined() ? Either.left(problem.get())
        : Either.right(ImmutableValidationChecklist.builder().from(c).entries(c.entries().append(e)).build());
  }

  static Either<CollaborationRejection, ValidationChecklist> designate(ValidationChecklist c, DesignationStep d) {
    requireNonNull(d, "step");
    ValidationStep step = ValidationStep.designationOf(c.model());
    Period period = d.partnershipPeriod().period();
    Option<CollaborationRejection> problem = officer(c, d.by(), step)
        .orElse(() -> invalidPeriod(period, step))
        .orElse(() -> blank(d.partnershipPeriod().programmeOrPolicy(), step,
            "program atau kebijakan / programme or policy"));
    return problem.isDefined() ? Either.left(problem.get())
        : Either.right(ImmutableValidationChecklist.builder().from(c).designations(c.designations().append(d)).build());
  }

  private static Option<CollaborationRejection> officer(ValidationChecklist c, Officer by, ValidationStep step) {
    return by.dinas().equals(c.dinas()) ? Option.none()
        : Option.of(CollaborationRejection.of(RejectionReason.OTHER_DINAS, step.ruleId(), step.citation(),
            by.dinas().name(), c.dinas().name()));
  }

  private static Option<CollaborationRejection> content(ValidationEntry e) {
    ValidationStep step = e.step();
    if (e instanceof ParticipationMonitoring m) {
      return blankAny(m.issues(), step, "isu / issue").orElse(() -> blankNote(m.note(), step));
    }
    if (e instanceof ReadinessFeedback readinessFeedback) {
      return blankNote(readinessFeedback.note(), step);
    }
    if (e instanceof CommitmentMonitoring commitmentMonitoring) {
      return commitmentMonitoring
          .empowermentField()
          .flatMap(f -> blank(f, step, "bidang pemberdayaan / field of empowerment"));
    }
    if (e instanceof SupportFeedback supportFeedback) {
      return blankNote(supportFeedback.note(), step);
    }
    ProductionTrial t = (ProductionTrial) e;
    return invalidPeriod(t.trialPeriod(), step).orElse(() -> t.scheduled() < 1 || t.produced() < 0
        ? Option.of(CollaborationRejection.of(RejectionReason.INVALID_COUNT, step.ruleId(), step.citation(),
            t.scheduled(), t.produced()))
        : Option.none());
  }

  private static Option<CollaborationRejection> invalidPeriod(Period p, ValidationStep step) {
    return p.end().isBefore(p.start())
        ? Option.of(CollaborationRejection.of(RejectionReason.INVALID_PERIOD, step.ruleId(), step.citation(),
            p.start(), p.end()))
        : Option.none();
  }

  private static Option<CollaborationRejection> blankAny(Seq<String> texts, ValidationStep step, String field) {
    return texts.find(String::isBlank).flatMap(t -> blank(t, step, field));
  }

  private static Option<CollaborationRejection> blankNote(Option<String> note, ValidationStep step) {
    return note.flatMap(n -> blank(n, step, "catatan / note"));
  }

  private static Option<CollaborationRejection> blank(String text, ValidationStep step, String field) {
    RuleId rule = step.ruleId();
    Citation citation = step.citation();
    return text.isBlank()
        ? Option.of(CollaborationRejection.of(RejectionReason.BLANK_TEXT, rule, citation, field))
        : Option.none();
  }
}
