package id.kim.core.organisation;

/** Who holds an affiliation: the KIM as an organisation, a board member or a member (RULES.md GAP-04, GAP-05). */
public enum AffiliationSubject {
  /** The KIM itself. */
  KIM,
  /** A board member (pengurus). */
  BOARD_MEMBER,
  /** An ordinary member (anggota). */
  MEMBER
}
