/**
 * Eligibility (kelayakan) of a community under the 2022 juknis: may it enter the Dinas' mapping
 * (syarat masuk pemetaan, II.B.3, MAP-ENTRY-1..4), and may the Dinas partner with it (syarat
 * bermitra, II.B.4: PARTNER-LEGAL-1..3, PARTNER-ADMIN-1..4, PARTNER-ADMIN-DECL; kualifikasi, II.B.5:
 * QUAL-1..7 after QUAL-ORDER).
 *
 * <p>Start at {@link id.kim.rules.eligibility.Eligibility}: it takes {@link
 * id.kim.rules.eligibility.EligibilityFacts} (a {@code KimRecord} and the deciding Dinas Kominfo
 * Kabupaten/Kota) and an as-of date, and returns a {@code Decision} with one finding per rule. The
 * rule sets are values in {@link id.kim.rules.eligibility.Juknis2022}; policies where the juknis is
 * silent are values in {@link id.kim.rules.eligibility.EligibilityPolicy} and are recorded in the
 * rule set's version.
 *
 * <p>Labels: the juknis' closing chapter (Penutup 3) calls the documents "syarat administratif" and
 * the declarations "legalitas". The SDK follows section II.B.4, where the documents (SK, Nomor Induk
 * Komunitas, acknowledged board) are <em>syarat legalitas</em> ({@code PARTNER-LEGAL-*}) and the
 * declarations of the signed statement letter are <em>syarat administratif</em>
 * ({@code PARTNER-ADMIN-*}) — RULES.md GAP-01, resolved as there.
 */
@KimStyle
package id.kim.rules.eligibility;

import id.kim.core.style.KimStyle;
