package id.kim.report;

import id.kim.core.i18n.Lang;

/**
 * The evaluation of dissemination in the report (juknis V, Tabel 5.1): per KIM the recommendation on
 * continuing the collaboration with its reasons and the three measures, then the Output, Outtakes and
 * Outcome charts.
 */
final class DisseminationSection {
  private DisseminationSection() {}

  static void write(XmlOut x, ReportModel model) {
    Lang lang = model.lang();
    x.start("section", "id", "dissemination").element("h2", Texts.get(lang, "report.charts.title"));
    model.chartsNote().ifPresent(n -> x.element("p", n, "class", "note"));
    model.evaluationPeriod().ifPresent(period -> x.element("p", Texts.get(lang, "report.evaluation.intro", period,
        model.evaluationPolicy().orElse("-"))));
    if (!model.evaluations().isEmpty()) {
      x.start("table", "class", "evaluation").start("thead").start("tr");
      for (String key : new String[] {"report.col.kim", "report.col.recommendation", "report.col.output", "report.col.outtakes",
          "report.col.outcome", "report.col.reasons"}) {
        x.element("th", Texts.get(lang, key));
      }
      x.end().end().start("tbody").newline();
      for (EvaluationRow row : model.evaluations()) {
        x.start("tr", "data-kim", row.kim(), "data-recommendation", row.recommendation());
        x.element("td", row.kim()).element("td", row.recommendationLabel(), "class", "v r-" + row.recommendation())
            .element("td", row.output(), "class", "small").element("td", row.outtakes(), "class", "small")
            .element("td", row.outcome(), "class", "small");
        x.start("td");
        Sections.reasons(x, row.reasons());
        x.end().end().newline();
      }
      x.end().end();
    }
    for (BarChart chart : model.charts()) {
      HtmlReport.chart(x, chart, lang);
    }
    x.end().newline();
  }
}
