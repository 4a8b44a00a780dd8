package id.kim.rules.collaboration.campaign;

import id.kim.core.i18n.Lang;
import id.kim.rules.collaboration.CoordinationColumn;
import id.kim.rules.collaboration.CoordinationTable;
import id.kim.rules.explain.Citation;

/**
 * What a KIM's feedback to the Dinas is about (MODEL-A-T42). Tabel 4.2 has the cell "KIM memberikan
 * umpan balik terhadap rencana diseminasi informasi"; its explanation adds input "berupa kondisi
 * masyarakat di wilayahnya atau isu-isu publik yang berkembang di area domisili KIM". All three kinds
 * belong to column 1, participation (GAP-29, PROPOSED reconstruction: see {@link CoordinationTable}).
 */
public enum FeedbackKind {
  /** Umpan balik terhadap rencana diseminasi informasi — feedback on the dissemination plan. */
  ON_DISSEMINATION_PLAN("umpan balik terhadap rencana diseminasi informasi", "feedback on the dissemination plan",
      Citation.proposed("IV.B, Tabel 4.2 (L1854-1860)",
          "KIM memberikan umpan balik terhadap rencana diseminasi informasi", "GAP-29")),
  /** Kondisi masyarakat di wilayahnya — the condition of the community in its area. */
  LOCAL_CONDITION("kondisi masyarakat di wilayahnya", "the condition of the community in its area",
      Citation.of("IV.B, L1900-1906",
          "memberikan masukan kepada Dinas Kominfo berupa kondisi masyarakat di wilayahnya")),
  /** Isu-isu publik yang berkembang di area domisili KIM — public issues developing where the KIM is seated. */
  LOCAL_ISSUE("isu-isu publik yang berkembang di area domisili KIM", "public issues developing where the KIM is seated",
      Citation.of("IV.B, L1900-1906", "atau isu-isu publik yang berkembang di area domisili KIM"));

  private final String id;
  private final String en;
  private final Citation citation;

  FeedbackKind(String id, String en, Citation citation) {
    this.id = id;
    this.en = en;
    this.citation = citation;
  }

  /**
   * @param lang the language
   * @return the kind's label
   */
  public String label(Lang lang) {
    return lang == Lang.ID ? id : en;
  }

  /** @return the Tabel 4.2 column: always participation (column 1), per GAP-29 */
  public CoordinationColumn column() {
    return CoordinationColumn.PARTICIPATION;
  }

  /** @return where the kind comes from (the plan feedback cell's column is PROPOSED, GAP-29) */
  public Citation citation() {
    return citation;
  }
}
