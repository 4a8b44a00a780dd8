package id.kim.rules.collaboration;

/**
 * Why the SDK refused to record a step of a campaign or of the model's trial and validation. Each
 * reason has a stable message key {@code rejected.<reason>} in the collaboration bundle.
 */
public enum RejectionReason {
  /** The KIM's type (PROFILE-b) is not recorded, so the model cannot be chosen (MODEL-GEN-2). */
  TYPE_UNKNOWN("typeUnknown"),
  /** A required text (programme, message, theme, feedback …) is blank. */
  BLANK_TEXT("blankText"),
  /** The officer works for another Dinas than the one that runs the campaign or checklist. */
  OTHER_DINAS("otherDinas"),
  /** The step would skip a stage that has not been recorded. */
  STAGE_SKIPPED("stageSkipped"),
  /** The stage was already recorded: a stage is never repeated or reversed. */
  STAGE_ALREADY_RECORDED("stageAlreadyRecorded"),
  /** The step is dated before the stage recorded before it. */
  DATED_BEFORE_PREVIOUS_STAGE("datedBeforePrevious"),
  /** A period ends before it starts. */
  INVALID_PERIOD("invalidPeriod"),
  /** Participation is recorded as ensured after the participation period has ended. */
  ENSURED_AFTER_PERIOD("ensuredAfterPeriod"),
  /** Dissemination is dated outside the period for which participation was ensured. */
  OUTSIDE_PARTICIPATION_PERIOD("outsideParticipationPeriod"),
  /** Co-designed materials name no presentation format. */
  NO_FORMAT("noFormat"),
  /** Dissemination names no medium. */
  NO_CHANNEL("noChannel"),
  /** A TYPE-A campaign names a network medium; Gambar 4.1 disseminates on media the KIM manages. */
  NETWORK_MEDIUM_NOT_IN_MODEL("networkMediumNotInModel"),
  /** A TYPE-A dissemination records no information-literacy activity (Gambar 4.1 stage 3). */
  LITERACY_MISSING("literacyMissing"),
  /** A trial or validation step of the other model (e.g. MODEL-B-VAL-3 for a TYPE-A KIM). */
  STEP_OF_OTHER_MODEL("stepOfOtherModel"),
  /** A count is negative, or a trial schedules no content. */
  INVALID_COUNT("invalidCount");

  private final String key;

  RejectionReason(String key) {
    this.key = key;
  }

  /** @return the message key, e.g. {@code "rejected.stageSkipped"} */
  public String messageKey() {
    return "rejected." + key;
  }
}
