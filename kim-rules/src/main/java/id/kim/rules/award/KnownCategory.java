package id.kim.rules.award;

/**
 * The example categories of Tabel 4.8 row 2 ("Pelaksanaan kompetisi dengan kategori tertentu misalnya"), an open list.
 */
public enum KnownCategory {
  /** COMP-CAT-1 Pembuatan konten video. */
  VIDEO_CONTENT("COMP-CAT-1", "Pembuatan konten video"),
  /** COMP-CAT-2 Penulisan berita. */
  NEWS_WRITING("COMP-CAT-2", "Penulisan berita"),
  /** COMP-CAT-3 Pengelolaan konten blog. */
  BLOG_CONTENT_MANAGEMENT("COMP-CAT-3", "Pengelolaan konten blog"),
  /** COMP-CAT-4 Fotografi. */
  PHOTOGRAPHY("COMP-CAT-4", "Fotografi");

  private final String ruleId;
  private final String label;

  KnownCategory(String ruleId, String label) {
    this.ruleId = ruleId;
    this.label = label;
  }

  /** @return the RULES.md ID */
  public String ruleId() {
    return ruleId;
  }

  /** @return the Indonesian name */
  public String label() {
    return label;
  }
}
