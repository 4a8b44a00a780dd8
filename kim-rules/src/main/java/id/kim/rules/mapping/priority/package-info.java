/**
 * Mapping stage D, "Menentukan KIM yang Diprioritaskan dan Dilibatkan" (MAP-STAGE-D, MAP-RULE-e):
 * a deterministic, explained ranking of the placed KIM (PRIORITY-1, PROPOSED sort keys), the
 * decision to prioritise and to involve each one (a policy value), and the refinements of the two
 * worked examples of III.D (PRIORITY-2).
 */
@KimStyle
package id.kim.rules.mapping.priority;

import id.kim.core.style.KimStyle;
