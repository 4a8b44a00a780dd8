package id.kim.report.pipeline;

import id.kim.core.i18n.Lang;
import id.kim.report.Texts;
import id.kim.report.data.NationalCount;
import id.kim.report.BarChart;
import id.kim.report.Numbers;
import id.kim.report.ReportModel;
import java.util.Comparator;
import java.util.List;

/**
 * The national context: KIM recorded with the Ministry per province, 2023 (RULES.md §5.1), each province
 * named with its Kemendagri code where the table gives it; an unknown count is listed, never 0.
 */
final class NationalView {
  private NationalView() {}

  static void fill(ReportModel.Builder b, List<NationalCount> counts, Lang lang) {
    BarChart.Builder chart = BarChart.builder().title(Texts.get(lang, "report.national.chart"))
        .unit(Texts.get(lang, "report.national.unit")).caption(Texts.get(lang, "report.national.caption",
            Numbers.integer(counts.stream().mapToInt(c -> c.count().orElse(0)).sum(), lang)))
        .addSeries(Texts.get(lang, "report.national.unit")).categoryAxis(Texts.get(lang, "report.axis.province"));
    counts.stream().filter(c -> c.count().isPresent())
        .sorted(Comparator.comparing((NationalCount c) -> -c.count().get()).thenComparing(NationalCount::standardName))
        .forEach(c -> chart.addBars(BarChart.Bar.of(c.label(), (double) c.count().get())));
    b.national(chart.build());
    counts.stream().filter(c -> c.count().isEmpty()).forEach(c -> b.addNationalUnknown(c.label()));
  }
}
