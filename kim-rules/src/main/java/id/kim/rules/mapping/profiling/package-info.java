/**
 * Mapping stage A, "Mengumpulkan Data dan Mengategori KIM" (MAP-STAGE-A): the census of the KIM in a
 * Dinas' region (MAP-A-1), the completeness of each Tabel 3.1 profile (PROFILE-a..t, MAP-A-2 for the
 * address; PROFILE-h only in a provincial Dinas' view, GAP-22) and the grouping and filtering of
 * profiles by type, target audience, media and content (MAP-RULE-b, GAP-20).
 */
@KimStyle
package id.kim.rules.mapping.profiling;

import id.kim.core.style.KimStyle;
