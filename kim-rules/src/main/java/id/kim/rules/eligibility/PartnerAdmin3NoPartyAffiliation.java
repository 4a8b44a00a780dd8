package id.kim.rules.eligibility;

import id.kim.core.document.AdministrativeDeclaration;
import id.kim.core.organisation.AffiliationKind;
import id.kim.rules.explain.Citation;
import id.kim.rules.explain.RuleId;

/**
 * PARTNER-ADMIN-3 — not affiliated with a political party (syarat administratif 3, juknis II.B.4:
 * "Tidak berafiliasi dengan Partai Politik tertentu"). The closing chapter narrows it to "bukan
 * pengurus partai politik"; the SDK applies II.B.4's broader "affiliation" (RULES.md GAP-02), so an
 * ordinary party member on the board counts too. See {@link AffiliationRequirement}.
 */
final class PartnerAdmin3NoPartyAffiliation extends AffiliationRequirement {
  static final RuleId ID = RuleId.of("PARTNER-ADMIN-3");
  static final Citation CITATION = Citation.of("II.B.4", "3. Tidak berafiliasi dengan Partai Politik tertentu");

  PartnerAdmin3NoPartyAffiliation(AffiliationScope scope) {
    super(ID, CITATION, AffiliationKind.POLITICAL_PARTY, scope);
  }

  @Override
  boolean declares(AdministrativeDeclaration declaration) {
    return declaration.noPoliticalPartyAffiliation();
  }

  @Override
  String statement() {
    return "declaration.noPoliticalPartyAffiliation";
  }
}
