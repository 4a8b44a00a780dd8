/**
 * Recorded judgements of a Dinas officer about a KIM — the requirements that are assessments, not data (MAP-ENTRY-1,
 * QUAL-1/2/3/5/7, TERM-6; GAP-07).
 */
@KimStyle
package id.kim.core.assessment;

import id.kim.core.style.KimStyle;
