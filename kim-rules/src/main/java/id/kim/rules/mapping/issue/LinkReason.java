package id.kim.rules.mapping.issue;

import id.kim.core.i18n.Lang;

/**
 * Why an issue is linked to a KIM ("yang kemudian dikaitkan dengan KIM", ISSUE-CLASS). The Dinas'
 * own entry in column "Nama KIM" of Tabel 3.2 always links; otherwise the SDK links a KIM whose
 * topic and audience both match (PROPOSED, GAP-19): a topic reason and an audience reason.
 */
public enum LinkReason {
  /** Dicantumkan Dinas — named by the Dinas in column "Nama KIM" (ISSUE-MATRIX). */
  RECORDED_BY_DINAS("dicantumkan Dinas pada kolom Nama KIM", "named by the Dinas in column Nama KIM", Kind.RECORD),
  /** Topic: the issue's field is one of the KIM's fields of activity (PROFILE-m). */
  FIELD_OF_ACTIVITY("bidang isu termasuk bidang kegiatan KIM (PROFILE-m)",
      "issue field is a field of activity of the KIM (PROFILE-m)", Kind.TOPIC),
  /** Topic: the KIM lists the issue, or an issue of the same field, in its profile (PROFILE-n). */
  PROFILE_ISSUE("isu atau bidangnya tercantum dalam isu publik KIM (PROFILE-n)",
      "issue or its field is among the KIM's public issues (PROFILE-n)", Kind.TOPIC),
  /** Audience: the issue concerns the whole region of the Dinas. */
  REGION_WIDE("isu berlaku di seluruh wilayah Dinas", "issue concerns the Dinas' whole region", Kind.AUDIENCE),
  /** Audience: the KIM's target audience (PROFILE-k; else its seat) lies in the issue's area. */
  AUDIENCE_AREA("khalayak sasaran KIM berada di wilayah isu (PROFILE-k)",
      "KIM's target audience lies in the issue's area (PROFILE-k)", Kind.AUDIENCE);

  /** What a reason is about. */
  public enum Kind {
    /** The Dinas' own entry. */
    RECORD,
    /** The subject of the issue. */
    TOPIC,
    /** The people the issue concerns. */
    AUDIENCE
  }

  private final String id;
  private final String en;
  private final Kind kind;

  LinkReason(String id, String en, Kind kind) {
    this.id = id;
    this.en = en;
    this.kind = kind;
  }

  /** @return what the reason is about */
  public Kind kind() {
    return kind;
  }

  /**
   * @param lang the language
   * @return the reason in words
   */
  public String label(Lang lang) {
    return lang == Lang.ID ? id : en;
  }
}
