package id.kim.rules.eligibility;

import id.kim.core.document.AdministrativeDeclaration;
import id.kim.core.organisation.AffiliationKind;
import id.kim.rules.explain.Citation;
import id.kim.rules.explain.RuleId;

/**
 * PARTNER-ADMIN-4 — not affiliated with an NGO (syarat administratif 4, juknis II.B.4: "Tidak
 * berafiliasi dengan Lembaga Swadaya Masyarakat (LSM)"). Many community-empowerment groups (Tipe B)
 * are foundations or associations themselves (RULES.md GAP-46): the SDK reports recorded affiliations
 * as facts; deciding that a legal form is not an "LSM" is the Dinas' call, recorded by ending or not
 * recording the affiliation. See {@link AffiliationRequirement}.
 */
final class PartnerAdmin4NoNgoAffiliation extends AffiliationRequirement {
  static final RuleId ID = RuleId.of("PARTNER-ADMIN-4");
  static final Citation CITATION = Citation.of("II.B.4",
      "4. Tidak berafiliasi dengan Lembaga Swadaya Masyarakat (LSM)");

  PartnerAdmin4NoNgoAffiliation(AffiliationScope scope) {
    super(ID, CITATION, AffiliationKind.NGO, scope);
  }

  @Override
  boolean declares(AdministrativeDeclaration declaration) {
    return declaration.noNgoAffiliation();
  }

  @Override
  String statement() {
    return "declaration.noNgoAffiliation";
  }
}
