package id.kim.rules.collaboration.campaign;

import id.kim.core.time.Period;
import id.kim.rules.collaboration.CampaignStage;
import id.kim.rules.collaboration.CollaborationModel;
import id.kim.rules.collaboration.CollaborationRejection;
import id.kim.rules.collaboration.RejectionReason;
import id.kim.rules.explain.Citation;
import id.kim.rules.explain.RuleId;
import io.vavr.control.Option;
import java.time.LocalDate;

/**
 * What each stage must contain, per model: a valid participation period ensured before it ends
 * (stage 1); a message, a theme and a format (stage 2); at least one medium, within the participation
 * period — for TYPE-A only KIM-managed media and with information literacy (stage 3).
 */
final class StepContent {
  private StepContent() {}

  static Option<CollaborationRejection> check(DisseminationCampaign c, CampaignStep step, LocalDate on) {
    CollaborationModel model = c.model();
    RuleId rule = step.stage().ruleId(model);
    Citation citation = step.stage().citation(model);
    if (step instanceof ParticipationEnsured participationEnsured) {
      return participation(participationEnsured, on, rule, citation);
    }
    if (step instanceof MaterialsCoDesigned materialsCoDesigned) {
      return materials(materialsCoDesigned, rule, citation);
    }
    return dissemination(c, (Disseminated) step, on, rule, citation);
  }

  private static Option<CollaborationRejection> participation(ParticipationEnsured p, LocalDate on, RuleId rule,
      Citation citation) {
    Period period = p.period();
    if (CampaignRules.invalid(period)) {
      return Option.of(CollaborationRejection.of(RejectionReason.INVALID_PERIOD, rule, citation, period.start(),
          period.end()));
    }
    if (on.isAfter(period.end())) {
      return Option.of(CollaborationRejection.of(RejectionReason.ENSURED_AFTER_PERIOD, rule, citation, on, period));
    }
    return Option.none();
  }

  private static Option<CollaborationRejection> materials(MaterialsCoDesigned m, RuleId rule, Citation citation) {
    if (m.message().isBlank()) {
      return Option.of(CampaignRules.blank(rule, citation, "pesan / message"));
    }
    if (m.theme().isBlank()) {
      return Option.of(CampaignRules.blank(rule, citation, "tema / theme"));
    }
    if (m.angle().exists(String::isBlank)) {
      return Option.of(CampaignRules.blank(rule, citation, "angle"));
    }
    if (m.formats().isEmpty()) {
      return Option.of(CollaborationRejection.of(RejectionReason.NO_FORMAT, rule, citation));
    }
    return Option.none();
  }

  private static Option<CollaborationRejection> dissemination(DisseminationCampaign c, Disseminated d, LocalDate on,
      RuleId rule, Citation citation) {
    CollaborationModel model = c.model();
    if (d.channels().isEmpty()) {
      return Option.of(CollaborationRejection.of(RejectionReason.NO_CHANNEL, rule, citation));
    }
    Option<DisseminationChannel> network = d.channels().find(ch -> ch.ownership() == MediumOwnership.NETWORK);
    if (!model.allowsNetworkMedia() && network.isDefined()) {
      return Option.of(CollaborationRejection.of(RejectionReason.NETWORK_MEDIUM_NOT_IN_MODEL, rule, citation,
          network.get()));
    }
    if (d.literacy().exists(String::isBlank)) {
      return Option.of(CampaignRules.blank(rule, citation, "literasi informasi / information literacy"));
    }
    if (model.hasLiteracyComponent() && d.literacy().isEmpty()) {
      return Option.of(CollaborationRejection.of(RejectionReason.LITERACY_MISSING, rule, citation));
    }
    Period period = c.participationPeriod().get();
    if (!period.contains(on)) {
      CampaignStage first = CampaignStage.PARTICIPATION_ENSURED;
      return Option.of(CollaborationRejection.of(RejectionReason.OUTSIDE_PARTICIPATION_PERIOD,
          first.ruleId(model), first.citation(model), on, period));
    }
    return Option.none();
  }
}
