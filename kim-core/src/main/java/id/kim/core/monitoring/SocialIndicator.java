package id.kim.core.monitoring;

/**
 * An indicator of one piece of social-media content (Indikator, SOCIAL-COL-4 of Tabel 5.3). Which
 * indicators a platform has is fixed by the juknis (SOCIAL-IG/FB/TW/YT/TT) and enforced by the
 * platform's {@link SocialMetrics} type. Each indicator belongs to one level of Tabel 5.1: likes,
 * shares, comments and retweets are reactions (Outtakes, MEASURE-2: "memberikan like, comment,
 * share"); views are reach, counted as Output (MEASURE-1) — the juknis does not classify views, so
 * that placement is PROPOSED (RULES.md §2.26).
 */
public enum SocialIndicator {
  /** Like. */
  LIKE(MeasurementLevel.OUTTAKES),
  /** Share. */
  SHARE(MeasurementLevel.OUTTAKES),
  /** Comment. */
  COMMENT(MeasurementLevel.OUTTAKES),
  /** View (Instagram only in Tabel 5.3). */
  VIEW(MeasurementLevel.OUTPUT),
  /** Retweet (Twitter only, beside Share: RULES.md GAP-42). */
  RETWEET(MeasurementLevel.OUTTAKES);

  private final MeasurementLevel level;

  SocialIndicator(MeasurementLevel level) {
    this.level = level;
  }

  /** @return the Tabel 5.1 level the indicator is counted in */
  public MeasurementLevel level() {
    return level;
  }
}
