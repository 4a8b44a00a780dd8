/**
 * The report's model: {@link id.kim.report.ReportModel} and its rows — everything the HTML report shows, already
 * computed by the pipeline ({@code id.kim.report.pipeline}) and in one language, immutable — with the texts
 * ({@link id.kim.report.Texts}) and the number format ({@link id.kim.report.Numbers}) of the report's language.
 * Every KIM has one number ({@link id.kim.report.KimEntry}) shared by the grid, its legend and every table. The page
 * itself is written by {@code id.kim.report.html.HtmlReport} from templates.
 */
@KimStyle
package id.kim.report;

import id.kim.core.style.KimStyle;
