package id.kim.rules.mapping.issue;

import id.kim.core.i18n.Lang;
import id.kim.rules.explain.Citation;

/**
 * Where the Dinas found a strategic issue — "pemberitaan media massa, percakapan di media sosial, …
 * jajak pendapat, laporan aduan masyarakat atau pemuka pendapat dan lain sebagainya" (III.B,
 * ISSUE-SRC-1..5 and ISSUE-SRC-X; column 4 of Tabel 3.2). The juknis' list is open ("dan lain
 * sebagainya"): {@link #OTHER} stands for every other source, described on the issue.
 */
public enum IssueSource {
  /** ISSUE-SRC-1 Pemberitaan media massa — mass-media news. */
  MASS_MEDIA_NEWS("ISSUE-SRC-1", "Pemberitaan media massa", "Mass-media news"),
  /** ISSUE-SRC-2 Percakapan media sosial — social-media conversation. */
  SOCIAL_MEDIA_CONVERSATION("ISSUE-SRC-2", "Percakapan media sosial", "Social-media conversation"),
  /** ISSUE-SRC-3 Hasil jajak pendapat — opinion poll results. */
  OPINION_POLL("ISSUE-SRC-3", "Hasil jajak pendapat", "Opinion poll results"),
  /** ISSUE-SRC-4 Aduan masyarakat — public complaints. */
  PUBLIC_COMPLAINT("ISSUE-SRC-4", "Aduan masyarakat", "Public complaints"),
  /** ISSUE-SRC-5 Pemuka pendapat — opinion leaders (named in the text, not in the Tabel 3.2 example). */
  OPINION_LEADER("ISSUE-SRC-5", "Pemuka pendapat", "Opinion leaders"),
  /** ISSUE-SRC-X "dan lain sebagainya" — any other source, described on the issue. */
  OTHER("ISSUE-SRC-X", "Lainnya", "Other");

  /** Citation of the sources of issue identification (ISSUE-SRC-1..5, ISSUE-SRC-X). */
  static final Citation CITATION = Citation.of("III.B",
      "memilah isu berdasarkan pemantauan (monitoring) dan analisis dari pemberitaan media massa, percakapan di "
          + "media sosial, maupun dari aktivitas monitoring opini dan aspirasi publik yang dilakukan, misalnya jajak "
          + "pendapat, laporan aduan masyarakat atau pemuka pendapat dan lain sebagainya");

  private final String ruleId;
  private final String id;
  private final String en;

  IssueSource(String ruleId, String id, String en) {
    this.ruleId = ruleId;
    this.id = id;
    this.en = en;
  }

  /** @return {@code ISSUE-SRC-1} … {@code ISSUE-SRC-5}, {@code ISSUE-SRC-X} */
  public String ruleId() {
    return ruleId;
  }

  /**
   * @param lang the language
   * @return the label; in Indonesian as written in Tabel 3.2, e.g. "Pemberitaan media massa"
   */
  public String label(Lang lang) {
    return lang == Lang.ID ? id : en;
  }
}
