/**
 * The self-contained HTML report of the examples (the README's "main job"): eligibility table, the
 * interest × power/influence grid (Tabel 3.3) drawn as SVG with every KIM placed, dissemination
 * charts, termination reviews and the national context — written from small view models
 * ({@link id.kim.report.ReportModel}) so that each rule family's results plug in without
 * touching the writers. Inline CSS and SVG only; no script, no external resource.
 */
@KimStyle
package id.kim.report;

import id.kim.core.style.KimStyle;
