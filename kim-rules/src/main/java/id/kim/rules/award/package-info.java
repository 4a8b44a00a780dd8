/**
 * Competitions and awards for KIM (juknis IV.E; "Kompetisi dan penghargaan (apresiasi) pada dasarnya
 * merupakan sebagai aktualisasi model partisipasi-kolaborasi", COMP-PURPOSE). Awards go through
 * monitoring, assessment of the quantity and quality of content over a period, and awarding
 * (AWARD-STAGE-1..3, AWARD-CONS-1..2) with configurable weights and a deterministic, explained
 * ranking; competitions are self-organised (COMP-KIND-1, kompetisi mandiri) or entered at provincial or
 * national level with the Dinas as mentor (COMP-KIND-2, kompetisi ikut serta), with their stages,
 * categories, output types and phases (COMP-*).
 */
@KimStyle
package id.kim.rules.award;

import id.kim.core.style.KimStyle;
