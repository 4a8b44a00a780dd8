package id.kim.rules.collaboration.campaign;

import static id.kim.rules.collaboration.campaign.CampaignGenerators.attemptSequences;
import static id.kim.rules.collaboration.campaign.CampaignGenerators.attempts;
import static id.kim.rules.collaboration.campaign.CampaignGenerators.types;
import static org.quicktheories.QuickTheory.qt;

import id.kim.core.community.KimType;
import id.kim.rules.collaboration.CampaignStage;
import id.kim.rules.collaboration.CollaborationRejection;
import id.kim.rules.collaboration.Fixtures;
import id.kim.rules.collaboration.RejectionReason;
import id.kim.rules.collaboration.campaign.CampaignGenerators.Attempt;
import io.vavr.collection.List;
import io.vavr.control.Either;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("MODEL-A-STAGE-1..3, MODEL-B-STAGE-1..3 — laws of the stage order")
class CampaignPropertiesTest {

  private static DisseminationCampaign run(KimType type, java.util.List<Attempt> attempts) {
    DisseminationCampaign c = CampaignSamples.planned(Fixtures.kim(type));
    for (Attempt a : attempts) {
      c = c.advance(a.step, a.on, a.by).getOrElse(c);
    }
    return c;
  }

  @Test
  @DisplayName(
      "MODEL-A-STAGE-1..3 / MODEL-B-STAGE-1..3: for any sequence of steps the history is stage 1, 2, 3 … in time order")
  void historyIsAlwaysAnOrderedPrefix() {
    qt().forAll(types(), attemptSequences()).check((type, attempts) -> {
      DisseminationCampaign c = run(type, attempts);
      List<CampaignStage> stages = c.history().map(StageRecord::stage).toList();
      List<LocalDate> dates = c.history().map(StageRecord::on).toList();
      return stages.equals(List.of(CampaignStage.values()).take(stages.size()))
          && dates.equals(dates.sorted())
          && c.history().forAll(r -> r.by().dinas().equals(Fixtures.DINAS));
    });
  }

  @Test
  @DisplayName(
      "MODEL-A-STAGE-1..3 / MODEL-B-STAGE-1..3: a step of any stage but the next is always refused, as skipped or "
          + "already recorded")
  void onlyTheNextStageIsAccepted() {
    qt().forAll(types(), attemptSequences(), attempts()).check((type, before, a) -> {
      DisseminationCampaign c = run(type, before);
      Either<CollaborationRejection, DisseminationCampaign> r = c.advance(a.step, a.on, a.by);
      int next = c.nextStage().map(CampaignStage::number).getOrElse(4);
      int attempted = a.step.stage().number();
      if (attempted == next) {
        return r.isLeft() || r.get().stage().get().number() == next;
      }
      RejectionReason expected = attempted < next ? RejectionReason.STAGE_ALREADY_RECORDED
          : RejectionReason.STAGE_SKIPPED;
      return r.isLeft() && (r.getLeft().reason() == expected || r.getLeft().reason() == RejectionReason.OTHER_DINAS);
    });
  }

  @Test
  @DisplayName(
      "MODEL-A-STAGE-1..3: a refused step leaves the campaign as it was; an accepted one adds exactly one record")
  void refusalChangesNothing() {
    qt().forAll(types(), attemptSequences(), attempts()).check((type, before, a) -> {
      DisseminationCampaign c = run(type, before);
      Either<CollaborationRejection, DisseminationCampaign> r = c.advance(a.step, a.on, a.by);
      return r.fold(x -> c.equals(run(type, before)),
          next -> next.history().size() == c.history().size() + 1 && next.history().startsWith(c.history()));
    });
  }

  @Test
  @DisplayName("MODEL-B-STAGE-1..3: every step is deterministic, and replaying a history rebuilds the same campaign")
  void deterministicAndReplayable() {
    qt().forAll(types(), attemptSequences()).check((type, attempts) -> {
      DisseminationCampaign c = run(type, attempts);
      return c.equals(run(type, attempts)) && DisseminationCampaign.replay(Fixtures.kim(type), Fixtures.DINAS,
          CampaignSamples.PROGRAMME, c.history()).get().equals(c);
    });
  }
}
