package id.kim.rules.eligibility;

import id.kim.rules.explain.Citation;
import id.kim.rules.explain.RuleId;

/**
 * MAP-ENTRY-3 — holds a decree of the village or ward head (memiliki SK Kepala Desa/Lurah, juknis
 * II.B.3 c), in force on the as-of day. The same document as PARTNER-LEGAL-1; see
 * {@link DecreeRequirement} for what "in force" means and the GAP-09 warnings.
 */
final class MapEntry3Decree extends DecreeRequirement {
  static final RuleId ID = RuleId.of("MAP-ENTRY-3");
  static final Citation CITATION = Citation.of("II.B.3",
      "c. Memiliki Surat Keputusan (SK) Kepala Desa/ Lurah/ atau yang disebut dengan nama lain");

  MapEntry3Decree() {
    super(ID, CITATION);
  }
}
