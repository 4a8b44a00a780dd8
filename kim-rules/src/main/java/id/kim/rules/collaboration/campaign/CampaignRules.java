package id.kim.rules.collaboration.campaign;

import static id.kim.core.validation.MissingValueException.requireNonNull;

import id.kim.core.agency.Dinas;
import id.kim.core.agency.Officer;
import id.kim.core.community.KimProfile;
import id.kim.core.time.Period;
import id.kim.rules.collaboration.CampaignStage;
import id.kim.rules.collaboration.CollaborationModel;
import id.kim.rules.collaboration.CollaborationRejection;
import id.kim.rules.collaboration.CoordinationTable;
import id.kim.rules.collaboration.RejectionReason;
import id.kim.rules.explain.Citation;
import id.kim.rules.explain.RuleId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;

/**
 * The rules of a campaign's steps: plan, advance one stage, record feedback. Checks run in a fixed
 * order — who records, stage order, date order, then the stage's content — and the first refusal is
 * returned, so the same input always gives the same answer.
 */
final class CampaignRules {
  private CampaignRules() {}

  static Either<CollaborationRejection, DisseminationCampaign> plan(KimProfile kim, Dinas dinas, String programme) {
    requireNonNull(kim, "kim");
    requireNonNull(dinas, "dinas");
    requireNonNull(programme, "programmeOrPolicy");
    Option<CollaborationModel> model = CollaborationModel.forProfile(kim);
    if (model.isEmpty()) {
      return Either.left(CollaborationRejection.of(RejectionReason.TYPE_UNKNOWN, CollaborationModel.MODEL_GEN_2,
          CollaborationModel.modelChoiceCitation(), kim.name()));
    }
    if (programme.isBlank()) {
      return Either.left(blank(CollaborationModel.MODEL_GEN_1, CollaborationModel.informationFlowCitation(),
          "program atau kebijakan / programme or policy"));
    }
    return Either.right(ImmutableDisseminationCampaign.builder().kim(kim).dinas(dinas)
        .programmeOrPolicy(programme).model(model.get()).build());
  }

  static Either<CollaborationRejection, DisseminationCampaign> advance(DisseminationCampaign c, CampaignStep step,
      LocalDate on, Officer by) {
    requireNonNull(step, "step");
    requireNonNull(on, "on");
    requireNonNull(by, "by");
    CollaborationModel model = c.model();
    CampaignStage attempted = step.stage();
    if (!by.dinas().equals(c.dinas())) {
      return Either.left(CollaborationRejection.of(RejectionReason.OTHER_DINAS, CollaborationModel.MODEL_GEN_1,
          CollaborationModel.informationFlowCitation(), by.dinas().name(), c.dinas().name()));
    }
    Option<CampaignStage> expected = c.nextStage();
    if (expected.isEmpty() || attempted.compareTo(expected.get()) < 0) {
      int done = c.stage().map(CampaignStage::number).getOrElse(0);
      return Either.left(CollaborationRejection.of(RejectionReason.STAGE_ALREADY_RECORDED, attempted.ruleId(model),
          attempted.citation(model), attempted.number(), done));
    }
    if (attempted.compareTo(expected.get()) > 0) {
      return Either.left(CollaborationRejection.of(RejectionReason.STAGE_SKIPPED, expected.get().ruleId(model),
          expected.get().citation(model), attempted.number(), expected.get().number()));
    }
    Option<StageRecord> previous = c.history().lastOption();
    if (previous.isDefined() && on.isBefore(previous.get().on())) {
      return Either.left(CollaborationRejection.of(RejectionReason.DATED_BEFORE_PREVIOUS_STAGE,
          attempted.ruleId(model), attempted.citation(model), attempted.number(), on, previous.get().stage().number(),
          previous.get().on()));
    }
    Option<CollaborationRejection> content = StepContent.check(c, step, on);
    if (content.isDefined()) {
      return Either.left(content.get());
    }
    return Either.right(ImmutableDisseminationCampaign.builder().from(c)
        .history(c.history().append(StageRecord.of(step, on, by))).build());
  }

  static Either<CollaborationRejection, DisseminationCampaign> recordFeedback(DisseminationCampaign c,
      KimFeedback feedback) {
    requireNonNull(feedback, "feedback");
    if (!feedback.recordedBy().dinas().equals(c.dinas())) {
      return Either.left(CollaborationRejection.of(RejectionReason.OTHER_DINAS, CoordinationTable.MODEL_A_T42,
          CoordinationTable.citation(), feedback.recordedBy().dinas().name(), c.dinas().name()));
    }
    if (feedback.content().isBlank()) {
      return Either.left(blank(CoordinationTable.MODEL_A_T42, feedback.kind().citation(),
          "isi umpan balik / feedback content"));
    }
    return Either.right(ImmutableDisseminationCampaign.builder().from(c)
        .feedback(c.feedback().append(feedback).sorted(KimFeedback.ORDER)).build());
  }

  static void checkInvariants(DisseminationCampaign c) {
    if (c.kim().type().isEmpty() || CollaborationModel.forType(c.kim().type().get()) != c.model()) {
      throw new IllegalStateException("campaign model " + c.model() + " does not follow the KIM's type (MODEL-GEN-2)");
    }
    LocalDate last = LocalDate.MIN;
    for (int i = 0; i < c.history().size(); i++) {
      StageRecord r = c.history().get(i);
      if (r.stage().number() != i + 1 || r.on().isBefore(last)) {
        throw new IllegalStateException("campaign history " + c.history() + " is not stage 1, 2, 3 in time order");
      }
      last = r.on();
    }
  }

  static CollaborationRejection blank(RuleId rule, Citation citation, String field) {
    return CollaborationRejection.of(RejectionReason.BLANK_TEXT, rule, citation, field);
  }

  static boolean invalid(Period p) {
    return p.end().isBefore(p.start());
  }

}
