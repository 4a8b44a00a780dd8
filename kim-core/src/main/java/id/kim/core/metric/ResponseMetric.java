package id.kim.core.metric;

/** What an influence (pengaruh, PROFILE-t) figure counts: "capaian respon positif … Contoh jumlah likes". */
public enum ResponseMetric {
  /** Likes on content. */
  LIKES,
  /** Shares or retweets of content. */
  SHARES,
  /** Comments on content. */
  COMMENTS,
  /** Participants who took part in a discussion. */
  DISCUSSION_PARTICIPANTS,
  /** Any other positive response. */
  OTHER
}
