package id.kim.rules.collaboration.campaign;

import id.kim.core.agency.Officer;
import id.kim.rules.collaboration.CampaignStage;
import java.time.LocalDate;
import org.immutables.value.Value;

/** One entry of a campaign's history: a step, the day it was done and the officer who recorded it. */
@Value.Immutable
public abstract class StageRecord {

  /** @return what was done */
  @Value.Parameter
  public abstract CampaignStep step();

  /** @return the day it was done */
  @Value.Parameter
  public abstract LocalDate on();

  /** @return the officer who recorded it */
  @Value.Parameter
  public abstract Officer by();

  /**
   * @param step what was done
   * @param on the day
   * @param by the officer
   * @return the record
   */
  public static StageRecord of(CampaignStep step, LocalDate on, Officer by) {
    return ImmutableStageRecord.of(step, on, by);
  }

  /** @return the stage the step completes */
  public CampaignStage stage() {
    return step().stage();
  }

  @Override
  public String toString() {
    return "stage " + stage().number() + " on " + on() + " by " + by().name();
  }
}
