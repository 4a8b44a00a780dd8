package id.kim.rules.eligibility;

import id.kim.core.community.KnownAbsence;
import id.kim.core.document.AdministrativeDeclaration;
import id.kim.rules.explain.Citation;
import id.kim.rules.explain.RuleId;

/**
 * PARTNER-ADMIN-2 — board members are not involved in crime (syarat administratif 2, juknis II.B.4:
 * "Pengurus KIM tidak terlibat tindakan kriminal/tersangkut kasus pidana"), as declared in the
 * statement letter. The juknis gives no standard of proof (RULES.md GAP-06) and the SDK keeps no
 * record of incidents: the declaration decides; evidence to the contrary is a matter for a review
 * (TERM-4, TERM-PROC-1), not for this rule. The Dinas' own check recorded as none
 * ({@link KnownAbsence#CRIMINAL_CASES}) is shown beside the letter; it does not replace it.
 */
final class PartnerAdmin2NoCrime extends DeclaredRequirement {
  static final RuleId ID = RuleId.of("PARTNER-ADMIN-2");
  static final Citation CITATION =
      Citation.of("II.B.4", "2. Pengurus KIM tidak terlibat tindakan kriminal/tersangkut kasus pidana");

  PartnerAdmin2NoCrime() {
    super(ID, CITATION);
  }

  @Override
  boolean declares(AdministrativeDeclaration declaration) {
    return declaration.boardNotInvolvedInCrime();
  }

  @Override
  KnownAbsence checkedFact() {
    return KnownAbsence.CRIMINAL_CASES;
  }

  @Override
  String statement() {
    return "declaration.boardNotInvolvedInCrime";
  }
}
