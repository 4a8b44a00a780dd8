package id.kim.rules.mapping.issue;

import id.kim.core.i18n.Lang;

/**
 * The part a person or body plays in an issue: "siapa yang terlibat, siapa yang dipandang sebagai ahli, siapa yang
 * menjadi referensi" (ISSUE-ASPECT-2).
 */
public enum ActorRole {
  /** Terlibat — involved in the issue. */
  INVOLVED("terlibat", "involved"),
  /** Ahli — regarded as an expert. */
  EXPERT("ahli", "expert"),
  /** Referensi — the reference on the issue. */
  REFERENCE("referensi", "reference");

  private final String id;
  private final String en;

  ActorRole(String id, String en) {
    this.id = id;
    this.en = en;
  }

  /**
   * @param lang the language
   * @return the label
   */
  public String label(Lang lang) {
    return lang == Lang.ID ? id : en;
  }
}
