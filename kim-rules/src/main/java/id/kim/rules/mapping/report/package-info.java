/**
 * Mapping stage E, "Menyusun Laporan Hasil Pemetaan" (MAP-STAGE-E, REPORT-1): an immutable report
 * with the matrix of interest, power, influence and category of the prioritised KIM (or of all KIM,
 * GAP-18), the issue-to-KIM links of Tabel 3.2 and the completeness of the profiles, rendered as
 * plain text (Indonesian or English) and as a JSON-ready tree of {@code java.util} maps and lists.
 */
@KimStyle
package id.kim.rules.mapping.report;

import id.kim.core.style.KimStyle;
