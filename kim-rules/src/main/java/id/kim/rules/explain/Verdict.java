package id.kim.rules.explain;

import id.kim.core.i18n.Lang;

/**
 * The overall answer of an eligibility decision. A decision with a requirement still unknown is
 * {@link #INCOMPLETE}, never silently {@link #ELIGIBLE} (RULES.md QUAL-ORDER, PROPOSED).
 */
public enum Verdict {
  /** Layak — every requirement is satisfied. */
  ELIGIBLE("LAYAK", "ELIGIBLE"),
  /** Tidak layak — at least one requirement is not satisfied. */
  NOT_ELIGIBLE("TIDAK LAYAK", "NOT ELIGIBLE"),
  /** Belum lengkap — none fails, but at least one is not yet known. */
  INCOMPLETE("BELUM LENGKAP", "INCOMPLETE");

  private final String id;
  private final String en;

  Verdict(String id, String en) {
    this.id = id;
    this.en = en;
  }

  /**
   * @param lang the language
   * @return the label, e.g. "TIDAK LAYAK"
   */
  public String label(Lang lang) {
    return lang == Lang.ID ? id : en;
  }

  /**
   * The verdict that findings imply: any requirement not satisfied makes it {@link #NOT_ELIGIBLE};
   * else any requirement unknown or not evaluated makes it {@link #INCOMPLETE}; else
   * {@link #ELIGIBLE}. Warnings never count.
   *
   * @param findings the findings
   * @return the verdict
   */
  public static Verdict of(Iterable<Finding> findings) {
    boolean unknown = false;
    for (Finding f : findings) {
      if (f.severity() != Severity.REQUIREMENT) {
        continue;
      }
      if (f.outcome() == Outcome.NOT_SATISFIED) {
        return NOT_ELIGIBLE;
      }
      unknown |= f.outcome() != Outcome.SATISFIED;
    }
    return unknown ? INCOMPLETE : ELIGIBLE;
  }
}
