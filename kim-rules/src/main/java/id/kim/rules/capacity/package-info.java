/**
 * Capacity building of KIM (juknis IV.A and IV.C): the identification of capacity needs over the five
 * elements of Tabel 4.1 (CAP-1..5), done by the regency/city Dinas as the basis of solutions (CAP-USE,
 * SOLUTION-BASIS); the forms of capacity-building activity of Tabel 4.4 (SOLUTION-FORM-1..4); and
 * the implementation stages of Tabel 4.5 (SOLUTION-STAGE-1..7) with the participant selection that
 * only Gambar 4.3 shows (SOLUTION-FIG, GAP-31).
 */
@KimStyle
package id.kim.rules.capacity;

import id.kim.core.style.KimStyle;
