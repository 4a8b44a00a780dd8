/**
 * Mapping stage B, "Mengidentifikasi Isu Publik Berdasarkan Khalayak Sasaran KIM" (MAP-STAGE-B,
 * MAP-RULE-c): strategic public issues with their field, sources (ISSUE-SRC-1..5/X), priority and
 * crisis flags (ISSUE-CLASS) and the six aspects of issue management (ISSUE-ASPECT-1..6); the links
 * from each issue to the KIM whose fields and audiences match, each with its reasons; and the
 * matrix of Tabel 3.2 (ISSUE-MATRIX).
 */
@KimStyle
package id.kim.rules.mapping.issue;

import id.kim.core.style.KimStyle;
