package id.kim.core.metric;

/**
 * What a strength (kekuatan, PROFILE-s) figure counts: "jumlah followers, jumlah subscribers, jumlah peserta pertemuan
 * tatap muka".
 */
public enum ReachMetric {
  /** Followers of an account. */
  FOLLOWERS,
  /** Subscribers of a channel. */
  SUBSCRIBERS,
  /** Members of a group (e.g. a WhatsApp group). */
  GROUP_MEMBERS,
  /** Visitors of a website or blog. */
  VISITORS,
  /** Participants in face-to-face meetings. */
  MEETING_PARTICIPANTS,
  /** Listeners, readers or other audience counts. */
  OTHER
}
