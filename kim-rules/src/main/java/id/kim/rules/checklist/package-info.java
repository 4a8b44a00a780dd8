/**
 * Ordered stage checklists as immutable values: the seven stages of capacity building (Tabel 4.5,
 * SOLUTION-STAGE-1..7, with the figure's participant selection SOLUTION-FIG), the phases of a
 * competition (Gambar 4.4, 4.5) and the award stages (Tabel 4.7, 4.8). Ticking a stage gives a new
 * value, or says why it cannot be ticked yet.
 */
@KimStyle
package id.kim.rules.checklist;

import id.kim.core.style.KimStyle;
