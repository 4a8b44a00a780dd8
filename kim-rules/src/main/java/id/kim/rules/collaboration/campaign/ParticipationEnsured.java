package id.kim.rules.collaboration.campaign;

import id.kim.core.time.Period;
import id.kim.rules.collaboration.CampaignStage;
import org.immutables.value.Value;

/**
 * Stage 1 (MODEL-A-STAGE-1, MODEL-B-STAGE-1) — "Memastikan partisipasi Komunitas berdasarkan hasil
 * pemetaan": the Dinas involves the KIM (TYPE-A: "Dinas melibatkan KIM untuk berpartisipasi dalam
 * kegiatan diseminasi informasi dalam periode tertentu"; TYPE-B: "Dinas memastikan keterlibatan
 * komunitas untuk periode tertentu") for the {@link #period()} recorded here.
 *
 * <p>That the KIM is in the mapping (MAP-RULE-0) is the lifecycle's concern; this step records the
 * Dinas's assurance of participation and its period.
 */
@Value.Immutable
public abstract non-sealed class ParticipationEnsured implements CampaignStep {

  /** @return the period for which the KIM's participation is ensured (periode tertentu), both days inclusive */
  @Value.Parameter
  public abstract Period period();

  /**
   * @param period the participation period
   * @return the step
   */
  public static ParticipationEnsured of(Period period) {
    return ImmutableParticipationEnsured.of(period);
  }

  @Override
  public final CampaignStage stage() {
    return CampaignStage.PARTICIPATION_ENSURED;
  }

  @Override
  public String toString() {
    return "ParticipationEnsured[" + period() + "]";
  }
}
