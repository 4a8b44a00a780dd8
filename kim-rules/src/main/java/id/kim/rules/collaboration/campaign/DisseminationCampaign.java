package id.kim.rules.collaboration.campaign;

import static id.kim.core.validation.MissingValueException.requireNonNull;

import id.kim.core.agency.Dinas;
import id.kim.core.agency.Officer;
import id.kim.core.community.KimProfile;
import id.kim.core.time.Period;
import id.kim.rules.collaboration.CampaignStage;
import id.kim.rules.collaboration.CollaborationModel;
import id.kim.rules.collaboration.CollaborationRejection;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * One dissemination of a government programme or policy through one KIM under the
 * participation–collaboration model (juknis IV.B): planned by a Dinas, then moved through the three
 * stages of Gambar 4.1 (TYPE-A) or Gambar 4.2 (TYPE-B) strictly in order — participation ensured
 * (stage 1) → materials co-designed (stage 2) → results disseminated (stage 3).
 *
 * <p>A campaign is only made by {@link #plan} and changed by {@link #advance} and
 * {@link #recordFeedback}; each returns a new campaign or a {@link CollaborationRejection} that says,
 * in Indonesian and English, why nothing was recorded. A stage can never be skipped, repeated or
 * reversed, and steps are never dated before the stage before them, so the {@link #history()} always
 * reads stage 1, 2, 3 in time order. A stored campaign is rebuilt with {@link #replay}.
 */
@Value.Immutable
public abstract class DisseminationCampaign {

  /** @return the KIM the campaign runs with; its type (PROFILE-b) chose the model */
  public abstract KimProfile kim();

  /** @return the Dinas that runs the campaign */
  public abstract Dinas dinas();

  /** @return the government programme or policy whose information is disseminated */
  public abstract String programmeOrPolicy();

  /** @return the model, chosen by the KIM's type (MODEL-GEN-2) */
  public abstract CollaborationModel model();

  /** @return the stages done so far, in order */
  @Value.Default
  public Seq<StageRecord> history() {
    return List.empty();
  }

  /** @return the KIM's feedback, in {@link KimFeedback#ORDER} */
  @Value.Default
  public Seq<KimFeedback> feedback() {
    return List.empty();
  }

  /**
   * Plans a campaign with a KIM; no stage is done yet.
   *
   * @param kim the KIM's profile; its type must be recorded (MODEL-GEN-2)
   * @param dinas the Dinas running the campaign
   * @param programmeOrPolicy the programme or policy to disseminate, not blank
   * @return the campaign, or why it cannot be planned
   */
  public static Either<CollaborationRejection, DisseminationCampaign> plan(KimProfile kim, Dinas dinas,
      String programmeOrPolicy) {
    return CampaignRules.plan(kim, dinas, programmeOrPolicy);
  }

  /**
   * Plans a campaign and replays its stored history through {@link #advance}, e.g. after loading it.
   *
   * @param kim the KIM
   * @param dinas the Dinas
   * @param programmeOrPolicy the programme or policy
   * @param history the stored stage records, in the order they were recorded
   * @return the campaign, or the first refusal
   */
  public static Either<CollaborationRejection, DisseminationCampaign> replay(KimProfile kim, Dinas dinas,
      String programmeOrPolicy, Iterable<StageRecord> history) {
    Either<CollaborationRejection, DisseminationCampaign> result = plan(kim, dinas, programmeOrPolicy);
    for (StageRecord r : requireNonNull(history, "history")) {
      result = result.flatMap(c -> c.advance(r.step(), r.on(), r.by()));
    }
    return result;
  }

  /**
   * Records the next stage — a function (campaign, step, date, officer) → campaign or rejection.
   *
   * @param step what was done; its stage must be the {@link #nextStage()}
   * @param on the day it was done; not before the previous stage
   * @param by the officer recording it, of this campaign's Dinas
   * @return the campaign with the stage recorded, or why it was refused (this campaign is unchanged)
   */
  public Either<CollaborationRejection, DisseminationCampaign> advance(CampaignStep step, LocalDate on, Officer by) {
    return CampaignRules.advance(this, step, on, by);
  }

  /**
   * Records the KIM's feedback (Tabel 4.2 column 1, MODEL-A-T42) at any stage.
   *
   * @param feedback the feedback; recorded by an officer of this campaign's Dinas
   * @return the campaign with the feedback, or why it was refused
   */
  public Either<CollaborationRejection, DisseminationCampaign> recordFeedback(KimFeedback feedback) {
    return CampaignRules.recordFeedback(this, feedback);
  }

  /** @return the last stage done, none while only planned */
  public Option<CampaignStage> stage() {
    return history().lastOption().map(StageRecord::stage);
  }

  /** @return the stage to record next, none when the campaign is complete */
  public Option<CampaignStage> nextStage() {
    return stage().fold(() -> Option.of(CampaignStage.first()), CampaignStage::next);
  }

  /** @return true once the results are disseminated (stage 3) */
  public boolean isComplete() {
    return nextStage().isEmpty();
  }

  /**
   * @param stage a stage
   * @return its record, if done
   */
  public Option<StageRecord> recordOf(CampaignStage stage) {
    return history().find(r -> r.stage() == stage);
  }

  /** @return the period for which participation was ensured (stage 1), if done */
  public Option<Period> participationPeriod() {
    return recordOf(CampaignStage.PARTICIPATION_ENSURED).map(r -> ((ParticipationEnsured) r.step()).period());
  }

  /** @return the co-designed materials (stage 2), if done */
  public Option<MaterialsCoDesigned> materials() {
    return recordOf(CampaignStage.MATERIALS_CO_DESIGNED).map(r -> (MaterialsCoDesigned) r.step());
  }

  /** @return the dissemination (stage 3), if done */
  public Option<Disseminated> dissemination() {
    return recordOf(CampaignStage.DISSEMINATED).map(r -> (Disseminated) r.step());
  }

  /** Guards the invariants that {@link #plan} and {@link #advance} establish. */
  @Value.Check
  protected void check() {
    CampaignRules.checkInvariants(this);
  }

  @Override
  public String toString() {
    return "DisseminationCampaign[" + kim().name() + ", " + model() + ", \"" + programmeOrPolicy() + "\", "
        + stage().map(s -> "stage " + s.number() + "/3").getOrElse("planned") + ", " + feedback().size()
        + " feedback]";
  }
}
