package id.kim.rules.mapping.profiling;

import id.kim.core.i18n.Lang;
import id.kim.rules.explain.Severity;

/**
 * How strongly a Tabel 3.1 field must be filled in mapping stage A. The juknis states a requirement
 * only for the address (MAP-A-2) and for field h in a provincial Dinas' view; every other status is
 * the SDK's reading of RULES.md §2.12 and is PROPOSED (GAP-25).
 */
public enum FieldRequirement {
  /** Wajib — required by the juknis (MAP-A-2: e, f, g); a gap is a requirement not satisfied. */
  REQUIRED("wajib, MAP-A-2", "required, MAP-A-2", Severity.REQUIREMENT),
  /** Wajib di Dinas provinsi — field h, "diisi hanya oleh Dinas Kominfo Provinsi" (GAP-22). */
  PROVINCIAL_VIEW_ONLY("wajib bagi Dinas provinsi", "required in a provincial view", Severity.REQUIREMENT),
  /** Perlu diisi — needed by later stages or rules (PROPOSED, GAP-25); a gap is a warning. */
  EXPECTED("perlu, usulan GAP-25", "expected, proposed GAP-25", Severity.WARNING),
  /** Opsional — useful, never required; a gap is a warning that says so. */
  OPTIONAL("opsional", "optional", Severity.WARNING),
  /** Turunan — derived from another field (o from l, MEDIA-KIND-MAP); never reported on its own. */
  DERIVED("turunan", "derived", Severity.WARNING),
  /** Hanya untuk mitra — field r belongs to partners (lifecycle), not to the mapping census. */
  PARTNERS_ONLY("hanya untuk mitra", "partners only", Severity.WARNING);

  private final String id;
  private final String en;
  private final Severity severity;

  FieldRequirement(String id, String en, Severity severity) {
    this.id = id;
    this.en = en;
    this.severity = severity;
  }

  /**
   * @param lang the language
   * @return the label, e.g. "wajib, MAP-A-2"
   */
  public String label(Lang lang) {
    return lang == Lang.ID ? id : en;
  }

  /** @return the severity of a finding about a gap in such a field */
  public Severity severity() {
    return severity;
  }
}
