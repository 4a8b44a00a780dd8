package id.kim.rules.lifecycle;

import id.kim.core.i18n.Lang;

/**
 * Where a KIM stands towards one regency/city Dinas — the states of RULES.md §3.1. The juknis
 * describes the life of a KIM only implicitly (ARCH-4: registration and verification → mapping and
 * categorisation → reporting and evaluation; II.B.3–6), so these <b>names are PROPOSED</b>; the guards
 * of the transitions cite the rules.
 */
public enum Status {
  /** Calon KIM — a community group known to the Dinas that wants to become a KIM; not yet registered (II.B.3). */
  CANDIDATE("calon KIM", "candidate"),
  /** Teregistrasi — registered and verified; holds a Nomor Induk Komunitas (ARCH-4, PARTNER-LEGAL-2). */
  REGISTERED("teregistrasi", "registered"),
  /** Masuk pemetaan — profiled (PROFILE-a..t) and its issues identified (MAP-STAGE-A/B). */
  MAPPED("masuk pemetaan", "mapped"),
  /** Terkategori — placed on the interest/power/influence grid, priority decided (MAP-STAGE-C..E). */
  CATEGORISED("terkategori", "categorised"),
  /** Mitra — at least one partnership period not yet ended (PROFILE-r, INV-4). */
  PARTNER("mitra", "partner"),
  /** Dalam peninjauan — a termination ground is indicated; the partnership is under review (TERM-PROC-1). */
  UNDER_REVIEW("dalam peninjauan", "under review"),
  /** Kemitraan dihentikan — a ground was proven and the Dinas ended the partnership (TERM-PROC-2). */
  TERMINATED("kemitraan dihentikan", "terminated"),
  /** Keluar dari register — a non-partner that dissolved itself or moved away (PROPOSED, T9). */
  DEREGISTERED("keluar dari register", "deregistered");

  private final String id;
  private final String en;

  Status(String id, String en) {
    this.id = id;
    this.en = en;
  }

  /**
   * @param lang the language
   * @return the label, e.g. "dalam peninjauan"
   */
  public String label(Lang lang) {
    return lang == Lang.ID ? id : en;
  }

  /** @return true for a partner, whether or not under review */
  public boolean isPartner() {
    return this == PARTNER || this == UNDER_REVIEW;
  }
}
