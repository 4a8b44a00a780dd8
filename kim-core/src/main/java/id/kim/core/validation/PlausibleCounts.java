package id.kim.core.validation;

/**
 * The documented upper bounds of every count in the contract (PROPOSED: the juknis asks for figures
 * such as "jumlah followers" but gives no range; docs/validation.md). A count above its bound is not a village
 * group's figure but a typing, unit or overflow error (2<sup>31</sup>, 2<sup>32</sup>), and is
 * refused with the field and its rule ID rather than decided on. Each bound is generous by an order
 * of magnitude or more over the largest real figure a Dinas could meet; docs/validation.md gives the
 * reasoning for each.
 */
public final class PlausibleCounts {
  /**
   * Followers, subscribers, group members, visitors or meeting participants of one medium
   * (Kekuatan, PROFILE-s): 100,000,000 — more than a third of Indonesia's people, beyond any
   * Indonesian account.
   */
  public static final long REACH = 100_000_000L;
  /** Responses to a KIM's activity over one observation (Pengaruh, PROFILE-t): 1,000,000,000. */
  public static final long RESPONSES = 1_000_000_000L;
  /** Likes, shares, comments, views or retweets of one post (Tabel 5.3, SOCIAL-COL-4): 1,000,000,000. */
  public static final long POST_INDICATOR = 1_000_000_000L;
  /** Attendance, discussion participants or visitors counted on one day or span (GAP-44): 100,000,000. */
  public static final long AUDIENCE_TALLY = 100_000_000L;
  /** Respondents (and positive answers) of one survey round (MEASURE-3): 1,000,000. */
  public static final long SURVEY_RESPONDENTS = 1_000_000L;
  /** Activities in one row of the dissemination log (Jumlah kegiatan, MONITOR-COL-3): 10,000. */
  public static final long ACTIVITIES = 10_000L;
  /** Disseminations in one period of the profile's frequency (Frekuensi, PROFILE-p): 10,000. */
  public static final long DISSEMINATIONS_PER_PERIOD = 10_000L;

  private PlausibleCounts() {}
}
