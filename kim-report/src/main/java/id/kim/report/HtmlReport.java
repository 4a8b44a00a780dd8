package id.kim.report;

import id.kim.core.i18n.Lang;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/**
 * Writes a {@link ReportModel} as one self-contained page — the import, the mapping (matrix of
 * REPORT-1, the grid, policies and issues), eligibility, reviews with the lifecycle, the evaluation of
 * dissemination and the national context: XHTML (so it parses as XML too) with
 * inline CSS and SVG, no script and no external resource — it can be mailed, archived or printed as
 * it is. The same model always gives the same bytes: no clock, no random.
 */
public final class HtmlReport {
  private static final String CSS = String.join("\n",
      "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;margin:24px auto;max-width:1000px;color:#212121;line-height:1.45;padding:0 16px}",
      "h1{font-size:1.6em;margin-bottom:0.2em}h2{border-bottom:2px solid #1565c0;padding-bottom:4px;margin-top:2em}h3{margin-top:1.4em}",
      ".meta{color:#616161;font-size:0.9em}.note{background:#fff8e1;border-left:4px solid #f9a825;padding:8px 12px;margin:12px 0}",
      "table{border-collapse:collapse;width:100%;font-size:0.88em;margin:12px 0}th,td{border:1px solid #e0e0e0;padding:5px 7px;text-align:left;vertical-align:top}",
      "th{background:#eceff1}tr:nth-child(even) td{background:#fafafa}.small{font-size:0.92em}.basis{font-size:0.85em;color:#616161}",
      ".v{font-weight:bold}.nowrap{white-space:nowrap}.v-ELIGIBLE{color:#2e7d32}.v-NOT_ELIGIBLE{color:#c62828}.v-INCOMPLETE{color:#ef6c00}.v-INVALID{color:#6a1b9a}",
      "table.evaluation td:nth-child(1){width:17%}table.evaluation td:nth-child(2){width:13%}table.evaluation td:nth-child(6){width:40%}",
      ".r-CONTINUE{color:#2e7d32}.r-REVIEW_AT_RENEWAL{color:#c62828}.r-INSUFFICIENT_DATA{color:#ef6c00}",
      ".status{font-weight:bold;white-space:nowrap}.s-UNDER_REVIEW{color:#c62828}.s-PARTNER{color:#2e7d32}.s-REFUSED{color:#6a1b9a}",
      "ul.reasons{margin:0;padding-left:1.1em}.rule{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:0.92em}",
      "svg{max-width:100%;height:auto;display:block;margin:8px 0}svg.grid,svg.chart{width:100%}figure{margin:16px 0}figcaption{font-size:0.85em;color:#616161}",
      ".key{display:inline-block;margin:0 14px 4px 0}.swatch{display:inline-block;width:12px;height:12px;border-radius:6px;margin-right:4px;vertical-align:middle}",
      ".ring{background:#ffffff;border:2.5px solid #616161;width:8px;height:8px}details{margin:8px 0}summary{cursor:pointer;color:#1565c0}",
      "footer{margin-top:3em;font-size:0.8em;color:#757575}");

  private HtmlReport() {}

  /**
   * @param model what to show
   * @return the page
   */
  public static String render(ReportModel model) {
    Lang lang = model.lang();
    XmlOut x = new XmlOut();
    x.raw("<!DOCTYPE html>\n");
    x.start("html", "xmlns", "http://www.w3.org/1999/xhtml", "lang", lang.name().toLowerCase(Locale.ROOT), "xml:lang",
        lang.name().toLowerCase(Locale.ROOT)).newline();
    x.start("head").empty("meta", "charset", "utf-8").empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
    x.element("title", Texts.get(lang, "report.title", model.dinas())).start("style").text(CSS).end().end().newline();
    x.start("body");
    x.element("h1", Texts.get(lang, "report.title", model.dinas()));
    x.element("p", Texts.get(lang, "report.asOf", model.asOf().toString()), "class", "meta");
    x.element("p", Texts.get(lang, "report.sources", String.join(" · ", model.sources())), "class", "meta").newline();
    Sections.importSection(x, model);
    MappingSection.write(x, model);
    Sections.eligibility(x, model);
    Sections.reviews(x, model);
    DisseminationSection.write(x, model);
    nationalSection(x, model);
    x.start("footer").element("p", Texts.get(lang, "report.footer")).end();
    x.end().newline().end().newline();
    return x.toString();
  }

  /**
   * @param model what to show
   * @param out where to write the page (UTF-8 is the caller's choice of encoding)
   * @throws IOException if writing fails
   */
  public static void write(ReportModel model, Writer out) throws IOException {
    out.write(render(model));
  }

  private static void nationalSection(XmlOut x, ReportModel model) {
    Lang lang = model.lang();
    model.national().ifPresent(chart -> {
      x.start("section", "id", "national").element("h2", Texts.get(lang, "report.national.title"));
      chart(x, chart, lang);
      if (!model.nationalUnknown().isEmpty()) {
        x.element("p", Texts.get(lang, "report.national.unknown", String.join(", ", model.nationalUnknown())), "class", "note");
      }
      x.end().newline();
    });
  }

  static void chart(XmlOut x, BarChart chart, Lang lang) {
    x.start("figure", "class", "bar-chart").element("h3", chart.title());
    BarChartSvg.write(x, chart, lang.locale());
    x.start("figcaption");
    if (chart.series().size() > 1) {
      for (int s = 0; s < chart.series().size(); s++) {
        x.start("span", "class", "key").start("span", "class", "swatch", "style",
            "background:" + BarChartSvg.COLOURS[s % BarChartSvg.COLOURS.length]).end().text(chart.series().get(s)).end();
      }
      x.text(" — ");
    }
    x.text(chart.caption()).end().end().newline();
  }
}
