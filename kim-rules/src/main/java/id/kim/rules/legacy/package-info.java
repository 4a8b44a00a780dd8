/**
 * Former stakeholders of PM Kominfo 8/2019 becoming KIM under the 2022 juknis (II.B.1). The four
 * stakeholder categories (LEGACY-CAT-1..4, kim-core's {@code LegacyStakeholderCategory}) no longer
 * exist (LEGACY-RULE-a): every group is judged as a KIM. A former KIM continues if it passes the
 * Dinas' validation (LEGACY-RULE-b); other former stakeholders (LEGACY-RULE-c) and any other
 * community group (LEGACY-RULE-d) become KIM once the information function is added and they pass
 * the validation. The juknis does not define "validasi" (RULES.md GAP-11): the SDK takes it to be
 * the whole eligibility pipeline — mapping entry, partnership requirements and qualifications.
 *
 * <p>Start at {@link id.kim.rules.legacy.LegacyConversion}.
 */
@KimStyle
package id.kim.rules.legacy;

import id.kim.core.style.KimStyle;
