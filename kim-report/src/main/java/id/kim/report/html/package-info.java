/**
 * The HTML report: {@link id.kim.report.html.HtmlReport} writes a {@link id.kim.report.ReportModel} with the jte
 * templates of {@code src/main/jte} (precompiled at build time into this package; jte escapes every value). The
 * records here are what the templates read — the drawings' geometry (grid of Tabel 3.3, bar charts with round
 * ticks), the texts of the page's language, the texts many KIM share folded once — so the templates hold markup
 * only. Inline CSS and SVG; no script, no external resource. The markup contract is in {@code docs/report.md}.
 */
package id.kim.report.html;
