package id.kim.rules.collaboration.campaign;

import id.kim.rules.collaboration.CampaignStage;

/**
 * What was done in one stage of a campaign: participation ensured
 * ({@link ParticipationEnsured}), materials co-designed ({@link MaterialsCoDesigned}) or the results
 * disseminated ({@link Disseminated}). The three kinds are all there are.
 */
public sealed interface CampaignStep permits ParticipationEnsured, MaterialsCoDesigned, Disseminated {

  /** @return the stage this step completes */
  CampaignStage stage();
}
